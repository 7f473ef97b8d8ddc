package org.gloss.features.quotations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gloss.analyze.MatchKey;

/**
 * Measures how closely two quotations say the same thing in different words (as rewritten copies
 * of wire stories do: {@code It has to be stopped} / {@code It must stop}): the Dice overlap of
 * their word stems, with the common ways of saying "must" made one.
 */
final class Rewording {

    private static final Set<String> STOPWORDS = Set.of("the", "a", "an", "of", "to", "in", "on", "and", "or",
            "is", "are", "was", "were", "be", "been", "being", "it", "its", "that", "this", "these", "those", "we",
            "i", "you", "he", "she", "they", "them", "our", "their", "his", "her", "for", "with", "at", "by", "as",
            "but", "so", "from", "there", "which", "who", "what", "all", "any", "some", "do", "does", "did", "not");
    private static final Set<String> OBLIGATION = Set.of("has", "have", "had", "need", "needs", "needed", "got");

    private Rewording() {
    }

    /** Stems of every word, with "has to", "needs to" and the like as "must". */
    static List<String> stems(MatchKey key) {
        List<String> w = key.plainWords();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (OBLIGATION.contains(w.get(i)) && i + 1 < w.size() && w.get(i + 1).equals("to")) {
                out.add("must");
                i++;
            } else {
                out.add(stem(w.get(i)));
            }
        }
        return out;
    }

    /** The stems that carry meaning (no function words). */
    static Set<String> contentStems(List<String> stems) {
        Set<String> out = new HashSet<>(stems);
        out.removeAll(STOPWORDS);
        return out;
    }

    /** Dice coefficient of the two stem sets, in [0, 1]. */
    static double score(List<String> a, List<String> b) {
        return score(new HashSet<>(a), new HashSet<>(b));
    }

    /** Dice coefficient of two sets of stems, in [0, 1]. */
    static double score(Set<String> x, Set<String> y) {
        return score(x.stream().sorted().toArray(String[]::new), y.stream().sorted().toArray(String[]::new));
    }

    /** Dice coefficient of two sets of stems, each distinct and sorted, in [0, 1]. */
    static double score(String[] x, String[] y) {
        if (x.length == 0 || y.length == 0) {
            return 0;
        }
        return 2.0 * common(x, y) / (x.length + y.length);
    }

    /** Dice coefficient of two sets of stems, each distinct, sorted and packed ({@link PackedWords}), in [0, 1]. */
    static double score(String x, String y) {
        int nx = PackedWords.count(x);
        int ny = PackedWords.count(y);
        if (nx == 0 || ny == 0) {
            return 0;
        }
        return 2.0 * PackedWords.common(x, y) / (nx + ny);
    }

    /** How many stems two distinct, sorted arrays share. */
    static int common(String[] x, String[] y) {
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            int c = x[i].compareTo(y[j]);
            if (c < 0) {
                i++;
            } else if (c > 0) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }

    /** A light suffix-stripping stem: stopped → stop, ousting → oust, policies → policy. */
    static String stem(String w) {
        String s = w.replace("'", "");
        if (s.length() > 4 && s.endsWith("ies")) {
            return s.substring(0, s.length() - 3) + "y";
        }
        for (String suffix : new String[] {"ing", "ed", "es", "s", "ly"}) {
            if (s.length() > suffix.length() + 2 && s.endsWith(suffix) && !s.endsWith("ss")) {
                s = s.substring(0, s.length() - suffix.length());
                break;
            }
        }
        int n = s.length();
        if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "aeiouls".indexOf(s.charAt(n - 1)) < 0) {
            s = s.substring(0, n - 1); // stopp → stop
        }
        return s;
    }
}
