package org.gloss.publish;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample site (content/ with templates/, so with a base URL: feed and sitemap too) is built
 * exactly as pinned under {@code golden/site/}: every page type, the Markdown copies,
 * {@code data/annotations.json}, the search index ({@code assets/search-index.js} and its
 * fragments in {@code assets/search/}), {@code feed.xml} and
 * {@code sitemap.xml}. The theme's own assets and lunr are copied from their sources unchanged,
 * so only their names are pinned (in {@code golden/site-files.txt}). Update: {@link GoldenFiles#UPDATE_COMMAND}.
 */
class SiteGoldenTest {

    private static final String SEARCH_INDEX = "assets/search-index.js";

    @TempDir
    Path tmp;

    @TestFactory
    List<DynamicTest> theSampleSiteIsBuiltAsPinned() throws Exception {
        Path site = SiteFixture.build(tmp);
        return new GoldenFiles("site", f -> !f.startsWith("assets/") || f.equals(SEARCH_INDEX)
                || f.startsWith("assets/search/")).check(site);
    }
}
