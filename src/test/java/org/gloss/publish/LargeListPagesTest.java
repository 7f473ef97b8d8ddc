package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gloss.Gloss;
import org.gloss.bench.CorpusGenerator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated site larger than one page of the index, with more shared quotations than the
 * coverage matrix shows and terms in more articles than an entry lists: the lists are cut where
 * they should be, say how many more there are and where, and every link on them resolves.
 */
class LargeListPagesTest {

    private static final int ARTICLES = 130;

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        Path content = new CorpusGenerator(3, ARTICLES).write(tmp, ARTICLES);
        site = tmp.resolve("site");
        new Gloss(content, null).build(site);
    }

    @Test
    void theIndexContinuesOnPageTwo() throws IOException {
        Document first = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        Document second = Jsoup.parse(site.resolve("page/2/index.html").toFile(), "UTF-8");
        assertEquals(100, first.select("ol.article-list > li").size());
        assertEquals(ARTICLES - 100, second.select("ol.article-list > li").size());
        assertEquals("page/2/index.html", first.selectFirst("nav.pager a[rel=next]").attr("href"));
        assertEquals("../../index.html", second.selectFirst("nav.pager a[rel=prev]").attr("href"));
    }

    @Test
    void theCoverageMatrixShowsTheMostWidelyCarriedAndCountsTheRest() throws IOException {
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        int rows = index.select("table.coverage-matrix tbody tr").size();
        assertEquals(30, rows);
        var more = index.selectFirst("p.coverage-more");
        assertTrue(more != null && more.text().matches("The 30 most widely carried are shown; .* has \\d+ more\\."),
                String.valueOf(more));
    }

    @Test
    void aGlossaryEntryListsItsNewestArticlesAndLeadsToSearchForTheRest() throws IOException {
        Document glossary = Jsoup.parse(site.resolve("glossary.html").toFile(), "UTF-8");
        int cut = 0;
        for (var entry : glossary.select("dd.glossary-entry")) {
            var more = entry.selectFirst("p.backlinks-more");
            int listed = entry.select("div.backlinks > ul > li").size();
            String count = entry.selectFirst(".backlinks-count") == null ? "" : entry.selectFirst(".backlinks-count").text();
            if (more != null) {
                cut++;
                assertEquals(25, listed);
                int total = Integer.parseInt(count.replaceAll(".* in (\\d+) articles?:$", "$1"));
                assertTrue(more.text().endsWith("to find the other " + (total - 25) + "."), more.text());
                assertTrue(more.selectFirst("a").attr("href").startsWith("search.html?q="));
            } else {
                assertTrue(listed <= 25);
            }
        }
        assertTrue(cut > 0, "some term is in more than 25 of " + ARTICLES + " articles");
    }

    @Test
    void everyLinkOnTheListPagesResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String rel : List.of("index.html", "page/2/index.html", "glossary.html")) {
            Path page = site.resolve(rel);
            for (LinkAudit.Ref ref : LinkAudit.refs(Jsoup.parse(page.toFile(), "UTF-8"))) {
                String path = ref.url().replaceAll("[?#].*", "");
                if (LinkAudit.isExternal(ref.url()) || path.isEmpty()) {
                    continue;
                }
                if (!Files.isRegularFile(page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize())) {
                    broken.add(rel + ": " + ref.url());
                }
            }
        }
        assertEquals(List.of(), broken);
    }
}
