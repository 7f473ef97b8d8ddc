package org.gloss.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The byline a page prints: an element marked as the author ({@code rel=author},
 * {@code itemprop=author}, a class or id naming a byline), else a short line that reads as one
 * ("Posted by Dan Price on 15/03/2024"). Bylines inside the article come before stray ones
 * (a sidebar's columnists, a related story's author), and nothing in navigation, asides or
 * footers counts.
 */
final class VisibleByline {

    private static final String MARKED = "[rel=author], [itemprop~=(?i)(^|\\s)author(\\s|$)]";
    private static final Pattern BYLINE_NAME = Pattern.compile("(?i)byline|(^|[\\s_-])(author|writtenby|p-author)"
            + "([\\s_-]|name|$)|dateline");
    /** Where a name is never the article's author: navigation, asides, footers, readers' comments. */
    private static final String OUTSIDE = "nav, aside, footer, [role=navigation], [role=complementary], form,"
            + " [id~=(?i)(^|[\\s_-])comments?([\\s_-]|$)], [class~=(?i)(^|[\\s_-])comments?([\\s_-]|$)]";
    private static final String STORY = "article, [itemprop=articleBody], main, [role=main]";

    private VisibleByline() {
    }

    /**
     * Takes the author (and a date printed with it) into {@code meta}; returns the line it came
     * from when that was an unmarked byline line, which the story must not keep.
     */
    static Optional<Element> read(Document doc, MetadataDraft meta) {
        for (Element e : candidates(doc)) {
            Optional<String> author = author(e);
            if (author.isPresent()) {
                meta.author(author.get());
                BylineParser.date(TextLines.normalizeSpace(e.text())).ifPresent(meta::date);
                return Optional.empty();
            }
        }
        for (Element e : doc.select("p, div, span, li, em, small, address")) {
            if (e.ownText().isBlank()) {
                continue; // a wrapper: its text is some child's, met on its own
            }
            String t = TextLines.normalizeSpace(e.text());
            if (t.length() <= 100 && e.closest(OUTSIDE) == null) {
                Optional<String> author = BylineParser.author(t).filter(a -> TextLines.isNameLike(a, 6));
                if (author.isPresent()) {
                    meta.author(author.get());
                    BylineParser.date(t).ifPresent(meta::date);
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Marked elements, best first: an author link or property ({@code rel}, {@code itemprop}) in
     * the story, then one elsewhere, then a byline class in the story, then elsewhere; each in
     * document order.
     */
    private static List<Element> candidates(Document doc) {
        List<List<Element>> tiers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<Element> marked = new ArrayList<>();
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().select("*")) {
            if (isMarked(e) && e.closest(OUTSIDE) == null) {
                marked.add(e);
            }
        }
        for (Element e : marked) {
            // A byline block holding a marked name ("byline-section" around "author") gives way to it.
            if (e.select("*").stream().noneMatch(d -> d != e && isMarked(d))) {
                tiers.get((e.is(MARKED) ? 0 : 2) + (e.closest(STORY) != null ? 0 : 1)).add(e);
            }
        }
        List<Element> out = new ArrayList<>();
        tiers.forEach(out::addAll);
        return out;
    }

    private static boolean isMarked(Element e) {
        return e.is(MARKED) || BYLINE_NAME.matcher(e.className() + " " + e.id()).find();
    }

    /** The name an element gives: its {@code itemprop=name} part when it has one, else its text. */
    private static Optional<String> author(Element e) {
        Element name = e.selectFirst("[itemprop=name]");
        String t = TextLines.normalizeSpace((name != null ? name : e).text());
        if (t.isEmpty() || t.length() > 100 || t.matches("(?i)(about|more from|more by|other posts by) .*")) {
            return Optional.empty();
        }
        Optional<String> byline = BylineParser.author(t);
        if (byline.isPresent() || !e.is(MARKED) && !startsWithName(t)) {
            return byline;
        }
        return BylineParser.name(t);
    }

    /** A class-marked element counts when its text starts with a capitalised name, not with a label or a date. */
    private static boolean startsWithName(String t) {
        String[] w = t.split("\\s+");
        return w.length >= 2 && TextLines.isNameLike(w[0] + " " + w[1], 2) && DateParser.findDate(w[0] + " " + w[1]).isEmpty();
    }
}
