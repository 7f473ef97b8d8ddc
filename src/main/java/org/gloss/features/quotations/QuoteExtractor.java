package org.gloss.features.quotations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.Span;

/**
 * Finds the quotations in an article's text: quoted stretches from {@link QuoteScanner}, a
 * statement split by its attribution ({@code "...," he said. "..."}) joined into one quotation
 * with two parts, and the speaker of each from {@link SpeakerResolver}. Quoted text that is no
 * one's words ({@link NotSpeech}: tweet markup, titles of works) is left out.
 */
public final class QuoteExtractor {

    /** The most words an attribution between two halves of one statement may have. */
    private static final int MAX_ATTRIBUTION_WORDS = 25;
    private static final Pattern SPEECH_VERB = Pattern.compile(
            "\\b(?:" + SpeechVerbs.REGEX.substring(3, SpeechVerbs.REGEX.length() - 1) + "|adding|saying)\\b");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]*");

    private final QuoteScanner scanner = new QuoteScanner();
    private final SpeakerResolver speakers = new SpeakerResolver();

    /** Quotes in document order, ids {@code <article>-q<n>}, each in a cluster of its own. */
    public List<Quote> extract(ArticleText text) {
        List<String> views = QuoteScanner.views(text);
        List<QuoteScanner.Found> found = joinSplit(text, views, scanner.scan(text, views));
        List<String> who = speakers.resolve(text, views, found);
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            List<Span> parts = found.get(i).parts();
            List<String> words = parts.stream().map(text::text).toList();
            String joined = String.join(" ", words);
            Span first = parts.get(0);
            if (NotSpeech.isTweetMarkup(joined)
                    || NotSpeech.isTitle(views.get(first.block()), first.start(), joined)) {
                continue; // quoted, but no one's words: tweet markup, the title of a work
            }
            String id = text.articleId() + "-q" + (quotes.size() + 1);
            quotes.add(new Quote(id, text.articleId(), parts, joined, who.get(i), id, List.of()));
        }
        return quotes;
    }

    /** Joins {@code "A," X said. "B"} into one quotation with the parts A and B. */
    private static List<QuoteScanner.Found> joinSplit(ArticleText text, List<String> views,
                                                      List<QuoteScanner.Found> found) {
        List<QuoteScanner.Found> out = new ArrayList<>();
        for (QuoteScanner.Found f : found) {
            if (!out.isEmpty() && continues(text, views, out.get(out.size() - 1), f)) {
                List<Span> parts = new ArrayList<>(out.remove(out.size() - 1).parts());
                parts.addAll(f.parts());
                out.add(new QuoteScanner.Found(parts));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean continues(ArticleText text, List<String> views, QuoteScanner.Found a,
                                     QuoteScanner.Found b) {
        Span end = a.parts().get(a.parts().size() - 1);
        Span start = b.parts().get(0);
        if (end.block() != start.block() || a.parts().size() > 1 && end.block() != a.parts().get(0).block()) {
            return false;
        }
        String s = views.get(end.block());
        String between = s.substring(end.end(), start.start());
        String lead = leadingPunctuation(between);
        String last = text.text(end);
        boolean unfinished = lead.contains(",") || last.endsWith("?") || last.endsWith("!")
                || last.endsWith("—");
        long words = between.split("\\s+").length;
        // "A," X said. "B" or X said, adding: "B" — not X warned that any escalation "would ..."
        boolean clauseEnds = between.replaceAll("[\\s\"“”„«»'‘’]+$", "").matches("(?s).*[.,:;]$");
        boolean noOtherQuote = between.substring(lead.length()).chars()
                .limit(Math.max(0, between.length() - lead.length() - 2))
                .noneMatch(c -> QuoteScanner.isDouble((char) c));
        return unfinished && clauseEnds && words <= MAX_ATTRIBUTION_WORDS && noOtherQuote
                && SPEECH_VERB.matcher(between).find() && text.text(end).split("\\s+").length > 2;
    }

    private static String leadingPunctuation(String s) {
        var m = LEADING_PUNCTUATION.matcher(s);
        return m.find() ? m.group() : "";
    }
}
