package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gloss.Gloss;
import org.gloss.ingest.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packet as printed: its PDF's pages are rendered to images under
 * {@code target/packet-pages/} (to look at: cover and contents, articles running on, the glossary,
 * the questions with their answer lines), and what can be measured is asserted: articles oldest
 * first, the contents' page numbers are the pages the articles start on, sections run on (a two-
 * article packet is a few pages), glossary definitions are rendered, no ISO date is broken across
 * lines, every font is embedded, and the command prints no warning.
 */
class PacketPdfTest {

    private static final Path PAGES = Path.of("target", "packet-pages");

    @TempDir
    Path tmp;

    @Test
    void samplePacketReadsInOrderWithAContentsPageThatIsRight() throws IOException {
        Path out = tmp.resolve("packet");
        new Gloss(SiteFixture.CONTENT, SiteFixture.TEMPLATES).packet(List.of(), out, PdfRenderer.Paper.A4);
        List<Article> articles = new Gloss(SiteFixture.CONTENT, SiteFixture.TEMPLATES).assemble().ingested().articles();
        Document html = Jsoup.parse(out.resolve("packet.html").toFile(), "UTF-8");
        List<String> titles = html.select("article.packet-article h2.packet-article-title").eachText();
        List<String> expected = PacketRenderer.readingOrder(articles).stream().map(a -> a.metadata().title()).toList();
        assertEquals(expected, titles, "oldest first, undated last");
        assertEquals(titles, html.select(".packet-contents .contents-title").eachText().subList(0, titles.size()));
        assertEquals(3 * html.select(".packet-questions > li").size(), html.select(".packet-questions .answer-line").size(),
                "answer lines after every question");
        assertFalse(html.select(".packet-glossary .definition").isEmpty());
        assertTrue(html.select(".packet-glossary .definition").stream().allMatch(d -> d.selectFirst("p") != null),
                "definitions are rendered Markdown");

        try (PDDocument pdf = Loader.loadPDF(out.resolve("packet.pdf").toFile())) {
            savePages(pdf, "sample");
            List<String> pages = pageTexts(pdf);
            assertTrue(pdf.getNumberOfPages() <= 18, "five articles, glossary and questions in " + pdf.getNumberOfPages() + " pages");
            String contents = flat(pages.get(0));
            for (String title : titles) {
                int listed = listedPage(contents, title);
                assertEquals(startPage(pages, title), listed, "contents page of " + title);
            }
            String all = String.join("\n", pages);
            assertFalse(all.contains("**") || all.contains("]("), "no Markdown syntax printed");
            assertNoDateBrokenAcrossLines(all);
            assertEveryFontEmbedded(pdf);
        }
    }

