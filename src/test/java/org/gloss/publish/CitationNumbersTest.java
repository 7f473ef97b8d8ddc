package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gloss.Gloss;
import org.gloss.bench.CorpusGenerator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One paragraph numbering everywhere: every ¶ N that the site or the packet cites is the paragraph
 * holding the cited text. Checked on the built pages themselves, so the numbering, the ids, the
 * visible numbers and each citing page are tested together: the article page's {@code #p-N} and its
 * visible number, search results (their text is paragraph N's), glossary backlinks (the mention
 * linked sits inside paragraph N, or a heading when cited as one), the quotations page (the
 * quotation sits inside paragraph N), and the packet (its ¶ N is the site's paragraph N; its
 * glossary and quotation appendices cite the same numbers the site does).
 */
class CitationNumbersTest {

    private static final Pattern PARA = Pattern.compile("¶ (\\d+)");

    @TempDir
    Path tmp;

    @Test
    void sampleContentCitesTheParagraphsHoldingTheText() {
        Path site = tmp.resolve("site");
        new Gloss(SiteFixture.CONTENT, SiteFixture.TEMPLATES).build(site);
        Path packet = tmp.resolve("packet");
        new Gloss(SiteFixture.CONTENT, SiteFixture.TEMPLATES).packet(List.of(), packet, PdfRenderer.Paper.A4);
        Counts c = check(site, packet);
        // The sample has a heading in two articles, so headings are seen to be skipped.
        assertTrue(c.paragraphs > 50 && c.search > 50 && c.glossary > 20 && c.quotes > 5 && c.packetCites > 10, c.toString());
    }

