package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gloss.Gloss;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample content with {@code page_size: 2} and {@code feed_limit: 3}: the index and the outlet
 * pages continue on {@code page/N/index.html}, every page's previous, next and numbered links
 * resolve in the file tree and lead through every article exactly once, the sitemap lists every
 * page, and the feed holds the newest three.
 */
class PaginatedSiteTest {

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path content = tmp.resolve("content");
        for (String rel : SiteFixture.tree(SiteFixture.CONTENT)) {
            Files.createDirectories(content.resolve(rel).getParent());
            Files.copy(SiteFixture.CONTENT.resolve(rel), content.resolve(rel));
        }
        Files.writeString(content.resolve("site.yml"), Files.readString(content.resolve("site.yml"))
                + "page_size: 2\nfeed_limit: 3\n");
        site = tmp.resolve("site");
        new Gloss(content, SiteFixture.TEMPLATES).build(site);
    }

    @Test
    void theIndexPagesLeadThroughEveryArticleOnceByNextLinks() throws IOException {
        int articles = SiteFixture.files(site.resolve("articles"), ".html").size();
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        Path page = site.resolve("index.html");
        int pages = 0;
        while (page != null) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            pages++;
            var cards = doc.select("ol.article-list h2 a");
            assertTrue(cards.size() <= 2 && !cards.isEmpty(), site.relativize(page) + " holds " + cards.size());
            for (var a : cards) {
                Path target = resolve(page, a.attr("href"));
                assertTrue(Files.isRegularFile(target), a.attr("href") + " from " + site.relativize(page));
                assertTrue(seen.add(site.relativize(target).toString()), "listed twice: " + target);
                order.add(target.toString());
            }
            assertEquals(pages == 1, !doc.select("section.coverage, section.outlets").isEmpty(),
                    "outlets and coverage on page 1 only");
            var status = doc.selectFirst("nav.pager .pager-status");
            assertNotNull(status, "a pager on " + site.relativize(page));
            assertEquals("Page " + pages + " of " + ((articles + 1) / 2), status.text());
            var current = doc.selectFirst("nav.pager a[aria-current=page]");
            assertEquals(page.normalize(), resolve(page, current.attr("href")));
            var next = doc.selectFirst("nav.pager a[rel=next]");
            var prev = doc.selectFirst("nav.pager a[rel=prev]");
            assertEquals(pages > 1, prev != null);
            if (prev != null) {
                assertTrue(Files.isRegularFile(resolve(page, prev.attr("href"))), prev.attr("href"));
            }
            page = next == null ? null : resolve(page, next.attr("href"));
        }
        assertEquals(articles, seen.size());
        assertEquals((articles + 1) / 2, pages);
        assertTrue(Files.isRegularFile(site.resolve("page/2/index.html")));
    }

    @Test
    void everyLinkOnEveryListPageResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : SiteFixture.files(site, ".html")) {
            String rel = site.relativize(page).toString();
            if (!rel.contains("page/") && !rel.startsWith("outlets/") && !rel.equals("index.html")) {
                continue;
            }
            for (LinkAudit.Ref ref : LinkAudit.refs(Jsoup.parse(page.toFile(), "UTF-8"))) {
                String url = ref.url();
                if (LinkAudit.isExternal(url) || url.startsWith("#")) {
                    continue;
                }
                String path = url.replaceAll("[?#].*", "");
                if (!Files.isRegularFile(resolve(page, path))) {
                    broken.add(rel + ": " + url);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void theSitemapListsEveryPageAndTheFeedTheNewestThree() throws IOException {
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        Set<String> listed = new HashSet<>();
        Matcher m = Pattern.compile("<loc>https://example.github.io/idlib-reader/([^<]*)</loc>").matcher(sitemap);
        while (m.find()) {
            listed.add(m.group(1).isEmpty() ? "index.html" : m.group(1));
        }
        List<String> missing = new ArrayList<>();
        for (Path page : SiteFixture.files(site, ".html")) {
            String rel = site.relativize(page).toString().replace('\\', '/');
            if (!rel.equals("404.html") && !listed.contains(rel)) {
                missing.add(rel);
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(listed.contains("page/2/index.html"), sitemap);
        String feed = Files.readString(site.resolve("feed.xml"));
        assertEquals(3, feed.split("<entry>", -1).length - 1);
        assertFalse(feed.contains("<entry>\n  </entry>"));
    }

    private static Path resolve(Path page, String href) {
        return page.getParent().resolve(URLDecoder.decode(href, StandardCharsets.UTF_8)).normalize();
    }
}
