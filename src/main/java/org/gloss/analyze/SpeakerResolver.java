package org.gloss.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out who said each quotation from the attribution patterns of news writing: {@code "...,"
 * X said}, {@code said X}, {@code X said: "..."}, {@code X told reporters}, {@code according to X},
 * {@code X, the ..., said}, an institution ({@code the State Department said in a statement}).
 * Surnames and pronouns resolve to the full name given earlier; a quotation with no attribution of
 * its own takes the nearest one before it in its paragraph, or, when it opens a paragraph, the
 * speaker of the paragraph before. Unknown stays null.
 */
final class SpeakerResolver {

    private static final String VERBS = "(?:said|says|say|told|tells|added|adds|stated|states|declared|declares"
            + "|announced|announces|wrote|writes|tweeted|warned|warns|noted|notes|explained|explains|insisted"
            + "|argued|asked|replied|continued|stressed|urged|claimed|alleged|acknowledged|admitted|commented"
            + "|remarked|recalled|concluded|observed|posted|responded|answered|emphasi[sz]ed|underlined"
            + "|cautioned|complained|predicted|suggested|vowed|pledged|promised|maintained|confirmed|denied"
            + "|conceded|accused|condemned|described|characteri[sz]ed|reiterated|agreed|calls|called)";
    private static final String CAP = "\\p{Lu}[\\p{L}\\p{M}’'.-]*";
    private static final String PARTICLE = "(?:al|el|bin|ibn|de|van|von|der|da|di|du|le|la|del|abu|bint)";
    private static final String NAME = CAP + "(?:\\s++(?:" + PARTICLE + "\\s++)?" + CAP + "){0,5}";
    // A subject starts at a word, never inside one ("banana said").
    private static final String THE = "\\b(?:[Tt]he|[Aa]n?)\\s++(?:[\\p{L}’'.-]++\\s++){0,4}?[\\p{L}’'.-]++";
    /** A "the" phrase running to the end of its clause: {@code said the ministry's spokesman.} */
    private static final String THE_WHOLE = "[Tt]he\\s+(?:[\\p{L}’'.-]+\\s+){0,4}[\\p{L}’'.-]+(?=\\s*(?:[,.;:!?]|$))";
    private static final String PRONOUN = "\\b(?:he|she|they|it|He|She|They|It)\\b";
    private static final String SUBJECT = "(?<subj>" + PRONOUN + "|" + NAME + "|" + THE + ")";
    private static final String ADVERB = "(?:also|later|earlier|then|again|further|previously|recently|once"
            + "|has|had|have|was|were|is|would|will|flatly|repeatedly|separately|publicly|however|only"
            + "|on \\p{Lu}\\p{L}+|last \\p{L}+|this \\p{L}+|in a statement)";

    /** {@code X said}, {@code X on Wednesday told}. */
    private static final Pattern SUBJECT_VERB = Pattern.compile(
            SUBJECT + "(?:\\s*+,)?\\s++(?:" + ADVERB + "\\s++){0,3}" + VERBS + "\\b");
    /** {@code X, the U.N.'s relief coordinator, said}. */
    private static final Pattern APPOSITIVE = Pattern.compile(
            "(?<subj>" + NAME + ")\\s*+,[^,\"“”«»]{1,150}+,\\s*+(?:" + ADVERB + "\\s++){0,3}" + VERBS + "\\b");
    /** {@code ," said X} — only straight after a closing mark. */
    private static final Pattern INVERTED = Pattern.compile(
            "(?:[”\"»’'](?:\\s*+,)?|,\\s*+[”\"»’'])\\s*+" + VERBS + "\\s++(?<subj>" + NAME + "|" + THE_WHOLE + ")");
    /** {@code according to X}, {@code an allegation by X}. */
    private static final Pattern SOURCE = Pattern.compile(
            "(?:[Aa]ccording to|(?:allegation|statement|remarks|comments|claim|accusation|warning|words|tweet)"
            + " (?:by|from|of))\\s+(?<subj>" + NAME + "|" + THE_WHOLE + "|" + THE + ")");
    private static final char MASK = '_';
    /** What may stand between a closing mark and its attribution: punctuation, a lowercase title. */
    private static final Pattern AFTER_CLOSE = Pattern.compile("[\\s\\p{P}]*(?:\\p{Ll}[\\p{L}-]*\\s+){0,4}");
    private static final Pattern OPENING_ONLY = Pattern.compile("[\\s\\p{Pi}\\p{Ps}\"'«„]*");
    private static final Pattern TITLE_PREPOSITION = Pattern.compile("\\b(?:for|of|in|to|on)\\s+$");
    /** What {@link #SUBJECT_VERB}, {@link #APPOSITIVE} and {@link #INVERTED} all contain. */
    private static final Pattern SPEECH_VERB = Pattern.compile(VERBS + "\\b");
    private static final Pattern PRONOUN_ONLY = Pattern.compile(PRONOUN);
    private static final Pattern SPACE_SEPARATORS = Pattern.compile("\\p{Zs}");
    private static final Pattern PERSON_RUN = Pattern.compile(NAME);

