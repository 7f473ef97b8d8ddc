package org.gloss.features.quotations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.Block;
import org.gloss.analyze.Span;

/**
 * Works out who said each quotation from the attribution patterns of news writing: {@code "...,"
 * X said}, {@code said X}, {@code X said: "..."}, {@code X told reporters}, {@code according to X},
 * {@code X, the ..., said}, an institution ({@code the State Department said in a statement}).
 * Surnames and pronouns resolve to the full name given earlier; a quotation with no attribution of
 * its own takes the nearest one before it in its paragraph, or, when it opens a paragraph, the
 * speaker of the paragraph before. Unknown stays null.
 */
final class SpeakerResolver {

    private static final char MASK = '_';
    /** What may stand between a closing mark and its attribution: punctuation, a lowercase title. */
    private static final Pattern AFTER_CLOSE = Pattern.compile("[\\s\\p{P}]*(?:\\p{Ll}[\\p{L}-]*\\s+){0,4}");
    private static final Pattern OPENING_ONLY = Pattern.compile("[\\s\\p{Pi}\\p{Ps}\"'«„]*");
    private static final Pattern TITLE_PREPOSITION = Pattern.compile("\\b(?:for|of|in|to|on)\\s+$");
    private static final Pattern PRONOUN_ONLY = Pattern.compile(AttributionShape.Regex.PRONOUN);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PERSON_RUN = Pattern.compile(AttributionShape.Regex.NAME);

    /** One place the text names who is speaking ({@code start} is where the attribution begins). */
    private record Agent(int block, int start, int end, String name, boolean person) {
    }

    /** The speaker of each quotation, in the order given. */
    List<String> resolve(ArticleText text, List<String> views, List<QuoteScanner.Found> quotes) {
        List<String> masked = masked(views, quotes);
        List<String> people = people(masked);
        List<Agent> agents = agents(text, masked, people);
        List<String> speakers = new ArrayList<>();
        for (int q = 0; q < quotes.size(); q++) {
            speakers.add(speakerOf(views, quotes, q, agents, speakers));
        }
        return speakers;
    }

    private static String speakerOf(List<String> views, List<QuoteScanner.Found> quotes, int q, List<Agent> agents,
                                    List<String> earlier) {
        List<Span> parts = quotes.get(q).parts();
        Span first = parts.get(0);
        String block = views.get(first.block());
        if (fewWords(views, parts)) {
            // One or two words are scare quotes unless they are a whole reply ("No," she said), follow
            // a colon (She said: "Never.") or are reported in the attribution's own sentence (Doe said
            // the country was "very worried").
            char lead = charBefore(block, first.start());
            Agent before = agentBefore(first, agents);
            if (before != null && (lead == ':' || sameSentence(block, before.end(), first.start()))) {
                return before.name();
            }
            Agent after = lead == 0 || ".!?".indexOf(lead) >= 0 ? adjacentAfter(views, first, agents) : null;
            return after == null ? null : after.name();
        }
        for (Span p : parts) {
            Agent after = adjacentAfter(views, p, agents);
            if (after != null) {
                return after.name();
            }
        }
        Agent before = agentBefore(first, agents);
        if (before != null) {
            return before.name();
        }
        if (opensParagraph(block, first.start()) && first.block() > 0) {
            return speakerOfPreviousParagraph(first.block() - 1, quotes, q, agents, earlier);
        }
        return null;
    }

