package org.gloss.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gloss.core.Cancellation;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds a page's story the way Mozilla's Readability does: every paragraph scores its ancestors
 * by its length and commas, class and id names add or take away, the best container (discounted by
 * its link text) is joined by the siblings that score nearly as well, and when the result is thin
 * the search is run again with fewer assumptions (furniture names kept, then class weights off,
 * then nothing cleaned conditionally), keeping the longest result.
 */
final class ReadabilityExtractor {

    /** Below this many characters a result is thin, and the next, looser attempt runs. */
    private static final int CHAR_THRESHOLD = 500;
    private static final int TOP_CANDIDATES = 5;
    private static final Set<String> TAGS_TO_SCORE = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    private static final Set<String> BLOCKS = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul",
            "section", "article", "header", "footer", "aside", "nav", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "main", "hr", "li", "fieldset", "address", "details", "dd", "dt", "menu");
    private static final Set<String> PHRASING = Set.of("abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data",
            "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter", "noscript",
            "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span", "strong", "sub",
            "sup", "textarea", "time", "var", "wbr", "a", "del", "ins", "u", "s", "font");
    /** Containers dropped when they hold nothing but line breaks. */
    private static final Set<String> EMPTY_WHEN_BLANK = Set.of("div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation", "alert",
            "alertdialog", "dialog");
    /** Name parts that mark a story container: never furniture, whatever else the names say. */
    private static final Pattern MAYBE_STORY = Pattern.compile("and|article|body|column|content|main|shadow|story|entry|post|text");

    private final FurnitureRules furniture;

    ReadabilityExtractor(FurnitureRules furniture) {
        this.furniture = furniture;
    }

    /** The attempts, from the strictest to the loosest. */
    private record Flags(boolean stripUnlikely, boolean weightClasses, boolean cleanConditionally) {
    }

    /**
     * Returns a new element holding the story of {@code page}, which is left as it was; the page
     * should already be stripped of scripts and hidden elements ({@link PageCleaner}).
     */
    Element extract(Document page) {
        List<Flags> attempts = List.of(new Flags(true, true, true), new Flags(false, true, true),
                new Flags(false, false, true), new Flags(false, false, false));
        Element longest = null;
        int longestLength = -1;
        for (Flags flags : attempts) {
            Document doc = page.clone();
            Element article = grab(doc, flags);
            int length = TextMeasure.innerTextLength(article);
            if (length >= CHAR_THRESHOLD) {
                return article;
            }
            if (length > longestLength) {
                longest = article;
                longestLength = length;
            }
        }
        return longest;
    }

    private Element grab(Document doc, Flags flags) {
        CandidateScores scores = new CandidateScores(flags.weightClasses());
        List<Element> toScore = collect(doc, flags);
        List<Element> candidates = new ArrayList<>();
        for (Element e : toScore) {
            Cancellation.check();
            scoreParagraph(e, scores, candidates);
        }
        for (Element c : candidates) {
            scores.put(c, scores.get(c) * (1 - TextMeasure.linkDensity(c)));
        }
        candidates.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
        Element top = candidates.isEmpty() ? null : candidates.get(0);
        Element article = new Element("div");
        if (top == null || top.tagName().equals("body")) {
            for (Node n : new ArrayList<>(doc.body().childNodes())) {
                article.appendChild(n);
            }
        } else {
            top = widen(top, candidates, scores);
            joinSiblings(top, scores, article);
        }
        new ArticleTidier(scores, flags.cleanConditionally()).tidy(article);
        return article;
    }

    /** Walks the page once: drops what cannot be story, and lists the elements whose text scores. */
    private List<Element> collect(Document doc, Flags flags) {
        List<Element> toScore = new ArrayList<>();
        int pageProse = TextMeasure.proseLength(doc.body());
        Element node = doc.body();
        while (node != null) {
            Cancellation.check(); // a hostile page must not keep a core busy after its time is up
            String tag = node.tagName();
            if (flags.stripUnlikely() && node != doc.body() && isUnlikely(node, pageProse)) {
                node = removeAndGetNext(node);
                continue;
            }
            if (UNLIKELY_ROLES.contains(node.attr("role"))) {
                node = removeAndGetNext(node);
                continue;
            }
            if (EMPTY_WHEN_BLANK.contains(tag) && isWithoutContent(node)) {
                node = removeAndGetNext(node);
                continue;
            }
            if (TAGS_TO_SCORE.contains(tag)) {
                toScore.add(node);
            }
            if (tag.equals("div")) {
                wrapPhrasingRuns(node);
                Element only = singleChild(node, "p");
                if (only != null && TextMeasure.linkDensity(node) < 0.25) {
                    keepNames(node, only);
                    node.replaceWith(only);
                    node = only;
                    toScore.add(node);
                } else if (!hasBlockChild(node)) {
                    node.tagName("p");
                    toScore.add(node);
                }
            }
            node = next(node, false);
        }
        return toScore;
    }

    /** Furniture by its class or id, unless the element holds most of the page's prose. */
    private boolean isUnlikely(Element e, int pageProse) {
        if (e.tagName().equals("a") || e.tagName().equals("article") || e.tagName().equals("main")) {
            return false;
        }
        String hint = e.className() + " " + e.id();
        boolean furnitureTag = e.tagName().equals("nav") || e.tagName().equals("aside") || e.tagName().equals("footer");
        if (!furnitureTag && (hint.isBlank() || !furniture.isHtmlNoise(hint))) {
            return false;
        }
        if (ClassNames.anyPart(hint, MAYBE_STORY) || e.closest("table, code, pre") != null || TextMeasure.embedsPost(e)) {
            return false;
        }
        return !TextMeasure.holdsMostProse(e, pageProse);
    }

    private static void scoreParagraph(Element e, CandidateScores scores, List<Element> candidates) {
        if (e.parent() == null) {
            return;
        }
        String text = TextMeasure.innerText(e);
        if (text.length() < 25) {
            return;
        }
        List<Element> ancestors = ancestors(e, 5);
        if (ancestors.isEmpty()) {
            return;
        }
        double score = 1 + TextMeasure.commas(text) + Math.min(text.length() / 100, 3);
        for (int level = 0; level < ancestors.size(); level++) {
            Element a = ancestors.get(level);
            if (a.parent() == null) {
                continue;
            }
            if (!scores.has(a)) {
                scores.initialize(a);
                candidates.add(a);
            }
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores.add(a, score / divider);
        }
    }

    /** Moves up from the best candidate when the story is spread over several of its children. */
    private static Element widen(Element top, List<Element> candidates, CandidateScores scores) {
        double topScore = scores.get(top);
        List<List<Element>> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(candidates.size(), TOP_CANDIDATES); i++) {
            if (scores.get(candidates.get(i)) / topScore >= 0.75) {
                alternatives.add(ancestors(candidates.get(i), 0));
            }
        }
        if (alternatives.size() >= 3) {
            for (Element p = top.parent(); p != null && !p.tagName().equals("body"); p = p.parent()) {
                Element parent = p;
                long holding = alternatives.stream().filter(list -> list.contains(parent)).count();
                if (holding >= 3) {
                    top = p;
                    break;
                }
            }
        }
        if (!scores.has(top)) {
            scores.initialize(top);
        }
        double last = scores.get(top);
        double threshold = last / 3;
        for (Element p = top.parent(); p != null && !p.tagName().equals("body"); p = p.parent()) {
            if (!scores.has(p)) {
                continue;
            }
            double s = scores.get(p);
            if (s < threshold) {
                break;
            }
            if (s > last) {
                top = p;
                break;
            }
            last = s;
        }
        while (top.parent() != null && !top.parent().tagName().equals("body") && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        if (!scores.has(top)) {
            scores.initialize(top);
        }
        return top;
    }

    /** The story's container and those of its siblings that look like more of the story. */
    private static void joinSiblings(Element top, CandidateScores scores, Element article) {
        double topScore = scores.get(top);
        double threshold = Math.max(10, topScore * 0.2);
        Element parent = top.parent();
        List<Element> siblings = parent == null ? List.of(top) : new ArrayList<>(parent.children());
        for (Element s : siblings) {
            boolean append = s == top;
            if (!append) {
                double bonus = !top.className().isEmpty() && s.className().equals(top.className()) ? topScore * 0.2 : 0;
                if (scores.has(s) && scores.get(s) + bonus >= threshold) {
                    append = true;
                } else if (s.tagName().equals("p")) {
                    String text = TextMeasure.innerText(s);
                    double density = TextMeasure.linkDensity(s);
                    append = text.length() > 80 && density < 0.25
                            || text.length() > 0 && text.length() <= 80 && density == 0 && text.matches("(?s).*\\.( .*|$)");
                }
            }
            if (append) {
                article.appendChild(s);
            }
        }
    }

    private static List<Element> ancestors(Element e, int maxDepth) {
        List<Element> out = new ArrayList<>();
        for (Element p = e.parent(); p != null && !(p instanceof Document); p = p.parent()) {
            out.add(p);
            if (maxDepth > 0 && out.size() == maxDepth) {
                break;
            }
        }
        return out;
    }

    /** A paragraph that replaces its wrapper keeps the wrapper's names, which say what it is (a dek, a caption). */
    private static void keepNames(Element wrapper, Element p) {
        if (!p.hasAttr("class") && wrapper.hasAttr("class")) {
            p.attr("class", wrapper.attr("class"));
        }
        if (!p.hasAttr("id") && wrapper.hasAttr("id")) {
            p.attr("id", wrapper.attr("id"));
        }
    }

    private static boolean isWithoutContent(Element e) {
        for (Element c : e.children()) {
            if (!c.tagName().equals("br") && !c.tagName().equals("hr")) {
                return false; // checked first: it is cheap, and the text of a big container is not
            }
        }
        return e.text().isBlank();
    }

    /** Runs of inline content directly in a div become paragraphs, so that their text scores. */
    private static void wrapPhrasingRuns(Element div) {
        Element p = null;
        for (Node child : new ArrayList<>(div.childNodes())) {
            if (isPhrasing(child)) {
                if (p == null) {
                    if (child instanceof TextNode t && t.isBlank()) {
                        continue;
                    }
                    p = new Element("p");
                    child.before(p);
                }
                p.appendChild(child);
            } else if (p != null) {
                trimTrailingBlank(p);
                p = null;
            }
        }
        if (p != null) {
            trimTrailingBlank(p);
        }
    }

    private static void trimTrailingBlank(Element p) {
        while (p.childNodeSize() > 0 && p.childNode(p.childNodeSize() - 1) instanceof TextNode t && t.isBlank()) {
            t.remove();
        }
    }

    private static boolean isPhrasing(Node n) {
        if (n instanceof TextNode) {
            return true;
        }
        if (!(n instanceof Element e)) {
            return false;
        }
        String tag = e.tagName();
        if (PHRASING.contains(tag) && !tag.equals("a") && !tag.equals("del") && !tag.equals("ins")) {
            return true;
        }
        if (!tag.equals("a") && !tag.equals("del") && !tag.equals("ins")) {
            return false;
        }
        for (Element d : e.getAllElements()) { // iterative: a page can nest thousands deep
            if (!PHRASING.contains(d.tagName())) {
                return false;
            }
        }
        return true;
    }

    private static Element singleChild(Element e, String tag) {
        if (e.childrenSize() != 1 || !e.child(0).tagName().equals(tag)) {
            return null;
        }
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return null;
            }
        }
        return e.child(0);
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            for (Element d : c.getAllElements()) { // iterative: a page can nest thousands deep
                if (BLOCKS.contains(d.tagName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Element removeAndGetNext(Element e) {
        Element next = next(e, true);
        e.remove();
        return next;
    }

    /** The next element in document order; with {@code skipChildren}, after e's subtree. */
    static Element next(Element e, boolean skipChildren) {
        if (!skipChildren && e.childrenSize() > 0) {
            return e.child(0);
        }
        for (Element n = e; n != null; n = n.parent()) {
            Element sibling = n.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }
}