    /** One place the text names who is speaking ({@code start} is where the attribution begins). */
    private record Agent(int block, int start, int end, String name, boolean person) {
    }

    /** The speaker of each quotation, in the order given. */
    List<String> resolve(ArticleText text, List<QuoteScanner.Found> quotes) {
        List<String> masked = masked(text, quotes);
        List<String> people = people(masked);
        List<Agent> agents = agents(text, masked, people);
        List<String> speakers = new ArrayList<>();
        for (int q = 0; q < quotes.size(); q++) {
            speakers.add(speakerOf(text, quotes, q, agents, speakers));
        }
        return speakers;
    }

    private static String speakerOf(ArticleText text, List<QuoteScanner.Found> quotes, int q, List<Agent> agents,
                                    List<String> earlier) {
        List<Span> parts = quotes.get(q).parts();
        for (Span p : parts) {
            Agent after = adjacentAfter(text, p, agents);
            if (after != null) {
                return after.name();
            }
        }
        Span first = parts.get(0);
        String block = text.blocks().get(first.block()).text();
        Agent before = null;
        for (Agent a : agents) {
            if (a.block() == first.block() && a.end() <= first.start()) {
                before = a;
            }
        }
        if (before != null) {
            return before.name();
        }
        if (opensParagraph(block, first.start()) && first.block() > 0) {
            return speakerOfPreviousParagraph(first.block() - 1, quotes, q, agents, earlier);
        }
        return null;
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
    private static Agent adjacentAfter(ArticleText text, Span part, List<Agent> agents) {
        String s = text.blocks().get(part.block()).text();
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
    private static List<String> masked(ArticleText text, List<QuoteScanner.Found> quotes) {
        List<StringBuilder> out = new ArrayList<>();
        for (Block b : text.blocks()) {
            // No-break spaces become plain ones (same length), so the patterns' \\s sees them.
            out.add(new StringBuilder(SPACE_SEPARATORS.matcher(b.text()).replaceAll(" ")));
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
            String s = masked.get(b);
            final int block = b;
            // Every attribution but "according to X" holds a speech verb: a paragraph without one
            // cannot match them, and the search for a verb is far cheaper
            // than trying a name at every capital letter.
            boolean hasVerb = SPEECH_VERB.matcher(s).find();
            if (hasVerb) {
                collect(raw, b, s, SUBJECT_VERB);
                collect(raw, b, s, INVERTED);
            }
            collect(raw, b, s, SOURCE);
            for (Matcher m = APPOSITIVE.matcher(s); hasVerb && m.find(); ) {
                // "James Jeffrey, U.S. envoy for ... State, said": the name, not the appositive's end.
                if (Names.isPerson(cleanAt(s, m.start("subj"), m.group("subj")))) {
                    int end = m.end();
                    raw.removeIf(a -> a.block() == block && a.end() == end);
                    raw.add(new Agent(block, m.start(), end, m.group("subj"), true));
                }
            }
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

    private static void collect(List<Agent> raw, int block, String s, Pattern p) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            raw.add(new Agent(block, m.start(), m.end(), m.group("subj"), false));
        }
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
        String[] words = r.split("\\s+");
        if (words.length >= 3 && TITLE_PREPOSITION.matcher(s.substring(Math.max(0, start - 6), start)).find()) {
            r = r.substring(words[0].length()).strip();
        }
        return Names.clean(r);
    }
}