    /**
     * A generated corpus, plus copies of some of its articles rewritten with headings, tight and
     * loose lists and block quotations, so citations cross every kind of numbered block.
     */
    @Test
    void generatedCorpusWithHeadingsListsAndQuotesCitesTheParagraphsHoldingTheText() throws IOException {
        CorpusGenerator generator = new CorpusGenerator(11, 30);
        Path content = generator.write(tmp.resolve("gen"), 30);
        List<String> packetIds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String md = generator.article(i).markdown();
            int bodyAt = md.indexOf("\n---\n", 4) + 5;
            String id = "restructured-" + i;
            Files.writeString(content.resolve("articles/" + id + ".md"),
                    md.substring(0, bodyAt).replaceFirst("title: \"", "title: \"Restructured: ")
                            + restructure(md.substring(bodyAt), i), StandardCharsets.UTF_8);
            packetIds.add(id);
            packetIds.add(generator.article(i).fileName().replaceFirst("\\.md$", ""));
        }
        Path site = tmp.resolve("site");
        new Gloss(content, SiteFixture.TEMPLATES).build(site);
        Path packet = tmp.resolve("packet");
        new Gloss(content, SiteFixture.TEMPLATES).packet(packetIds, packet, PdfRenderer.Paper.A4);
        Counts c = check(site, packet);
        assertTrue(c.paragraphs > 200 && c.glossary > 50 && c.quotes > 10 && c.headings > 0 && c.packetCites > 20, c.toString());
    }

    /** The body with a heading before every third paragraph, and paragraphs turned into list items or quoted. */
    private static String restructure(String body, int variant) {
        String[] paras = body.strip().split("\n\n+");
        StringBuilder out = new StringBuilder();
        for (int p = 0; p < paras.length; p++) {
            String text = paras[p].strip().replace('\n', ' ');
            if (p % 3 == 0) {
                out.append("## Part ").append(p / 3 + 1).append(" of the story\n\n");
            }
            switch ((p + variant) % 4) {
                case 1 -> out.append("- ").append(text).append("\n- A short item ").append(p).append(".\n\n");
                case 2 -> out.append("> ").append(text).append("\n\n");
                case 3 -> out.append("1. ").append(text).append("\n\n2. Another point, number ").append(p).append(".\n\n");
                default -> out.append(text).append("\n\n");
            }
        }
        return out.toString();
    }

    private static final class Counts {
        int paragraphs;
        int headings;
        int search;
        int glossary;
        int quotes;
        int packetCites;

        @Override
        public String toString() {
            return "paragraphs " + paragraphs + ", headings " + headings + ", search " + search + ", glossary "
                    + glossary + ", quotes " + quotes + ", packet citations " + packetCites;
        }
    }

    private static Counts check(Path site, Path packet) {
        Counts c = new Counts();
        Map<String, Document> pages = new HashMap<>();
        Map<String, Map<Integer, String>> texts = new HashMap<>();
        for (Path page : files(site.resolve("articles"))) {
            String name = "articles/" + page.getFileName();
            Document doc = parse(page);
            pages.put(name, doc);
            texts.put(name, numberedParagraphs(doc, name, c));
        }
        Map<String, Map<Integer, String>> cited = checkSearch(site, texts, c);
        checkGlossary(site, pages, c);
        checkQuotes(site, pages, c);
        checkPacket(packet, cited, site, c);
        return c;
    }

    /** Paragraph N has id p-N and shows N as a link to itself; numbers run 1, 2, … in page order; headings have none. */
    private static Map<Integer, String> numberedParagraphs(Document doc, String page, Counts c) {
        Map<Integer, String> out = new TreeMap<>();
        int expected = 1;
        for (Element el : doc.select(".article-body [data-block]")) {
            if (el.tagName().matches("h[1-6]")) {
                assertFalse(el.id().startsWith("p-") || !el.select("> .pnum").isEmpty(), page + ": a heading is numbered");
                c.headings++;
                continue;
            }
            assertEquals("p-" + expected, el.id(), page + ": " + el.outerHtml());
            Element link = el.selectFirst("> a.pnum");
            assertNotNull(link, page + " p-" + expected + " shows its number");
            assertEquals(String.valueOf(expected), link.text(), page);
            assertEquals("#p-" + expected, link.attr("href"), page);
            assertEquals(0, el.childNodes().indexOf(link), page + ": the number comes first");
            out.put(expected, ownText(el));
            expected++;
            c.paragraphs++;
        }
        return out;
    }

    /**
     * The paragraph's words without its number, nor a nested list's items (a tight list item holding
     * a list). What features add to a paragraph (markers, notes) stays: the cited words are compared
     * as a run of words in order, with anything between.
     */
    private static String ownText(Element el) {
        Element copy = el.clone();
        copy.select("> .pnum, ul, ol").remove();
        return normal(copy.text());
    }

    /**
     * Whether {@code text} is {@code cited} with things inserted (markers, notes): read side by side,
     * and where they differ, the page's text must carry on with the cited text's next dozen
     * characters further on (fewer, at most three times, where an insertion comes right after).
     */
    private static boolean holds(String text, String cited) {
        int i = 0;
        int j = 0;
        int shortResumes = 0;
        while (j < cited.length()) {
            if (i < text.length() && text.charAt(i) == cited.charAt(j)) {
                i++;
                j++;
                continue;
            }
            int at = -1;
            int length = Math.min(cited.length() - j, 12);
            for (; at < 0 && length >= Math.min(2, cited.length() - j); length--) {
                at = text.indexOf(cited.substring(j, j + length), i + 1);
            }
            if (at < 0 || length + 1 < Math.min(cited.length() - j, 12) && ++shortResumes > 3) {
                return false;
            }
            i = at;
        }
        return true;
    }

    /**
     * Each search result's text is paragraph N of its page; returns those texts (the words analysis
     * read, page → N → text) for the other checks.
     */
    private static Map<String, Map<Integer, String>> checkSearch(Path site, Map<String, Map<Integer, String>> texts, Counts c) {
        Map<String, Map<Integer, String>> cited = new HashMap<>();
        try {
            for (JsonNode d : searchDocs(site)) {
                if (!d.path("kind").asText().equals("paragraph")) {
                    continue;
                }
                String href = d.path("href").asText();
                String page = href.substring(0, href.indexOf('#'));
                int n = Integer.parseInt(href.substring(href.indexOf("#p-") + 3));
                assertTrue(d.path("label").asText().endsWith("¶ " + n), d.toString());
                String text = normal(d.path("text").asText());
                String onPage = texts.get(page).get(n);
                assertTrue(onPage != null && holds(onPage, text), href + ": «" + text + "» is not in «" + onPage + "»");
                cited.computeIfAbsent(page, k -> new TreeMap<>()).put(n, text);
                c.search++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int paragraphs = texts.values().stream().mapToInt(Map::size).sum();
        assertEquals(paragraphs, c.search, "one search result per numbered paragraph");
        return cited;
    }

    /** Every document of the search index: the shards {@code assets/search/dN.js}, in order. */
    private static List<JsonNode> searchDocs(Path site) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        for (int shard = 0; Files.exists(site.resolve("assets/search/d" + shard + ".js")); shard++) {
            String js = read(site.resolve("assets/search/d" + shard + ".js"));
            new ObjectMapper().readTree(js.substring(js.indexOf('['), js.lastIndexOf(']') + 1)).forEach(docs::add);
        }
        return docs;
    }

    private static void checkGlossary(Path site, Map<String, Document> pages, Counts c) {
        for (Element place : parse(site.resolve("glossary.html")).select("a.backlink-place")) {
            String href = place.attr("href");
            Element mention = target(pages, href);
            Matcher m = PARA.matcher(place.text());
            if (m.matches()) {
                assertEquals("p-" + m.group(1), paragraphOf(mention).id(), href + " cited as " + place.text());
            } else {
                assertEquals("heading", place.text(), href);
                assertTrue(paragraphOf(mention).tagName().matches("h[1-6]"), href);
            }
            c.glossary++;
        }
    }

    private static void checkQuotes(Path site, Map<String, Document> pages, Counts c) {
        for (Element printing : parse(site.resolve("quotes.html")).select("li.printing")) {
            String href = printing.selectFirst(".source-line a").attr("href");
            Element cited = printing.selectFirst(".printing-paragraph");
            assertNotNull(cited, href);
            assertEquals("p-" + number(cited.text()), paragraphOf(target(pages, href)).id(), href);
            c.quotes++;
        }
    }

    /**
     * The packet's ¶ N is the site's paragraph N, word for word; its glossary appendix cites, per
     * term and article, the paragraphs the site's glossary cites; each shared quotation's ¶ N holds
     * the quotation's opening words.
     */
    private static void checkPacket(Path packet, Map<String, Map<Integer, String>> cited, Path site, Counts c) {
        Document doc = parse(packet.resolve("packet.html"));
        Map<String, String> idByShortTitle = new HashMap<>();
        Map<String, Map<Integer, String>> packetTexts = new HashMap<>();
        for (Element article : doc.select("article.packet-article")) {
            String id = article.id().substring("article-".length());
            idByShortTitle.put(article.attr("data-cite"), id);
            Map<Integer, String> numbered = new TreeMap<>();
            for (Element p : article.select(".numbered")) {
                int n = number(p.selectFirst("> .pnum").text());
                Element copy = p.clone();
                copy.select("> .pnum, ul, ol").remove();
                numbered.put(n, normal(copy.text()));
            }
            Map<Integer, String> onSite = cited.get("articles/" + id + ".html");
            assertEquals(onSite.keySet(), numbered.keySet(), "packet paragraph numbers of " + id);
            numbered.forEach((n, text) -> assertTrue(holds(text, onSite.get(n)), id + " ¶ " + n + ": «" + text + "»"));
            packetTexts.put(id, onSite);
        }
        assertFalse(idByShortTitle.containsKey(""), "every packet article names how it is cited");
        Map<String, Map<String, TreeSet<Integer>>> siteCites = siteGlossaryCites(site);
        for (Element entry : doc.select(".packet-glossary .glossary-entry")) {
            String term = entry.attr("data-term");
            for (Element place : entry.select(".place")) {
                String id = idByShortTitle.get(place.selectFirst(".place-article").text());
                assertNotNull(id, place.outerHtml());
                TreeSet<Integer> inPacket = new TreeSet<>();
                place.select(".place-paragraph").forEach(p -> inPacket.add(number(p.text())));
                assertEquals(siteCites.getOrDefault(term, Map.of()).get(id), inPacket, term + " in " + id);
                c.packetCites += inPacket.size();
            }
        }
        for (Element q : doc.select(".packet-quote li")) {
            String id = idByShortTitle.get(q.selectFirst(".quote-article").text());
            assertNotNull(id, q.outerHtml());
            int n = number(q.selectFirst(".quote-paragraph").text());
            String[] words = normal(q.selectFirst(".quote-text").text()).split(" ");
            String opening = String.join(" ", List.of(words).subList(0, Math.min(words.length, 6)));
            assertTrue(holds(packetTexts.get(id).get(n), opening), q.outerHtml() + " in ¶ " + n + ": " + packetTexts.get(id).get(n));
            c.packetCites++;
        }
    }

    /** Term → article id → the paragraph numbers the site's glossary page cites (headings left out). */
    private static Map<String, Map<String, TreeSet<Integer>>> siteGlossaryCites(Path site) {
        Map<String, Map<String, TreeSet<Integer>>> out = new HashMap<>();
        for (Element entry : parse(site.resolve("glossary.html")).select("dd.glossary-entry[data-term]")) {
            String term = entry.attr("data-term");
            for (Element place : entry.select("a.backlink-place")) {
                Matcher m = PARA.matcher(place.text());
                if (m.matches()) {
                    String href = place.attr("href");
                    String id = href.substring("articles/".length(), href.indexOf(".html"));
                    out.computeIfAbsent(term, k -> new HashMap<>()).computeIfAbsent(id, k -> new TreeSet<>())
                            .add(Integer.parseInt(m.group(1)));
                }
            }
        }
        assertFalse(out.isEmpty(), "the glossary page names its entries' terms");
        return out;
    }

    /** The numbered block (p-N) or heading holding {@code el}. */
    private static Element paragraphOf(Element el) {
        for (Element e = el; e != null; e = e.parent()) {
            if (e.hasAttr("data-block")) {
                return e;
            }
        }
        throw new AssertionError("not inside a numbered block: " + el.outerHtml());
    }

    private static Element target(Map<String, Document> pages, String href) {
        String page = href.substring(0, href.indexOf('#'));
        Element el = pages.get(page).getElementById(href.substring(href.indexOf('#') + 1));
        assertNotNull(el, href);
        return el;
    }

    private static int number(String cited) {
        Matcher m = PARA.matcher(cited.strip());
        assertTrue(m.matches(), cited);
        return Integer.parseInt(m.group(1));
    }

    private static String normal(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document parse(Path file) {
        return Jsoup.parse(read(file));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
