package org.gloss.features.quotations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gloss.analyze.AnchoredSearch;
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
    private static final Pattern AFTER_CLOSE = Pattern.compile("[\\s\\p{P}]*(?:\\p{L}[\\p{L}’'-]*\\s+){0,4}");
    /**
     * A longer description between a closing mark and the person it describes ({@code ," lead
     * researcher and agency glacier scientist Tomas Berg said}): up to eight words, none of them one
     * that would make a clause of its own (a preposition, a conjunction other than "and", a verb
     * such as "was" or "said"), perhaps after an article.
     */
    private static final Pattern DESCRIPTION_AFTER_CLOSE = Pattern.compile(Description.OPENING + "(?:"
            + Description.WORD + "\\s+){1,8}");
    /**
     * The same description set off by a comma before the name it describes ({@code ," Jane Roe's
     * campaign manager, Al Doe, wrote}): its last word in lower case, the noun the name stands beside
     * (not a list of names, {@code ," Jane Roe, Al Doe, said}), and taken only after a quotation that
     * ends in a comma, so that a new sentence's opening ({@code ." Back home, Roe said}) is never read
     * as one.
     */
    private static final Pattern DESCRIPTION_COMMA_AFTER_CLOSE = Pattern.compile(Description.OPENING + "(?:"
            + Description.WORD + "\\s+){0,7}(?=\\p{Ll})" + Description.WORD + ",\\s*");
    /** The longest run of characters {@link #DESCRIPTION_AFTER_CLOSE} is tried on. */
    private static final int DESCRIPTION_CHARS = 80;
    /** Pronouns that, right after a quotation, stand for the speaker quoted just before. */
    private static final Set<String> CARRIED_PRONOUNS = Set.of("he", "she", "they", "i", "we");
    /**
     * A comma and what opens an appositive on a person: a role, an article and a word ({@code ,
     * the minority leader}, {@code , a Democrat}), or a relative clause on someone ({@code , who}).
     */
    private static final Pattern DESCRIBED_ROLE = Pattern.compile("\\s*+,\\s*+(?:(?:the|a|an)\\s++\\p{L}|who\\b)");
    /** A comma and a clause only a person is the subject of: {@code , who}, {@code , speaking}. */
    private static final Pattern PERSON_CLAUSE = Pattern.compile("\\s*+,\\s*+(?:who|speaking)\\b");
    /**
     * A clause of speech whose subject is the sentence's: a participle after a comma ({@code ,
     * calling it}, {@code , saying}) or a relative clause ({@code who has called}).
     */
    private static final Pattern SPEECH_CLAUSE = Pattern.compile("(?:,\\s*+(?:calling|saying|adding|noting|arguing"
            + "|insisting|warning|describing|declaring|vowing|promising|accusing|branding|dubbing|labeling|labelling)"
            + "|\\bwho\\s++(?:(?:has|had|have)\\s++)?(?:called|said|described|vowed|promised|warned|declared|accused"
            + "|branded|dubbed|labeled|labelled))\\b");
    /** How far after its clause's verb a quotation may open: a few words ({@code calling the move}). */
    private static final int CLAUSE_REACH = 60;
    /** An institution opening a sentence: {@code The White House dismissed}, {@code The State Department said}. */
    private static final Pattern OPENING_INSTITUTION = Pattern.compile("\\s*+The\\s++(?<name>\\p{Lu}[\\p{L}.’'-]*+"
            + "(?:\\s++\\p{Lu}[\\p{L}.’'-]*+){0,3})\\s++\\p{Ll}");
    /** A possessive followed by a lower-case word: {@code Jane Roe's spokesman}. */
    private static final Pattern POSSESSIVE_ROLE = Pattern.compile("['’]s\\s++\\p{Ll}");
    /** A name in apposition after a described speaker: {@code ," said the senator's introducer, actress X}. */
    private static final Pattern APPOSED_NAME = Pattern.compile("\\s*+,\\s*+(?:\\p{Ll}[\\p{L}-]*+\\s++){0,3}(?<name>"
            + AttributionShape.Regex.NAME + ")(?=\\s*+(?:[,.;]|$))");
    /** A name after a dash that ends the paragraph or its sentence: {@code "…" ― Ana Ruiz}. */
    private static final Pattern DASH_NAME = Pattern.compile("\\s*+(?<name>" + AttributionShape.Regex.NAME
            + ")(?=\\s*+(?:[,.;(]|$))");
    /** What may follow an attribution's verb for it to end its sentence: {@code said.}, {@code told reporters on Monday.} */
    private static final Pattern VERB_ENDS_SENTENCE = Pattern.compile("(?:\\s+[\\p{L}’'.-]+){0,4}\\s*(?:[.;!?]|$)");
    /** How many paragraphs back a pronoun may find the person it stands for. */
    private static final int PRONOUN_REACH = 3;
    /** Words after which a name or a "the" phrase is an object, never the subject of the verb after it. */
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "from", "of", "for", "to", "with", "by",
            "on", "about", "near", "into", "over", "under", "against", "after", "before", "during", "among",
            "between", "across", "through", "toward", "towards", "behind", "outside", "inside", "than", "like");
    private static final Pattern OPENING_ONLY = Pattern.compile("[\\s\\p{Pi}\\p{Ps}\"'«„]*");
    private static final Pattern TITLE_PREPOSITION = Pattern.compile("\\b(?:for|of|in|to|on)\\s+(?:the\\s+)?$");
    /** The forms of "be" that make a participle after them passive. */
    private static final Set<String> BE = Set.of("am", "is", "are", "was", "were", "be", "been", "being");
    /** A short phrase that opens a sentence before its subject, set off by a comma: "Later, ". */
    private static final Pattern OPENING_PHRASE = Pattern.compile("\\s*+[^,.;:!?\"“”]{1,40}+,\\s++");
    /** An office's opening words up to where its name goes on: "Speaker of ", "Secretary of ". */
    private static final Pattern OFFICE_BEFORE = Pattern.compile("\\b" + AttributionShape.Regex.OFFICE
            + "\\s++(?:of|for)\\s++$");
    /** A described role that someone is of or speaks for, up to the name: "a spokesman for ", "an aide to ". */
    private static final Pattern ROLE_FOR = Pattern.compile("\\b[Aa]n?\\s++(?:\\p{Ll}[\\p{L}-]*+\\s++){1,3}(?:for|to)\\s++$");
    private static final Pattern PRONOUN_ONLY = Pattern.compile(AttributionShape.Regex.PRONOUN);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PERSON_RUN = Pattern.compile(AttributionShape.Regex.NAME);
    /** An appositive describing the one just named: {@code , a poultry farmer,}, {@code , the union's secretary}. */
    private static final Pattern APPOSITIVE_AFTER = Pattern.compile("\\s*+,\\s++(?:a|an|the|who)\\s[^,.;]{1,80}+,");

    /**
     * One place the text names who is speaking ({@code start} is where the attribution begins);
     * {@code quoting} when its paragraph holds a quotation (not only reported speech).
     */
    private record Agent(int block, int start, int end, String name, boolean person, boolean quoting) {

        Agent(int block, int start, int end, String name, boolean person) {
            this(block, start, end, name, person, false);
        }
    }

    /**
     * A person the text names at {@code pos} of a paragraph, by their full name; {@code sentence}
     * is where that sentence begins, and {@code opens} says the name (with its titles) begins it,
     * perhaps after a short opening phrase ({@code Later,}, {@code On Monday,}): the sentence's
     * subject, in news copy.
     */
    private record Mention(int block, int pos, String name, int sentence, boolean opens) {
    }

    /**
     * The people the article names: full names in order, each mention, what gender the text gives
     * them, and those it shows to be people (a title, a role word, a known first name, an
     * appositive: {@code Sen. Rosa Linares}, {@code Gareth Pryce, a poultry farmer,}) rather than
     * any two capitalised words ({@code Northeastern Syria}).
     */
    private record People(List<String> names, List<Mention> mentions, Map<String, Names.Gender> genders,
                          Set<String> evident, Map<String, Set<String>> offices) {
    }

    /** The speaker of each quotation, in the order given. */
    List<String> resolve(ArticleText text, List<String> views, List<QuoteScanner.Found> quotes) {
        List<String> masked = masked(views, quotes);
        People people = people(masked);
        List<Agent> agents = agents(text, masked, people);
        List<String> speakers = new ArrayList<>();
        for (int q = 0; q < quotes.size(); q++) {
            speakers.add(speakerOf(views, masked, quotes, q, agents, speakers, people));
        }
        return speakers;
    }

    private static String speakerOf(List<String> views, List<String> masked, List<QuoteScanner.Found> quotes, int q,
                                    List<Agent> agents, List<String> earlier, People people) {
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
        String dash = dashSpeaker(masked, parts.get(parts.size() - 1));
        if (dash != null) {
            return dash;
        }
        Agent before = agentBefore(first, agents);
        String clause = clauseSubject(masked.get(first.block()), first, before, people);
        if (clause != null) {
            return clause;
        }
        if (before != null) {
            return before.name();
        }
        String introduced = colonSubject(masked.get(first.block()), first, people);
        if (introduced != null) {
            return introduced;
        }
        if (opensParagraph(block, first.start()) && first.block() > 0
                && !sentenceGoesOn(views.get(parts.get(parts.size() - 1).block()), parts.get(parts.size() - 1).end())) {
            return speakerOfPreviousParagraph(first.block() - 1, quotes, q, agents, earlier);
        }
        return null;
    }

    /**
     * Whether the sentence goes on after the quotation's closing mark at {@code end} with words
     * other than a pronoun: after a comma or a dash, or in lower case after a quotation ending in a
     * comma ({@code « … », a déclaré le maire}, {@code "…," as was pointed out}). What follows is
     * then most likely the quotation's own attribution, one not understood, and the previous
     * paragraph's speaker would be a guess: no speaker is better than a wrong one. A quotation
     * that ends its paragraph or its sentence carries the speaker on, and so does one followed by
     * a pronoun ({@code "…," he said}), which in news copy stands for the speaker just quoted.
     */
    static boolean sentenceGoesOn(String block, int end) {
        int i = end;
        while (i < block.length() && (QuoteScanner.isDouble(block.charAt(i)) || QuoteScanner.isSingle(block.charAt(i))
                || QuoteScanner.isSpace(block.charAt(i)))) {
            i++;
        }
        if (i >= block.length()) {
            return false;
        }
        char c = block.charAt(i);
        // Joined by punctuation after the mark, or by a comma inside it ("…," as was said): a
        // bare lower-case word after a quotation that ends without one is no clause of it (an
        // embedded post's "pic.twitter.com/…").
        boolean joined = c == ',' || c == ';' || c == '—' || c == '–' || c == '―' || c == '-'
                || Character.isLowerCase(c) && end > 0 && block.charAt(end - 1) == ',';
        if (!joined) {
            return false;
        }
        while (i < block.length() && !Character.isLetter(block.charAt(i))) {
            i++;
        }
        int wordEnd = i;
        while (wordEnd < block.length() && Character.isLetter(block.charAt(wordEnd))) {
            wordEnd++;
        }
        return !CARRIED_PRONOUNS.contains(block.substring(i, wordEnd).toLowerCase(java.util.Locale.ROOT));
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

    /**
     * The person a sentence ending in a colon just before the quotation opens with, with no verb
     * of speech Gloss reads ({@code Republican strategist Rick Wilson was blunt: "…"}): the first
     * person it names, with at most two words and no comma before them; null otherwise ({@code The
     * sign read: "…"}, {@code In Ohio, Jane Roe was blunt: "…"}).
     */
    private static String colonSubject(String block, Span first, People people) {
        int colon = indexBefore(block, first.start(), true);
        if (colon < 0 || block.charAt(colon) != ':') {
            return null;
        }
        int sentence = sentenceStart(block, colon);
        List<Mention> ms = people.mentions();
        int i = lastBefore(ms, first.block(), sentence) + 1; // the sentence's first mention, if any
        if (i == ms.size() || ms.get(i).block() != first.block() || ms.get(i).pos() >= colon) {
            return null;
        }
        return opensWith(block, sentence, ms.get(i)) ? ms.get(i).name() : null;
    }

    /** Whether {@code m} opens the sentence at {@code sentence}: at most two words and no comma before it. */
    private static boolean opensWith(String block, int sentence, Mention m) {
        String lead = block.substring(sentence, m.pos()).strip();
        return lead.indexOf(',') < 0 && (lead.isEmpty() || SPACES.split(lead).length <= 2);
    }

    /**
     * Who a clause of speech before the quotation belongs to, when no attribution in its sentence
     * does: a participle ({@code The White House dismissed the report, calling it "…"}) or a
     * relative clause ({@code Bernie Sanders, who has called Trump "…," said}) is the sentence's
     * subject's, the person who opens it (as {@link #colonSubject} reads it) or an institution
     * named with "The" and capitals ({@code The White House}); null otherwise, and when an
     * attribution in the same sentence comes before the quotation ({@code X announced…, saying
     * "…"}: X, found as that attribution).
     */
    private static String clauseSubject(String block, Span first, Agent before, People people) {
        int sentence = sentenceStart(block, first.start());
        if (before != null && before.end() > sentence) {
            return null;
        }
        Matcher clause = SPEECH_CLAUSE.matcher(block).region(sentence, first.start());
        if (!clause.find() || first.start() - clause.end() > CLAUSE_REACH) {
            return null;
        }
        List<Mention> ms = people.mentions();
        int i = lastBefore(ms, first.block(), sentence) + 1; // the sentence's first mention, if any
        if (i < ms.size() && ms.get(i).block() == first.block() && ms.get(i).pos() < clause.start()
                && opensWith(block, sentence, ms.get(i))) {
            return ms.get(i).name();
        }
        Matcher institution = OPENING_INSTITUTION.matcher(block).region(sentence, clause.start());
        return institution.lookingAt() ? institution.group("name") : null;
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
        int i = indexBefore(s, start, false);
        return i < 0 ? 0 : s.charAt(i);
    }

    /**
     * Where the last character before {@code start} stands that is no white space or double
     * quotation mark (nor, with {@code singles}, a single one), or -1.
     */
    private static int indexBefore(String s, int start, boolean singles) {
        int i = start - 1;
        while (i >= 0 && (QuoteScanner.isSpace(s.charAt(i)) || QuoteScanner.isDouble(s.charAt(i))
                || singles && QuoteScanner.isSingle(s.charAt(i)))) {
            i--;
        }
        return i;
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

    /**
     * An attribution right after a part's closing mark: {@code ," he said}, {@code ," union leader X
     * said}. After a quotation that ends its own sentence ({@code "…coastline." The Ministry said
     * on Monday it would…}) a new sentence's subject is its own speaker, not the quotation's, unless
     * its verb ends that sentence within a few words ({@code "…." Ames said on Monday.}).
     */
    private static Agent adjacentAfter(List<String> views, Span part, List<Agent> agents) {
        String s = views.get(part.block());
        for (Agent a : agents) {
            if (a.block() == part.block() && a.start() >= part.end() && (a.start() - part.end() <= 40
                    && AFTER_CLOSE.matcher(s).region(part.end(), a.start()).matches()
                    || a.person() && a.start() - part.end() <= DESCRIPTION_CHARS
                    && (DESCRIPTION_AFTER_CLOSE.matcher(s).region(part.end(), a.start()).matches()
                    || endsInComma(s, part.end())
                    && DESCRIPTION_COMMA_AFTER_CLOSE.matcher(s).region(part.end(), a.start()).matches()))) {
                boolean newSentence = ".!?".indexOf(s.charAt(part.end() - 1)) >= 0
                        && s.substring(part.end(), a.start()).indexOf(',') < 0
                        && Character.isUpperCase(s.charAt(a.start()));
                if (newSentence && !VERB_ENDS_SENTENCE.matcher(s).region(a.end(), s.length()).lookingAt()) {
                    return null;
                }
                return a;
            }
        }
        return null;
    }

    /** Whether a comma stands among the closing marks and white space at {@code end} ({@code ,"} or {@code ",}). */
    private static boolean endsInComma(String s, int end) {
        for (int i = end; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',') {
                return true;
            }
            if (!QuoteScanner.isSpace(c) && !QuoteScanner.isDouble(c) && !QuoteScanner.isSingle(c)) {
                return false;
            }
        }
        return false;
    }

    /** A name after a dash right after the closing mark: {@code "…" ― Ana Ruiz}, {@code "…" — Jane Roe, mayor}. */
    private static String dashSpeaker(List<String> masked, Span last) {
        String s = masked.get(last.block());
        int i = last.end();
        while (i < s.length() && (QuoteScanner.isSpace(s.charAt(i)) || QuoteScanner.isDouble(s.charAt(i))
                || ".,!?".indexOf(s.charAt(i)) >= 0) && i - last.end() < 8) {
            i++;
        }
        if (i >= s.length() || "―—–".indexOf(s.charAt(i)) < 0) {
            return null;
        }
        Matcher m = DASH_NAME.matcher(s).region(i + 1, s.length());
        if (!m.lookingAt()) {
            return null;
        }
        String name = Names.clean(m.group("name"));
        return name != null && Character.isUpperCase(name.charAt(0)) ? name : null;
    }

    private static boolean opensParagraph(String block, int start) {
        return OPENING_ONLY.matcher(block.substring(0, start)).matches();
    }

    /**
     * Each block with its quoted words replaced by {@link #MASK}, so attributions are only sought
     * outside quotes (and a long quotation is no run of spaces for the patterns to backtrack over).
     */
    static List<String> masked(List<String> views, List<QuoteScanner.Found> quotes) {
        List<char[]> out = new ArrayList<>();
        for (String view : views) {
            // No-break spaces become plain ones (same length), so the patterns' \\s sees them. Every
            // space separator but ' ' is U+00A0 or above: below it, no character is looked up.
            char[] c = view.toCharArray();
            for (int i = 0; i < c.length; i++) {
                if (c[i] >= '\u00A0' && Character.getType(c[i]) == Character.SPACE_SEPARATOR) {
                    c[i] = ' ';
                }
            }
            out.add(c);
        }
        for (QuoteScanner.Found f : quotes) {
            for (Span p : f.parts()) {
                Arrays.fill(out.get(p.block()), p.start(), p.end(), MASK);
            }
        }
        for (char[] c : out) {
            blankPartyTags(c);
        }
        return out.stream().map(String::new).toList();
    }

    /**
     * A legislator's party and state after the name, as American political reporting gives them:
     * {@code Sen. Ted Cruz (R-Texas) said}, {@code McConnell, R-Ky., said}, {@code (D-N.Y.)}, and a
     * governor's or mayor's party alone: {@code Gov. Gavin Newsom (D) said}.
     */
    private static final Pattern PARTY_TAG = Pattern.compile(
            "\\([DRI][-–](?: ?\\p{Lu}\\p{Ll}*+\\.?){1,3}\\)|, [DRI][-–](?: ?\\p{Lu}\\p{Ll}*+\\.?){1,3},"
                    + "|\\([DRI]\\)");

    /**
     * Blanks each {@link #PARTY_TAG} (same length, so every offset stays), which stands between a
     * name and its verb where no attribution pattern expects anything: the name is then followed
     * by its verb, as in {@code Ted Cruz said}.
     */
    private static void blankPartyTags(char[] c) {
        String s = null;
        for (int i = 1; i < c.length; i++) {
            // Most paragraphs hold no "D-", "R-" or "I-" after a bracket or a space, nor "(D)": no search.
            if ((c[i] == '-' || c[i] == '–' || c[i] == ')') && (c[i - 1] == 'D' || c[i - 1] == 'R' || c[i - 1] == 'I')
                    && i >= 2 && (c[i - 2] == '(' || c[i - 2] == ' ' && c[i] != ')')) {
                s = new String(c);
                break;
            }
        }
        if (s == null) {
            return;
        }
        Matcher m = PARTY_TAG.matcher(s);
        while (m.find()) {
            // ", R-Ky.," keeps its last comma: an appositive may follow ("X, I-Vt., who …, said")
            int end = s.charAt(m.end() - 1) == ',' ? m.end() - 1 : m.end();
            Arrays.fill(c, m.start(), end, ' ');
        }
    }

    /**
     * Every person the article names: full names in order (for resolving surnames), each mention by
     * full name, and the gender a title, role word or first name gives them anywhere in the article.
     */
    private static People people(List<String> masked) {
        List<String> people = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        Map<String, Names.Gender> genders = new HashMap<>();
        Set<String> evident = new HashSet<>();
        Map<String, Set<String>> offices = new HashMap<>();
        for (int b = 0; b < masked.size(); b++) {
            String s = masked.get(b);
            int block = b;
            personRuns(s, m -> {
                String n = cleanAt(s, m.start(), m.group());
                if (n == null) {
                    return;
                }
                // "Van Der Beek" after "James Van Der Beek" is a mention of the same person
                String full = fullName(n, people);
                if (!Names.isPerson(full)) {
                    return;
                }
                if (!people.contains(full)) {
                    people.add(full);
                }
                int sentence = sentenceStart(s, m.start());
                mentions.add(new Mention(block, m.start(), full, sentence, opensSentence(s.substring(sentence, m.start()))));
                String before = wordBefore(s, m.start());
                if (Names.titled(Names.afterSentenceBreak(m.group()), before) || Names.isPerson(n)
                        && APPOSITIVE_AFTER.matcher(s).region(m.end(), s.length()).lookingAt()) {
                    evident.add(full);
                }
                Set<String> held = Names.offices(Names.afterSentenceBreak(m.group()));
                if (!held.isEmpty()) {
                    offices.computeIfAbsent(full, k -> new HashSet<>()).addAll(held);
                }
                Names.Gender g = Names.gender(Names.afterSentenceBreak(m.group()), before);
                if (g == Names.Gender.UNKNOWN) {
                    // "House Speaker Nancy Pelosi": the first name is the cleaned name's first word,
                    // not the run's, which may open with an institution's
                    g = Names.gender(n, before);
                }
                if (g != Names.Gender.UNKNOWN) {
                    genders.putIfAbsent(full, g);
                }
            });
        }
        return new People(people, mentions, genders, evident, offices);
    }

    /**
     * Calls {@code onMatch} with each match of a {@code find()} loop of the person-name pattern in
     * {@code s}, trying it only where a capital (or half of a pair) stands: every name begins with
     * one, and the pattern tried at every character was a scan of the whole article through the
     * regex engine ({@link AnchoredSearch}: the same matches).
     */
    static void personRuns(String s, Consumer<Matcher> onMatch) {
        char[] c = s.toCharArray();
        int[] starts = new int[16];
        int n = 0;
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if (ch < 0x80 ? ch >= 'A' && ch <= 'Z' : Character.isUpperCase(ch) || Character.isSurrogate(ch)) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i;
            }
        }
        AnchoredSearch.find(PERSON_RUN, s, Arrays.copyOf(starts, n), onMatch);
    }

    /** Where the sentence holding {@code pos} begins: after the last ". ", "! " or "? " before it, or 0. */
    private static int sentenceStart(String s, int pos) {
        for (int i = pos - 2; i >= 0; i--) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && QuoteScanner.isSpace(s.charAt(i + 1))
                    && !(c == '.' && abbreviationEndsAt(s, i))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Whether the full stop at {@code dot} ends a title's abbreviation ("Sen.", "Rep.", "Mr.") or an initial. */
    private static boolean abbreviationEndsAt(String s, int dot) {
        int w = dot;
        while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
            w--;
        }
        return dot - w <= 1 || Names.isAbbreviation(s.substring(w, dot + 1));
    }

    private static String wordBefore(String s, int pos) {
        int end = pos;
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        return s.substring(start, end);
    }

    /** Every attribution in the article, in reading order, with pronouns and surnames resolved. */
    private static List<Agent> agents(ArticleText text, List<String> masked, People people) {
        List<Agent> raw = new ArrayList<>();
        for (int b = 0; b < masked.size(); b++) {
            collect(raw, b, masked, people);
        }
        raw.sort((x, y) -> x.block() != y.block() ? Integer.compare(x.block(), y.block())
                : Integer.compare(x.start(), y.start()));
        List<Agent> resolved = new ArrayList<>();
        for (Agent a : raw) {
            String name = resolveName(masked.get(a.block()), a, resolved, people);
            if (name != null) {
                resolved.add(new Agent(a.block(), a.start(), a.end(), name, Names.isPerson(name),
                        masked.get(a.block()).indexOf(MASK) >= 0));
            } else if (Names.isFirstPerson(Names.afterSentenceBreak(a.name()))) {
                // "said I": the writer's words. The attribution still claims its quotation, with
                // no one named, so that no other attribution nearby is taken for it.
                resolved.add(new Agent(a.block(), a.start(), a.end(), null, false, false));
            }
        }
        return resolved;
    }

    /** The attributions in one paragraph, shape by shape, in the order of {@link AttributionShape}. */
    private static void collect(List<Agent> raw, int block, List<String> masked, People people) {
        String s = masked.get(block);
        int[] verbs = SpeechVerbs.in(s);
        // Where a subject can begin, found once for the shapes that look for one before a verb
        // (none is needed where there is no verb); the others are given them and ask nothing.
        int[] candidates = verbs.length == 0 ? verbs : AttributionShape.candidates(s);
        Consumer<Matcher> add = m -> raw.add(new Agent(block, m.start(), m.end(), m.group("subj"), false));
        AttributionShape.SUBJECT_VERB.find(s, verbs, candidates, m -> {
            if (passive(s, m)) {
                return;
            }
            int office = officeBefore(s, m.start("subj"));
            if (office >= 0) {
                // "Speaker of the House Nancy Pelosi said": the subject is the end of an office's
                // name, whose holder spoke (Names.clean keeps the holder's name)
                raw.add(new Agent(block, office, m.end(), s.substring(office, m.end("subj")), false));
                return;
            }
            // "Sen. Jane Roe of Ohio said": a person and where they are from; "Goldman Sachs of
            // New York said" is no person, and no speaker is better than a place.
            boolean placed = m.group("place") != null;
            if (!endsAClauseBefore(s, m) && (!placed || Names.isPerson(cleanAt(s, m.start("subj"), m.group("subj"))))) {
                add.accept(m);
            }
        });
        AttributionShape.INVERTED.find(s, verbs, candidates, m -> {
            // ," exhorted the senator's introducer, actress Mary Major; ," said Jane Roe's spokesman,
            // Al Doe: the name, not the description.
            Matcher named = APPOSED_NAME.matcher(s).region(m.end(), s.length());
            String subj = m.group("subj");
            boolean described = !Character.isUpperCase(subj.charAt(0)) || POSSESSIVE_ROLE.matcher(subj).find();
            if (described && named.lookingAt()
                    && Names.isPerson(Names.clean(named.group("name")))) {
                raw.add(new Agent(block, m.start(), named.end(), named.group("name"), true));
            } else {
                // "said Sen. Jane Roe. Sen. Tom Kerr disagreed": the name ends with its sentence
                String own = Names.beforeSentenceBreak(subj);
                raw.add(new Agent(block, m.start(), m.start("subj") + own.length(), own, false));
            }
        });
        AttributionShape.SOURCE.find(s, verbs, candidates, add);
        AttributionShape.APPOSITIVE.find(s, verbs, candidates, m -> {
            if (passive(s, m)) {
                return;
            }
            // "James Jeffrey, U.S. envoy for ... State, said": the name, not the appositive's end;
            // "Morrison, Vindman's superior, said": a surname alone, of a person named in full before.
            String name = cleanAt(s, m.start("subj"), m.group("subj"));
            if (Names.isPerson(name) || isSurnameOfPerson(name, people) || describedSurname(s, m, name, masked)) {
                int end = m.end();
                raw.removeIf(a -> a.block() == block && a.end() == end);
                raw.add(new Agent(block, m.start(), end, m.group("subj"), true));
            }
        });
        AttributionShape.DESCRIBED_APPOSITIVE.find(s, verbs, candidates, m -> {
            if (passive(s, m)) {
                return;
            }
            // "the official, who spoke on condition of anonymity, said": the official
            int end = m.end();
            raw.removeIf(a -> a.block() == block && a.end() == end);
            raw.add(new Agent(block, m.start(), end, m.group("subj"), false));
        });
    }

    /**
     * Whether a match's verb, its last word, is in the passive: after a form of "be" ({@code Jones
     * was told by his manager}, {@code the government has been accused of}), where the subject is
     * who was spoken to or of, never who spoke. (No "-ing" form is a verb of speech here, so none
     * after "was" is read as one.)
     */
    private static boolean passive(String s, Matcher m) {
        int verb = m.end();
        while (verb > m.start() && Character.isLetter(s.charAt(verb - 1))) {
            verb--;
        }
        return BE.contains(wordBefore(s, verb).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether what stands before a name in its sentence leaves the name its subject: nothing, or a
     * short opening phrase set off by a comma ({@code Later,}, {@code In a tweet on Sunday,}).
     */
    private static boolean opensSentence(String before) {
        return before.isBlank() || OPENING_PHRASE.matcher(before).matches();
    }

    /** Where an office's name opens when one ends right before {@code subj} ("Speaker of "), or -1. */
    private static int officeBefore(String s, int subj) {
        int from = Math.max(0, subj - 40);
        Matcher m = OFFICE_BEFORE.matcher(s).region(from, subj);
        return m.find() ? m.start() : -1;
    }

    /**
     * Whether a {@link AttributionShape#SUBJECT_VERB} match's subject is the end of a clause about
     * the real subject, not the subject: words after a lower-case word and before a comma
     * ({@code speaking in Philadelphia, said}, {@code Cruz, who won the Iowa caucuses, told}), or a
     * "the" phrase after a preposition ({@code two people briefed on the talks said}). Not so a
     * title and a name ({@code ambassador to Britain Liu Xiaming has said}); one capitalised word
     * after "of" ends the name of an office or institution ({@code Bank of America said}, {@code the
     * Secretary of State said}), not a person's. Nor is a subject after a
     * sentence break ({@code a fangirl scorned. Big Machine has denied}).
     */
    private static boolean endsAClauseBefore(String s, Matcher m) {
        String subj = m.group("subj");
        if (!Names.afterSentenceBreak(subj).equals(subj.strip())) {
            return false;
        }
        String before = wordBefore(s, m.start("subj"));
        int comma = s.indexOf(',', m.end("subj"));
        boolean clauseEnd = comma >= 0 && comma < m.end() && !before.isEmpty()
                && Character.isLowerCase(before.charAt(0));
        boolean nameEnd = before.equals("of") && subj.indexOf(' ') < 0 && Character.isUpperCase(subj.charAt(0));
        return clauseEnd || nameEnd || PREPOSITIONS.contains(before) && AttributionShape.articleAt(s, m.start("subj"));
    }

    /**
     * Whether an appositive's subject is one capitalised word straight after a quotation's closing
     * mark, described by a role that opens with an article ({@code ," Schumer, the minority leader,
     * said}) or by a clause on a person ({@code ," Trump, who has denied wrongdoing, tweeted}), or
     * one opening its sentence with a clause only a person is the subject of ({@code Trump,
     * speaking to reporters, said}) that the article capitalises inside a sentence too: a surname
     * in the place an attribution's subject takes, even when the article never names the person
     * in full. Elsewhere one word before a comma is no evidence of anyone ({@code Still, the
     * senator, speaking Monday, said}).
     */
    private static boolean describedSurname(String s, Matcher m, String name, List<String> article) {
        if (name == null || name.indexOf(' ') >= 0 || !name.equals(m.group("subj"))) {
            return false;
        }
        int at = m.start("subj");
        if (closesQuotation(s, at)) {
            return DESCRIBED_ROLE.matcher(s).region(m.end("subj"), s.length()).lookingAt();
        }
        // "Trump, speaking to reporters, said": opening its sentence, with a clause only a person
        // is the subject of, and a name the article capitalises mid-sentence too ("Voters, speaking
        // in Philadelphia, said" is no one's name)
        return s.substring(sentenceStart(s, at), at).isBlank()
                && PERSON_CLAUSE.matcher(s).region(m.end("subj"), s.length()).lookingAt()
                && properNoun(name, article);
    }

    /**
     * Whether the article prints {@code word} capitalised inside a sentence somewhere, where only a
     * name would be, and never in lower case.
     */
    private static boolean properNoun(String word, List<String> article) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        boolean inside = false;
        for (String p : article) {
            if (wordAt(p, lower) >= 0) {
                return false;
            }
            for (int i = wordAt(p, word); i >= 0 && !inside; i = wordAt(p, word, i + 1)) {
                int before = i - 1;
                while (before >= 0 && QuoteScanner.isSpace(p.charAt(before))) {
                    before--;
                }
                inside = before >= 0 && before < i - 1 && ".!?\"“”".indexOf(p.charAt(before)) < 0;
            }
        }
        return inside;
    }

    /** Where {@code word} stands as a whole word in {@code p} from {@code from}, or -1. */
    private static int wordAt(String p, String word, int from) {
        for (int i = p.indexOf(word, from); i >= 0; i = p.indexOf(word, i + 1)) {
            int end = i + word.length();
            if ((i == 0 || !Character.isLetter(p.charAt(i - 1))) && (end == p.length() || !Character.isLetter(p.charAt(end)))) {
                return i;
            }
        }
        return -1;
    }

    private static int wordAt(String p, String word) {
        return wordAt(p, word, 0);
    }

    /** Whether white space, a comma and a closing double mark, or a mark and a comma, stand just before {@code i}. */
    private static boolean closesQuotation(String s, int i) {
        int j = i - 1;
        while (j >= 0 && QuoteScanner.isSpace(s.charAt(j))) {
            j--;
        }
        boolean mark = false;
        while (j >= 0 && (s.charAt(j) == ',' || QuoteScanner.isDouble(s.charAt(j)))) {
            mark |= QuoteScanner.isDouble(s.charAt(j));
            j--;
        }
        return mark;
    }

    /**
     * Whether {@code name} is one word, the surname of someone the article names in full and shows
     * to be a person: a single capitalised word before a comma is otherwise no evidence of anyone
     * ("However, the minister said").
     */
    private static boolean isSurnameOfPerson(String name, People people) {
        if (name == null || name.indexOf(' ') >= 0) {
            return false;
        }
        String full = fullName(name, people.names());
        return !full.equals(name) && (Names.isPerson(full) || people.evident().contains(full));
    }

    private static String resolveName(String s, Agent a, List<Agent> before, People people) {
        String subj = Names.afterSentenceBreak(a.name()); // "Syria. He said": the pronoun
        if (PRONOUN_ONLY.matcher(subj).matches()) {
            String p = subj.toLowerCase(java.util.Locale.ROOT);
            if (p.equals("he") || p.equals("she")) {
                return personFor(p.equals("she") ? Names.Gender.FEMALE : Names.Gender.MALE, a, before, people);
            }
            for (int i = before.size() - 1; i >= 0; i--) {
                if (!before.get(i).person()) {
                    return before.get(i).name();
                }
            }
            return null;
        }
        String name = cleanAt(s, s.indexOf(subj, a.start()), subj);
        if (name == null || Names.isFirstPerson(name)) {
            return null; // "said I": the writer, whom no quotation is credited to
        }
        String full = fullName(name, people.names());
        if (full.equals(name)) {
            // "the State Department" after "the US State Department": the fuller name given before.
            full = fullName(name, before.stream().map(Agent::name).filter(java.util.Objects::nonNull).toList());
        }
        if (full.equals(name)) {
            String office = Names.officeOf(name);
            String holder = officeHolder(office, a, people);
            Names.Gender described = holder == null ? Names.epithet(subj) : null;
            if (described != null && (office == null
                    || people.offices().values().stream().noneMatch(held -> held.contains(office)))) {
                // "the Kentucky Republican": the person just named, when only one may be meant; only
                // among those the text shows to be people, never any two capitalised words. Not
                // when the text titles people with that office: then the title decides, as above.
                holder = personFor(described, a, people, knownPeople(before, people));
            }
            return holder != null ? holder : full;
        }
        return full;
    }

    /**
     * The one person named before {@code a} whom a title gives {@code office} ("the senator" after
     * "Sen. Tom Reyes"), or null: when no one or more than one person holds it, the role is
     * left as it is printed rather than guessed.
     */
    private static String officeHolder(String office, Agent a, People people) {
        if (office == null) {
            return null;
        }
        String holder = null;
        List<Mention> ms = people.mentions();
        for (int i = lastBefore(ms, a); i >= 0; i--) {
            String name = ms.get(i).name();
            if (people.offices().getOrDefault(name, Set.of()).contains(office) && !name.equals(holder)) {
                if (holder != null) {
                    return null; // two people it could be
                }
                holder = name;
            }
        }
        return holder;
    }

    /**
     * The person "he" or "she" at {@code a} stands for: the nearest one named before it (in its
     * paragraph or the few before) whom the text does not give the other gender. People the text
     * has already quoted, given a gender or shown to be people come first; any other two capitalised words ("Northeastern
     * Syria") only when there is none. When the nearest one's gender is unknown and another such
     * person is named in the same paragraph before them, the pronoun is unclear and no one is chosen.
     */
    private static String personFor(Names.Gender gender, Agent a, List<Agent> before, People people) {
        String strong = personFor(gender, a, people, knownPeople(before, people));
        return strong != null ? strong : personFor(gender, a, people, n -> true);
    }

    /** Names the text shows are people's: already quoted, given a gender, or evidently a person. */
    private static Predicate<String> knownPeople(List<Agent> before, People people) {
        Set<String> speakers = new HashSet<>();
        for (Agent b : before) {
            if (b.person() && b.quoting()) {
                speakers.add(b.name());
            }
        }
        return n -> speakers.contains(n) || people.genders().containsKey(n) || people.evident().contains(n);
    }

    private static String personFor(Names.Gender gender, Agent a, People people, Predicate<String> eligible) {
        // A description that gives no gender ("the Republican") excludes no one.
        Names.Gender other = gender == Names.Gender.FEMALE ? Names.Gender.MALE
                : gender == Names.Gender.MALE ? Names.Gender.FEMALE : null;
        List<Mention> ms = people.mentions();
        String candidate = null;
        int candidateBlock = -1;
        int candidateSentence = -1;
        for (int i = lastBefore(ms, a); i >= 0; i--) {
            Mention m = ms.get(i);
            if (a.block() - m.block() > PRONOUN_REACH || candidate != null && m.block() != candidateBlock) {
                break;
            }
            Names.Gender g = people.genders().getOrDefault(m.name(), Names.Gender.UNKNOWN);
            if (g == other || m.name().equals(candidate) || !eligible.test(m.name())) {
                continue;
            }
            if (candidate != null) {
                // Two people it could be: the sentence's subject when the pronoun's gender is
                // hers or his ("Clinton campaigned with Sen. Sherrod Brown. "…," she said"), else
                // no one, as the text says of neither which
                boolean subject = g == gender && gender != Names.Gender.UNKNOWN && m.opens()
                        && m.sentence() == candidateSentence;
                return subject ? m.name() : null;
            }
            if (g == gender && gender != Names.Gender.UNKNOWN) {
                return subjectOf(m, i, gender, people, eligible);
            }
            candidate = m.name();
            candidateBlock = m.block();
            candidateSentence = m.sentence();
        }
        return candidate;
    }

    /**
     * The person a pronoun stands for when {@code m} (mention {@code at}) is the nearest one it
     * may: {@code m} itself, unless its sentence names another person the pronoun may stand for
     * before it. Then the sentence's subject, the person who opens it ({@code Trump attacked Rep.
     * Adam Schiff. "…," he said} is Trump), or no one when neither opens it.
     */
    private static String subjectOf(Mention m, int at, Names.Gender gender, People people, Predicate<String> eligible) {
        Names.Gender other = gender == Names.Gender.FEMALE ? Names.Gender.MALE : Names.Gender.FEMALE;
        Mention first = m;
        for (int i = at - 1; i >= 0; i--) {
            Mention e = people.mentions().get(i);
            if (e.block() != m.block() || e.sentence() != m.sentence()) {
                break;
            }
            if (!e.name().equals(m.name()) && eligible.test(e.name())
                    && people.genders().getOrDefault(e.name(), Names.Gender.UNKNOWN) != other) {
                first = e;
            }
        }
        if (first == m) {
            return m.name();
        }
        return first.opens() ? first.name() : null;
    }

    /** The index of the last mention before {@code a} (mentions are in reading order), or -1. */
    private static int lastBefore(List<Mention> ms, Agent a) {
        return lastBefore(ms, a.block(), a.start());
    }

    /** The index of the last mention before position {@code pos} of paragraph {@code block}, or -1. */
    private static int lastBefore(List<Mention> ms, int block, int pos) {
        int lo = 0;
        int hi = ms.size(); // the first mention at or after pos
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            Mention m = ms.get(mid);
            if (m.block() < block || m.block() == block && m.pos() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** The first longer person name in the article that ends with {@code name} ("Jeffrey" → "James Jeffrey"). */
    private static String fullName(String name, List<String> people) {
        String surname = " " + name; // made once, not once per person
        for (String p : people) {
            if (p.length() > name.length() && p.endsWith(surname)) {
                return p;
            }
        }
        return name;
    }

    /**
     * Cleans a name found at {@code start}. A run straight after "for", "of" or "in" (perhaps with
     * "the") begins with the end of a title ("envoy for Syria James Jeffrey", "Speaker of the House
     * Nancy Pelosi"), so its first word is dropped; unless a described role ends there ("a
     * spokesman for House Speaker Nancy Pelosi"), which is who spoke, kept as printed.
     */
    private static String cleanAt(String s, int start, String raw) {
        String before = s.substring(Math.max(0, start - 40), start);
        Matcher role = ROLE_FOR.matcher(before);
        if (role.find()) {
            return Names.clean(before.substring(role.start()) + raw);
        }
        String r = raw;
        String[] words = SPACES.split(r);
        if (words.length >= 3 && TITLE_PREPOSITION.matcher(before).find()) {
            r = r.substring(words[0].length()).strip();
        }
        return Names.clean(r);
    }

    /** The parts of a description between a closing mark and the person it describes. */
    private static final class Description {
        /** Punctuation and white space after the closing mark, perhaps an article. */
        static final String OPENING = "[\\s\\p{P}]*(?:(?:the|a|an)\\s+)?";
        /** A word that would make no clause of its own. */
        static final String WORD = "(?!(?:on|in|at|by|to|of|for|with|from|about|after|before|during|the|a|an|that"
                + "|this|these|those|last|earlier|later|also|then|again|but|or|nor|who|whom|whose|which|as|when"
                + "|while|where|if|so|because|not|was|were|is|are|be|been|being|has|had|have|will|would|could"
                + "|should|can|may|might|must|did|does|do|said|says|told|tells|asked|added)\\b)\\p{L}[\\p{L}’'-]*";

        private Description() {
        }
    }
}
