package org.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.gloss.bench.CorpusGenerator;
import org.gloss.core.OutputFile;
import org.gloss.core.Problem;
import org.gloss.publish.SiteChecker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: list pages are cut into pages so that none grows with the corpus. The quotations
 * pages hold {@code page_size} clusters each, and every link to a cluster (an article's markers
 * and popovers, the index's coverage matrix, a rewording's entry) reaches the page that lists it,
 * in the published site and in the offline archive; the glossary lists at most 25 backlinks a term.
 */
class ListPagesAtScaleTest {

    /** The bound on one page, at 100,000 articles. */
    private static final int MAX_PAGE_BYTES = 300_000;

    @TempDir
    Path tmp;

    @Test
    void theQuotationsPagesAreCutIntoPagesAndEveryLinkReachesItsCluster() throws IOException {
        // 260 articles share about 130 statements: more listed clusters than one page (100) holds.
        Path content = new CorpusGenerator(21, 260).write(tmp.resolve("corpus"), 260);
        Path out = tmp.resolve("site");
        Gloss.BuildResult built = new Gloss(content, null).build(out);
        assertTrue(built.published(), built.problems().toString());

        List<Path> pages = new ArrayList<>(List.of(out.resolve("quotes.html")));
        try (Stream<Path> more = Files.walk(out.resolve("quotes"))) {
            more.filter(p -> p.getFileName().toString().equals("index.html")).sorted().forEach(pages::add);
        }
        assertTrue(pages.size() >= 2, "the quotations are on more than one page: " + pages);
        Set<String> clusters = new HashSet<>();
        for (int n = 1; n <= pages.size(); n++) {
            Path page = n == 1 ? out.resolve("quotes.html") : out.resolve("quotes/page/" + n + "/index.html");
            assertTrue(Files.isRegularFile(page), "page " + n + " is where the pager says: " + page);
            assertTrue(Files.size(page) < MAX_PAGE_BYTES, page + " is " + Files.size(page) + " bytes");
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            List<String> ids = doc.select("section.cluster").eachAttr("id");
            assertFalse(ids.isEmpty(), "page " + n + " lists clusters");
            assertTrue(ids.size() <= 100, "page " + n + " holds at most page_size clusters: " + ids.size());
            ids.forEach(id -> assertTrue(clusters.add(id), id + " is listed once"));
            assertEquals("Page " + n + " of " + pages.size(), doc.select("nav.pager .pager-status").text());
        }

        // Markers and popovers link to clusters beyond the first page, where they are listed.
        String articles = articlePages(out);
        assertTrue(articles.contains("quotes/page/2/index.html#c-"), "some marker links to page 2");
        assertEquals(List.of(), SiteChecker.check(out), "every link and #fragment resolves");

        // The offline archive (opened from disk, 404 relative to itself) links the same way.
        Path offline = tmp.resolve("offline");
        for (OutputFile f : new Gloss(content, null).assembleOffline().files()) {
            Path file = offline.resolve(f.path());
            Files.createDirectories(file.getParent());
            Files.write(file, f.content());
        }
        assertEquals(List.<Problem>of(), SiteChecker.check(offline));

        Document glossary = Jsoup.parse(out.resolve("glossary.html").toFile(), "UTF-8");
        assertTrue(Files.size(out.resolve("glossary.html")) < MAX_PAGE_BYTES);
        glossary.select(".backlinks ul").forEach(list -> assertTrue(list.children().size() <= 25));
        assertFalse(glossary.select(".backlinks-more").isEmpty(), "a common term's other backlinks are searched for");
    }

    @Test
    void aStatementPrintedEverywhereIsCollatedInPartOnABoundedPage() throws IOException {
        Path out = buildReports("One statement", "a", 80, i -> "Outlet " + (i % 9), i -> "2024-01-"
                + String.format("%02d", 1 + i % 28), i -> "Officials met on Monday in the capital to discuss the talks.\n\n"
                + "\"We will not accept any agreement that leaves the border villages without protection,\" "
                + "the minister said.\n\nThe talks resume next week.\n");

        Document quotes = Jsoup.parse(out.resolve("quotes.html").toFile(), "UTF-8");
        assertEquals(1, quotes.select("section.cluster").size());
        assertEquals(50, quotes.select("li.printing").size(), "the first 50 of 80 printings are collated");
        assertEquals(1, quotes.select("li.printing-fullest").size(), "the fullest is among them");
        String more = quotes.select("p.printings-more").text();
        assertTrue(more.contains("other 30"), more);
        assertTrue(quotes.select("p.printings-more a").attr("href").startsWith("search.html?q=We+will+not"),
                quotes.select("p.printings-more a").attr("href"));
        // Each article page's popover lists a dozen of the 79 other printings, not all of them:
        // otherwise the site's size grows with the square of the printings.
        try (Stream<Path> files = Files.list(out.resolve("articles"))) {
            for (Path page : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document article = Jsoup.parse(page.toFile(), "UTF-8");
                assertEquals(12, article.select(".quote-popover-item:not(.quote-popover-more)").size(), page.toString());
                assertEquals("and 67 more printings", article.select(".quote-popover-more").text(), page.toString());
                assertEquals("79", article.select("a.quote-marker").text(), "the marker still counts every printing");

            }
        }
        assertEquals(List.of(), SiteChecker.check(out));
    }

    @Test
    void wireCopyPrintedByManyOutletsNamesADozenOfThemInEachNote() throws IOException {
        Path out = buildReports("Wire copy", "w", 20, i -> "Outlet " + i, i -> "2024-02-" + String.format("%02d", 1 + i),
                i -> "The regional water authority confirmed on Tuesday that the northern reservoir had fallen "
                        + "below a third of its capacity for the first time since records began.\n\n"
                        + "Local item " + i + ".\n");

        try (Stream<Path> files = Files.list(out.resolve("articles"))) {
            for (Path page : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var notes = Jsoup.parse(page.toFile(), "UTF-8").select(".shared-note");
                assertEquals(1, notes.size(), page.toString());
                assertEquals(12, notes.select("a").size(), notes.outerHtml());
                assertTrue(notes.text().endsWith(", and 7 others") || notes.text().endsWith(" and 7 others"),
                        notes.text());
            }
        }
    }

    /**
     * Builds a site of {@code count} reports ({@code prefix}100.md on), report i with its outlet,
     * date and body from the functions, and returns the built site.
     */
    private Path buildReports(String title, String prefix, int count, IntFunction<String> outlet,
                              IntFunction<String> date, IntFunction<String> body) throws IOException {
        Path content = tmp.resolve("content");
        Path dir = Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("site.yml"), "title: \"" + title + "\"\n");
        for (int i = 0; i < count; i++) {
            Files.writeString(dir.resolve(prefix + (100 + i) + ".md"), "---\ntitle: \"Report " + i + "\"\noutlet: \""
                    + outlet.apply(i) + "\"\ndate: " + date.apply(i) + "\n---\n\n" + body.apply(i), StandardCharsets.UTF_8);
        }
        Path out = tmp.resolve("site");
        Gloss.BuildResult built = new Gloss(content, null).build(out);
        assertTrue(built.published(), built.problems().toString());
        return out;
    }

    private static String articlePages(Path out) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(out.resolve("articles"))) {
            for (Path p : files.toList()) {
                all.append(Files.readString(p));
            }
        }
        return all.toString();
    }
}
