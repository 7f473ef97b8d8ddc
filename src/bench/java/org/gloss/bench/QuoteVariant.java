package org.gloss.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The ways outlets reprint the same quotation, as the matcher meets them in real copy: word for
 * word, with other punctuation, American spelling, a one-letter typo, only a part, split around
 * the attribution, with words cut out behind an ellipsis, with an editor's bracket, attributed by
 * a pronoun in the paragraph after the speaker is introduced, running over two paragraphs, as an
 * excerpt of its later part (overlapping other outlets' excerpts), or in an embedded tweet.
 */
enum QuoteVariant {
    EXACT, PUNCTUATION, SPELLING, TYPO, PARTIAL, SPLIT, ELLIPSIS, BRACKETS, PRONOUN, RUN_ON, LATER_PART, TWEET;

    /** The paragraph that prints {@code s} this way, naming the speaker with their role. */
    String paragraph(Statement s, Random random) {
        String text = s.text();
        String[] words = text.split(" ");
        String who = s.speaker() + ", " + s.role() + ",";
        return switch (this) {
            case EXACT -> "\"" + text + ",\" " + who + " said.";
            case PUNCTUATION -> "“" + text.replaceFirst(" and ", ", and ") + "”, " + who + " told reporters.";
            case SPELLING -> "\"" + americanise(text, random) + ",\" " + who + " said.";
            case TYPO -> "\"" + typo(words, random) + ",\" said " + s.speaker() + ", " + s.role() + ".";
            case PARTIAL -> s.speaker() + ", " + s.role() + ", said the situation showed \"" + span(words, random) + "\".";
            case SPLIT -> {
                int cut = words.length / 2;
                yield "\"" + join(words, 0, cut) + ",\" " + who + " said, \"" + join(words, cut, words.length) + ".\"";
            }
            case ELLIPSIS -> {
                int from = words.length / 3;
                int to = from + Math.max(2, words.length / 4);
                yield s.speaker() + ", " + s.role() + ", said: \"" + join(words, 0, from) + " ... "
                        + join(words, to, words.length) + ".\"";
            }
            case BRACKETS -> {
                // The editor names what a word stood for: "[the council]" for "we", in place.
                int at = 1 + random.nextInt(Math.max(1, words.length - 3));
                yield "\"" + join(words, 0, at) + " [the " + s.role().replaceFirst("^(the|an?) ", "") + "] "
                        + join(words, at + 1, words.length) + ",\" " + who + " said.";
            }
            case PRONOUN -> s.speaker() + ", " + s.role() + ", spoke to reporters after the meeting. "
                    + "Asked about the talks, " + WordLists.pronoun(s.firstName()) + " did not hesitate.\n\n\""
                    + text + ",\" " + WordLists.pronoun(s.firstName()) + " said.";
            case RUN_ON -> {
                int cut = words.length / 2;
                yield s.speaker() + ", " + s.role() + ", said in a statement: \"" + join(words, 0, cut) + ".\n\n\""
                        + join(words, cut, words.length) + ".\"";
            }
            case LATER_PART -> s.speaker() + ", " + s.role() + ", added: \"" + join(words, words.length / 3,
                    words.length) + ".\"";
            case TWEET -> s.speaker() + ", " + s.role() + ", wrote on social media:\n\n> \"" + text + "\" pic.twitter.com/"
                    + Integer.toString(Math.abs(text.hashCode()), 36) + " — " + s.speaker() + " (@"
                    + s.speaker().replace(" ", "").toLowerCase(java.util.Locale.ROOT) + ") March "
                    + (1 + random.nextInt(28)) + ", 2020";
        };
    }

    private static String americanise(String text, Random random) {
        String american = text;
        for (String[] pair : WordLists.SPELLINGS) {
            american = american.replace(pair[0], pair[1]);
        }
        return american.equals(text) ? typo(text.split(" "), random) : american;
    }

    private static String typo(String[] words, Random random) {
        String[] out = words.clone();
        for (int tries = 0; tries < words.length; tries++) {
            int i = random.nextInt(words.length);
            if (out[i].length() >= 5) {
                char[] c = out[i].toCharArray();
                int at = 1 + random.nextInt(c.length - 2);
                char t = c[at];
                c[at] = c[at + 1];
                c[at + 1] = t;
                out[i] = new String(c);
                break;
            }
        }
        return String.join(" ", out);
    }

    private static String span(String[] words, Random random) {
        int length = Math.min(words.length, 6 + random.nextInt(4));
        int from = random.nextInt(words.length - length + 1);
        return join(words, from, from + length);
    }

    private static String join(String[] words, int from, int to) {
        return String.join(" ", Arrays.asList(words).subList(from, to));
    }

    public static final List<QuoteVariant> ALL = List.of(values());
}