    @Test
    void twoArticlesRunOnWithoutBlankPages() throws IOException {
        Path out = tmp.resolve("two");
        List<Article> articles = PacketRenderer.readingOrder(
                new Gloss(SiteFixture.CONTENT, SiteFixture.TEMPLATES).assemble().ingested().articles());
        new Gloss(SiteFixture.CONTENT, SiteFixture.TEMPLATES)
                .packet(List.of(articles.get(1).id(), articles.get(2).id()), out, PdfRenderer.Paper.A4);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("packet.pdf").toFile())) {
            List<BufferedImage> images = savePages(pdf, "two");
            List<String> pages = pageTexts(pdf);
            // Cover and contents; the two articles (three pages of text) each with its notes list
            // (its terms' definitions, where else its quotations appear: about two pages); glossary,
            // quotations and questions with answer lines. With a page break before every section and
            // no notes it was 11 pages; without the notes, 8.
            assertTrue(pdf.getNumberOfPages() <= 10, "a two-article packet is " + pdf.getNumberOfPages() + " pages");
            // Sections run on: every page between the contents and the last is filled most of the way down
            // (a question kept whole with its answer lines may leave a little space above the foot).
            for (int i = 1; i < images.size() - 1; i++) {
                double filled = filled(images.get(i));
                assertTrue(filled > 0.7, "page " + (i + 1) + " is filled to " + Math.round(filled * 100) + "% of its height");
            }
            assertEquals(2, startPage(pages, articles.get(1).metadata().title()), "the first article starts after the contents");
            assertEquals(listedPage(flat(pages.get(0)), articles.get(2).metadata().title()),
                    startPage(pages, articles.get(2).metadata().title()));
        }
    }

    /** Runs {@code gloss packet} as a user does, and reads what it prints: no PDFBox font warning, nor any other. */
    @Test
    void thePacketCommandPrintsNoWarning() throws Exception {
        // The test class path, without the logging back end a test library brings: the command then
        // logs through java.util.logging as the released jar does, printing any warning to stderr.
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.contains(File.separator + "log4j")) {
                classPath.add(entry);
            }
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path err = tmp.resolve("stderr.txt");
        Process p = new ProcessBuilder(java.toString(), "-cp", String.join(File.pathSeparator, classPath), "org.gloss.cli.Main",
                "packet", "--content=" + SiteFixture.CONTENT.toAbsolutePath(), "--templates=" + SiteFixture.TEMPLATES.toAbsolutePath(),
                "--out=" + tmp.resolve("cli"))
                .redirectError(err.toFile()).redirectOutput(tmp.resolve("stdout.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "gloss packet finished");
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), stderr);
        assertTrue(Files.size(tmp.resolve("cli/packet.pdf")) > 10_000);
        assertFalse(stderr.contains("WARN") || stderr.contains("fallback") || stderr.contains("SEVERE"), stderr);
    }

    /** The page number the contents print after {@code title}'s entry (after its dotted leader). */
    private static int listedPage(String contents, String title) {
        int at = contents.indexOf(flat(title));
        assertTrue(at >= 0, "contents list " + title + ": " + contents);
        Matcher m = Pattern.compile("(?:\\. ?){3,}\\s*(\\d+)").matcher(contents);
        assertTrue(m.find(at), "a page number after " + title);
        return Integer.parseInt(m.group(1));
    }

    /** The first page after the contents whose text holds {@code title}: where the article starts. */
    private static int startPage(List<String> pages, String title) {
        String wanted = flat(title);
        for (int i = 1; i < pages.size(); i++) {
            // The heading, not a note citing the article by its title in quotation marks.
            String page = flat(pages.get(i));
            for (int at = page.indexOf(wanted); at >= 0; at = page.indexOf(wanted, at + 1)) {
                if (at == 0 || page.charAt(at - 1) != '“') {
                    return i + 1;
                }
            }
        }
        throw new AssertionError("no page starts " + title);
    }

    private static void assertNoDateBrokenAcrossLines(String text) {
        Matcher broken = Pattern.compile("\\b\\d{4}-(?:\\d{2}-?)?\\s*\\R\\s*\\d").matcher(text);
        assertFalse(broken.find(), () -> "a date broken across lines: " + broken.group());
        assertTrue(Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(text).find(), "the packet prints dates");
    }

    private static void assertEveryFontEmbedded(PDDocument pdf) throws IOException {
        int fonts = 0;
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertFalse(font.getName().contains("Symbol") || font.getName().contains("Dingbats"), font.getName());
                fonts++;
            }
        }
        assertTrue(fonts > 0);
    }

    private static List<String> pageTexts(PDDocument pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(stripper.getText(pdf));
        }
        return pages;
    }

    /** Each page as an image, also saved as a PNG for a person to look at after the run. */
    private static List<BufferedImage> savePages(PDDocument pdf, String name) throws IOException {
        Files.createDirectories(PAGES);
        PDFRenderer renderer = new PDFRenderer(pdf);
        List<BufferedImage> images = new ArrayList<>();
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            BufferedImage image = renderer.renderImageWithDPI(i, 60);
            ImageIO.write(image, "png", PAGES.resolve(name + "-" + (i + 1) + ".png").toFile());
            images.add(image);
        }
        return images;
    }

    /**
     * How far down its text area a page is printed on: the lowest inked row above the footer, as a
     * share of the height from the top margin to the footer (the page's margins are 20 mm above
     * and 22 mm below; the footer sits in the bottom margin).
     */
    private static double filled(BufferedImage page) {
        double mm = page.getHeight() / 297.0;
        int top = (int) (20 * mm);
        int bottom = page.getHeight() - (int) (22 * mm);
        for (int y = bottom - 1; y > top; y--) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                int dark = 255 - Math.min((rgb >> 16) & 0xff, Math.min((rgb >> 8) & 0xff, rgb & 0xff));
                if (dark > 80) {
                    return (y - top) / (double) (bottom - top);
                }
            }
        }
        return 0;
    }

    private static String flat(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
