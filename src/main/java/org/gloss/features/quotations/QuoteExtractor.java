package org.gloss.features.quotations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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
            "\\b(?:" + SpeechVerbs.REGEX + "|adding|saying)\\b");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s\"“”„«»'‘’]+$");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]*");
    /** Closing single marks of a quotation nested at the end of a part. */
    private static final Pattern NESTED_CLOSE = Pattern.compile("['’‘\\s]+$");

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
            String joined = joined(text, views, parts);
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

    /**
     * A quotation's words as a reader expects them: its parts joined by a space, with a full stop
     * ending a part where its attribution ended the sentence ({@code "We will fight," he said. "We
     * will win."} reads "We will fight. We will win."); {@code "The problem," she said, "is money."}
     * reads "The problem is money.". No ellipsis: nothing the speaker said is left out between.
     */
    private static String joined(ArticleText text, List<String> views, List<Span> parts) {
        StringBuilder sb = new StringBuilder(text.text(parts.get(0)));
        for (int i = 1; i < parts.size(); i++) {
            Span a = parts.get(i - 1);
            Span b = parts.get(i);
            if (a.block() == b.block() && endsSentence(views.get(a.block()), a.end(), b.start())) {
                // Before any nested closing marks ("…payroll,'" reads "…payroll.'"), a comma becoming the stop.
                int at = sb.length();
                while (at > 0 && "'’".indexOf(sb.charAt(at - 1)) >= 0) {
                    at--;
                }
                char last = at == 0 ? '.' : sb.charAt(at - 1);
                if (last == ',' && at < sb.length()) {
                    sb.setCharAt(at - 1, '.');
                } else if (".?!…—–".indexOf(last) < 0) {
                    sb.insert(at, '.');
                }
            }
            sb.append(' ').append(text.text(b));
        }
        return sb.toString();
    }

    /** Whether the attribution between two parts ends a sentence: {@code ," she said. "}, {@code she said: "}. */
    private static boolean endsSentence(String view, int from, int to) {
        int i = to - 1;
        while (i >= from && (QuoteScanner.isSpace(view.charAt(i)) || QuoteScanner.isDouble(view.charAt(i)))) {
            i--;
        }
        return i >= from && ".?!:".indexOf(view.charAt(i)) >= 0;
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
        // A nested quotation may close with the outer one: "He told me, 'I had to leave,'" X said.
        String last = NESTED_CLOSE.matcher(text.text(end)).replaceFirst("");
        boolean unfinished = lead.contains(",") || last.endsWith(",") || last.endsWith("?") || last.endsWith("!")
                || last.endsWith("—");
        long words = between.split("\\s+").length;
        // "A," X said. "B" or X said, adding: "B" — not X warned that any escalation "would ..."
        boolean clauseEnds = TRAILING_MARKS.matcher(between).replaceFirst("").matches("(?s).*[.,:;]$");
        boolean noOtherQuote = between.substring(lead.length()).chars()
                .limit(Math.max(0, between.length() - lead.length() - 2))
                .noneMatch(c -> QuoteScanner.isDouble((char) c));
        Matcher verb = SPEECH_VERB.matcher(between);
        return unfinished && clauseEnds && words <= MAX_ATTRIBUTION_WORDS && noOtherQuote
                && verb.find() && oneSentence(between.substring(verb.start()))
                && text.text(end).split("\\s+").length > 2;
    }

    /**
     * Whether the attribution ends with its own sentence: {@code ," Jordan said. "B"} and {@code ,"
     * Roe said on Oct. 21. "B"} go on, {@code ," Jordan said. Rep. Mark Meadows agreed. "B"} names
     * someone else's words next.
     */
    private static boolean oneSentence(String fromVerb) {
        // the next part's opening mark (and the space before it) ends no sentence
        String attribution = TRAILING_MARKS.matcher(fromVerb).replaceFirst("");
        return !Names.holdsNewSentence(attribution);
    }

    private static String leadingPunctuation(String s) {
        var m = LEADING_PUNCTUATION.matcher(s);
        return m.find() ? m.group() : "";
    }
}