    /** No sentence ends between {@code from} and {@code to} (a full stop after a word of two letters or more). */
    private static boolean sameSentence(String s, int from, int to) {
        for (int i = Math.max(from, 2); i < to; i++) {
            char c = s.charAt(i);
            if ((c == '!' || c == '?' || c == '.' && Character.isLowerCase(s.charAt(i - 1))
                    && Character.isLetter(s.charAt(i - 2))) && i + 1 < to && QuoteScanner.isSpace(s.charAt(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** The last attribution before {@code first} in its paragraph, or null. */
    private static Agent agentBefore(Span first, List<Agent> agents) {
        Agent before = null;
        for (Agent a : agents) {
            if (a.block() == first.block() && a.end() <= first.start()) {
                before = a;
            }
        }
        return before;
    }

    /** Whether the quotation has at most two words. */
    private static boolean fewWords(List<String> views, List<Span> parts) {
        int words = 0;
        for (Span p : parts) {
            String s = views.get(p.block());
            boolean inWord = false;
            for (int i = p.start(); i < p.end(); i++) {
                boolean letter = Character.isLetterOrDigit(s.charAt(i));
                if (letter && !inWord && ++words > 2) {
                    return false;
                }
                inWord = letter || inWord && (s.charAt(i) == '\'' || s.charAt(i) == '’' || s.charAt(i) == '-');
            }
        }
        return true;
    }

    /** The last character before {@code start} that is neither space nor quotation mark; 0 if none. */
    private static char charBefore(String s, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (!QuoteScanner.isSpace(c) && !QuoteScanner.isDouble(c)) {
                return c;
            }
        }
        return 0;
    }

    private static String speakerOfPreviousParagraph(int block, List<QuoteScanner.Found> quotes, int q,
                                                     List<Agent> agents, List<String> earlier) {
        for (int i = q - 1; i >= 0; i--) {
            int b = quotes.get(i).parts().get(quotes.get(i).parts().size() - 1).block();
            if (b == block && earlier.get(i) != null) {
                return earlier.get(i);
            }
            if (b < block) {
                break;
            }
        }
        Agent last = null;
        for (Agent a : agents) {
            if (a.block() == block) {
                last = a;
            }
        }
        return last == null ? null : last.name();
    }

    /** An attribution right after a part's closing mark: {@code ," he said}, {@code ," union leader X said}. */
    private static Agent adjacentAfter(List<String> views, Span part, List<Agent> agents) {
        String s = views.get(part.block());
        for (Agent a : agents) {
            if (a.block() == part.block() && a.start() >= part.end() && a.start() - part.end() <= 40
                    && AFTER_CLOSE.matcher(s.substring(part.end(), a.start())).matches()) {
                return a;
            }
        }
        return null;
    }

    private static boolean opensParagraph(String block, int start) {
        return OPENING_ONLY.matcher(block.substring(0, start)).matches();
    }

    /**
     * Each block with its quoted words replaced by {@link #MASK}, so attributions are only sought
     * outside quotes (and a long quotation is no run of spaces for the patterns to backtrack over).
     */
    private static List<String> masked(List<String> views, List<QuoteScanner.Found> quotes) {
        List<StringBuilder> out = new ArrayList<>();
        for (String view : views) {
            // No-break spaces become plain ones (same length), so the patterns' \\s sees them.
            StringBuilder sb = new StringBuilder(view);
            for (int i = 0; i < sb.length(); i++) {
                if (sb.charAt(i) > ' ' && Character.getType(sb.charAt(i)) == Character.SPACE_SEPARATOR) {
                    sb.setCharAt(i, ' ');
                }
            }
            out.add(sb);
        }
        for (QuoteScanner.Found f : quotes) {
            for (Span p : f.parts()) {
                StringBuilder sb = out.get(p.block());
                for (int i = p.start(); i < p.end(); i++) {
                    sb.setCharAt(i, MASK);
                }
            }
        }
        return out.stream().map(StringBuilder::toString).toList();
    }

    /** Every person's full name the article gives, in order, for resolving surnames. */
    private static List<String> people(List<String> masked) {
        List<String> people = new ArrayList<>();
        for (String s : masked) {
            Matcher m = PERSON_RUN.matcher(s);
            while (m.find()) {
                String n = cleanAt(s, m.start(), m.group());
                if (Names.isPerson(n) && !people.contains(n)) {
                    people.add(n);
                }
            }
        }
        return people;
    }

    /** Every attribution in the article, in reading order, with pronouns and surnames resolved. */
    private static List<Agent> agents(ArticleText text, List<String> masked, List<String> people) {
        List<Agent> raw = new ArrayList<>();
        for (int b = 0; b < masked.size(); b++) {
            collect(raw, b, masked.get(b));
        }
        raw.sort((x, y) -> x.block() != y.block() ? Integer.compare(x.block(), y.block())
                : Integer.compare(x.start(), y.start()));
        List<Agent> resolved = new ArrayList<>();
        for (Agent a : raw) {
            String name = resolveName(masked.get(a.block()), a, resolved, people);
            if (name != null) {
                resolved.add(new Agent(a.block(), a.start(), a.end(), name, Names.isPerson(name)));
            }
        }
        return resolved;
    }

    /** The attributions in one paragraph, shape by shape, in the order of {@link AttributionShape}. */
    private static void collect(List<Agent> raw, int block, String s) {
        int[] verbs = SpeechVerbs.in(s);
        Consumer<Matcher> add = m -> raw.add(new Agent(block, m.start(), m.end(), m.group("subj"), false));
        AttributionShape.SUBJECT_VERB.find(s, verbs, add);
        AttributionShape.INVERTED.find(s, verbs, add);
        AttributionShape.SOURCE.find(s, verbs, add);
        AttributionShape.APPOSITIVE.find(s, verbs, m -> {
            // "James Jeffrey, U.S. envoy for ... State, said": the name, not the appositive's end.
            if (Names.isPerson(cleanAt(s, m.start("subj"), m.group("subj")))) {
                int end = m.end();
                raw.removeIf(a -> a.block() == block && a.end() == end);
                raw.add(new Agent(block, m.start(), end, m.group("subj"), true));
            }
        });
    }

    private static String resolveName(String s, Agent a, List<Agent> before, List<String> people) {
        String subj = a.name();
        if (PRONOUN_ONLY.matcher(subj).matches()) {
            boolean person = subj.equalsIgnoreCase("he") || subj.equalsIgnoreCase("she");
            for (int i = before.size() - 1; i >= 0; i--) {
                if (before.get(i).person() == person) {
                    return before.get(i).name();
                }
            }
            return null;
        }
        String name = cleanAt(s, s.indexOf(subj, a.start()), subj);
        if (name == null) {
            return null;
        }
        String full = fullName(name, people);
        if (full.equals(name)) {
            // "the State Department" after "the US State Department": the fuller name given before.
            full = fullName(name, before.stream().map(Agent::name).toList());
        }
        return full;
    }

    /** The first longer person name in the article that ends with {@code name} ("Jeffrey" → "James Jeffrey"). */
    private static String fullName(String name, List<String> people) {
        for (String p : people) {
            if (p.length() > name.length() && p.endsWith(" " + name)) {
                return p;
            }
        }
        return name;
    }

    /**
     * Cleans a name found at {@code start}; a run straight after "for", "of" or "in" begins with the
     * end of a title ("envoy for Syria James Jeffrey"), so its first word is dropped.
     */
    private static String cleanAt(String s, int start, String raw) {
        String r = raw;
        String[] words = SPACES.split(r);
        if (words.length >= 3 && TITLE_PREPOSITION.matcher(s.substring(Math.max(0, start - 6), start)).find()) {
            r = r.substring(words[0].length()).strip();
        }
        return Names.clean(r);
    }
}
