package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gloss.Gloss;
import org.gloss.core.BuildException;
import org.gloss.features.glossary.GlossaryFeature;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classroom packet of the sample content: the PDF's extracted text carries every article's
 * title, numbered paragraphs, the glossary and the discussion questions, with embedded fonts; the
 * HTML has the same parts and nothing to fetch.
 */
class PacketBuilderTest {

    @TempDir
    static Path tmp;
    static Path out;
    static Gloss.Site site;
    static String pdfText;
    static Document html;

    @BeforeAll
    static void build() throws IOException {
        out = tmp.resolve("packet");
        new Gloss(SiteFixture.CONTENT, SiteFixture.TEMPLATES).packet(List.of(), out, PdfRenderer.Paper.A4);
        site = new Gloss(SiteFixture.CONTENT, SiteFixture.TEMPLATES).assemble();
        try (PDDocument pdf = Loader.loadPDF(out.resolve("packet.pdf").toFile())) {
            pdfText = normalise(new PDFTextStripper().getText(pdf));
        }
        html = Jsoup.parse(out.resolve("packet.html").toFile(), "UTF-8");
    }

    /** PDF text breaks lines where the page did; compare words, not layout. */
    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Self-contained, so its one style element is allowed by its hash; nothing else may load or run. */
    @Test
    void htmlCarriesAContentSecurityPolicyAllowingOnlyItsOwnStyle() throws Exception {
        var csp = html.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
        assertTrue(csp != null, "packet.html has a CSP");
        String policy = csp.attr("content");
        var style = html.selectFirst("head > style");
        String hash = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                .digest(style.data().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(policy.contains("style-src 'sha256-" + hash + "'"), policy);
        assertTrue(policy.contains("script-src 'none'") && policy.contains("object-src 'none'")
                && policy.contains("base-uri 'none'"), policy);
        assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
        assertTrue(csp.elementSiblingIndex() < style.elementSiblingIndex(), "the policy comes before the style");
        assertTrue(html.select("script, [style]").isEmpty(), "nothing the policy forbids is needed");
    }

    @Test
    void pdfHasEveryArticleTitle() {
        for (var a : site.ingested().articles()) {
            String title = a.metadata().title() == null ? a.id() : a.metadata().title();
            assertTrue(pdfText.contains(normalise(title)), title);
        }
    }

    @Test
    void pdfNumbersEveryParagraphOfEveryArticle() {
        for (var text : site.annotations().texts()) {
            var paragraphs = text.blocks().stream().filter(b -> b.kind() == org.gloss.analyze.Block.Kind.PARAGRAPH).toList();
            assertTrue(paragraphs.size() > 1, text.articleId());
            // The last paragraph that opens with a word (a bare URL prints differently), with its number.
            int n = paragraphs.size();
            while (n > 1 && !Character.isLetter(paragraphs.get(n - 1).text().charAt(0))) {
                n--;
            }
            String[] words = paragraphs.get(n - 1).text().split(" ");
            String opening = String.join(" ", List.of(words).subList(0, Math.min(4, words.length)));
            assertTrue(pdfText.contains("¶ " + n + " " + normalise(opening)), text.articleId() + " ¶ " + n + " " + opening);
        }
    }

    @Test
    void pdfHasTheGlossaryOfTermsTheArticlesUse() {
        assertTrue(pdfText.contains("Glossary"));
        var used = site.annotations().get(GlossaryFeature.LINKED).mentions().stream().map(m -> m.term()).distinct().toList();
        assertFalse(used.isEmpty(), "the sample mentions glossary terms");
        for (var e : site.annotations().get(GlossaryFeature.LINKED).glossary().entries()) {
            if (used.contains(e.term())) {
                assertTrue(pdfText.contains(e.term()), e.term());
                String firstWords = String.join(" ", List.of(normalise(e.definition()).split(" ")).subList(0, 3));
                assertTrue(pdfText.contains(firstWords), e.term() + ": " + firstWords);
            }
        }
    }

    @Test
    void pdfHasTheDiscussionQuestionsAndEmbedsItsFonts() throws IOException {
        for (String q : PacketSettings.read(SiteFixture.CONTENT).questions()) {
            assertTrue(pdfText.contains(normalise(q).substring(0, 30)), q);
        }
        try (PDDocument pdf = Loader.loadPDF(out.resolve("packet.pdf").toFile())) {
            assertTrue(pdf.getNumberOfPages() > site.ingested().articles().size(), "each article starts a page");
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                }
            }
        }
    }

    @Test
    void htmlHasCoverContentsSourcesAndNoScriptsOrFetches() {
        assertEquals(site.ingested().articles().size(), html.select("article.packet-article").size());
        assertEquals(site.ingested().articles().size(), html.select(".packet-contents li a[href^=#article-]").size());
        for (var a : html.select(".packet-contents a")) {
            assertFalse(html.select(a.attr("href")).isEmpty(), a.attr("href"));
        }
        assertTrue(html.select("script, link[rel=stylesheet], img").isEmpty());
        assertFalse(html.select(".pnum").isEmpty());
        assertFalse(html.select("#packet-quotes .packet-quote").isEmpty(), "the sample shares quotations");
    }

    @Test
    void selectedArticlesOnlyInTheGivenOrder(@TempDir Path dir) throws IOException {
        var ids = site.ingested().articles().stream().map(a -> a.id()).toList();
        List<String> pick = List.of(ids.get(1), ids.get(0));
        new Gloss(SiteFixture.CONTENT, SiteFixture.TEMPLATES).packet(pick, dir, PdfRenderer.Paper.LETTER);
        Document doc = Jsoup.parse(dir.resolve("packet.html").toFile(), "UTF-8");
        assertEquals(List.of("article-" + pick.get(0), "article-" + pick.get(1)),
                doc.select("article.packet-article").eachAttr("id"));
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("packet.pdf").toFile())) {
            assertEquals(612f, pdf.getPage(0).getMediaBox().getWidth(), 1f, "Letter is 8.5 in wide");
        }
    }

    @Test
    void unknownArticleIdsAreOneErrorNamingThem(@TempDir Path dir) {
        BuildException e = assertThrows(BuildException.class, () -> new Gloss(SiteFixture.CONTENT,
                SiteFixture.TEMPLATES).packet(List.of("nope-1", "nope-2"), dir, PdfRenderer.Paper.A4));
        assertTrue(e.problems().get(0).message().contains("nope-1, nope-2"), e.problems().toString());
        assertFalse(Files.exists(dir.resolve("packet.pdf")));
    }

    /** Raw HTML may number its own paragraphs; the packet reads block numbers the way the site does (issue 17). */
    @Test
    void anArticleNumberingItsOwnParagraphsStillMakesAPacket(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/articles"));
        Files.writeString(content.resolve("own-numbers.md"), "---\ntitle: Own numbers\noutlet: Test\n---\n\n"
                + "<p data-block=\"x\">A paragraph that says which block it is, wrongly.</p>\n\n"
                + "A second paragraph, in Markdown, with enough words to be one.\n");
        PacketBuilder.Result r = new Gloss(dir.resolve("content"), null)
                .packet(List.of(), dir.resolve("packet"), PdfRenderer.Paper.A4);
        assertEquals(1, r.articles());
        String packet = Files.readString(dir.resolve("packet/packet.html"));
        assertTrue(packet.contains("A paragraph that says which block it is, wrongly."), "the paragraph is printed");
    }
}
