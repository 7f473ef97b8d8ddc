package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gloss.Gloss;
import org.gloss.core.OutputFile;
import org.gloss.ingest.Article;
import org.gloss.ingest.ArticleMetadata;
import org.gloss.ingest.SiteConfig;
import org.gloss.render.SiteUrls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** sitemap.xml and feed.xml are well-formed XML with absolute addresses from base_url. */
class FeedAndSitemapTest {

    static final SiteUrls URLS = new SiteUrls("https://someone.github.io/reader");

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static Article article(String id, String title, LocalDate date) {
        return new Article(id, "articles/" + id + ".txt",
                new ArticleMetadata(title, "Outlet & Co", null, date, null, "A <dek>", null, null, null), "", List.of(), List.of());
    }

    @Test
    void sitemapListsPagesButNot404OrAssets() throws Exception {
        Document doc = parse(Sitemap.write(URLS, List.of("index.html", "articles/a.html", "404.html", "assets/search-index.js")));
        var locs = doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        assertEquals(2, locs.getLength());
        assertEquals("https://someone.github.io/reader/", locs.item(0).getTextContent());
        assertEquals("https://someone.github.io/reader/articles/a.html", locs.item(1).getTextContent());
    }

    @Test
    void feedIsNewestFirstWithAbsoluteLinksAndEscapedText() throws Exception {
        SiteConfig site = new SiteConfig("Reader <1>", "About \"it\"", "en", URLS.baseUrl(), false);
        String xml = AtomFeed.write(site, URLS, List.of(article("old", "Old & grey", LocalDate.of(2019, 5, 1)),
                article("undated", "No date", null), article("new", "New", LocalDate.of(2020, 2, 6))));
        Document doc = parse(xml);
        String atom = "http://www.w3.org/2005/Atom";
        var entries = doc.getElementsByTagNameNS(atom, "entry");
        assertEquals(3, entries.getLength());
        assertEquals("New", ((Element) entries.item(0)).getElementsByTagNameNS(atom, "title").item(0).getTextContent());
        assertEquals("Old & grey", ((Element) entries.item(1)).getElementsByTagNameNS(atom, "title").item(0).getTextContent());
        assertEquals("2020-02-06T00:00:00Z", doc.getDocumentElement().getElementsByTagNameNS(atom, "updated").item(0).getTextContent());
        Element undated = (Element) entries.item(2);
        assertEquals("2020-02-06T00:00:00Z", undated.getElementsByTagNameNS(atom, "updated").item(0).getTextContent());
        assertEquals("https://someone.github.io/reader/articles/undated.html",
                ((Element) undated.getElementsByTagNameNS(atom, "link").item(0)).getAttribute("href"));
        assertTrue(xml.contains("Reader &lt;1&gt;"));
    }

    @Test
    void aSiteWithMoreThanFiftyThousandPagesGetsASitemapIndex() throws Exception {
        List<String> paths = new java.util.ArrayList<>(List.of("index.html", "404.html"));
        for (int i = 0; i < Sitemap.MAX_URLS + 10; i++) {
            paths.add("articles/a" + i + ".html");
        }
        List<OutputFile> files = Sitemap.files(URLS, paths);
        assertEquals(List.of("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"), files.stream().map(OutputFile::path).toList());
        Document index = parse(new String(files.get(0).content(), StandardCharsets.UTF_8));
        String ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        assertEquals("https://someone.github.io/reader/sitemap-2.xml",
                index.getElementsByTagNameNS(ns, "loc").item(1).getTextContent());
        int listed = 0;
        for (OutputFile f : files.subList(1, 3)) {
            listed += parse(new String(f.content(), StandardCharsets.UTF_8)).getElementsByTagNameNS(ns, "loc").getLength();
        }
        assertEquals(Sitemap.MAX_URLS + 11, listed, "every page but 404.html, once");
    }

    @Test
    void feedHoldsOnlyTheNewestFeedLimitArticles() throws Exception {
        SiteConfig site = new SiteConfig("Reader", "", "en", URLS.baseUrl(), false, SiteConfig.PAGE_SIZE, 2);
        String xml = AtomFeed.write(site, URLS, List.of(article("a", "A", LocalDate.of(2019, 5, 1)),
                article("b", "B", LocalDate.of(2021, 1, 1)), article("c", "C", null), article("d", "D", LocalDate.of(2020, 1, 1))));
        var entries = parse(xml).getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertEquals(2, entries.getLength());
        assertTrue(xml.contains("articles/b.html") && xml.contains("articles/d.html"), xml);
        assertFalse(xml.contains("articles/c.html") || xml.contains("articles/a.html"), xml);
    }

    @Test
    void noBaseUrlMeansNoSitemapOrFeedAndRelativeLinksOnly(@TempDir Path content) throws Exception {
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("articles/a.md"), "---\ntitle: A\n---\n\nSome text.\n");
        var files = new Gloss(content, null).assemble().files();
        List<String> paths = files.stream().map(OutputFile::path).toList();
        assertFalse(paths.contains("sitemap.xml"));
        assertFalse(paths.contains("feed.xml"));
        assertTrue(paths.contains("assets/lunr.js"), "lunr ships from its WebJar");
        assertEquals("", new SiteUrls("").basePath());
        assertEquals("/reader/", URLS.basePath());
    }
}
