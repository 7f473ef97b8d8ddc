package org.gloss.features.quotations;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.gloss.analyze.MatchKey;

/**
 * Smith–Waterman local alignment of two {@link MatchKey}s on words: the best-matching stretch of
 * each, tolerant of one-letter typos, of a {@link MatchKey#GAP} that skips any number of words and
 * of a {@link MatchKey#WILD} (an editor's bracket) that may pass over up to four words of the other
 * printing. A bracket stands only for the words it replaces: it costs nothing, but neither it nor
 * the words it passes over count as shared, so a bracketed printing links only where its own words
 * match (one bracket had joined eleven unrelated quotations by standing for any four words).
 */
final class TokenAligner {

    private static final double EXACT = 2;
    private static final double FUZZY = 1.5;
    private static final double MISMATCH = -1;
    private static final double SKIP = -1;
    private static final int WILD_SPAN = 4;

    /**
     * The best local alignment: its score, how many words of each side it covers, and where its
     * stretch begins and ends in each side's tokens ({@code startA} inclusive, {@code endA}
     * exclusive; 0 and 0 when nothing aligned).
     */
    record Alignment(double score, int coveredA, int coveredB, int startA, int endA, int startB, int endB) {

        /**
         * Whether the stretch runs from within {@code slack} tokens of one side's start to within
         * {@code slack} of the other's end: the two printings overlap, each going on where the
         * other stops (words 1–20 and 10–30 of one statement), rather than one holding the other.
         */
        boolean dovetails(int tokensA, int tokensB, int slack) {
            boolean aThenB = tokensA - endA <= slack && startB <= slack;
            boolean bThenA = tokensB - endB <= slack && startA <= slack;
            return coveredA > 0 && (aThenB || bThenA);
        }
    }

    /** The alignment of two keys' words, with a vocabulary of their own (one pair; a link shares one). */
    Alignment align(MatchKey a, MatchKey b) {
        Vocabulary vocabulary = new Vocabulary();
        return align(Words.of(a, vocabulary), Words.of(b, vocabulary));
    }

    /** The alignment of two keys' words, both made with one {@link Vocabulary}. */
    Alignment align(Words x, Words y) {
        if (Arrays.equals(x.id, y.id)) {
            int w = x.words;
            int t = x.size();
            return new Alignment(EXACT * w, w, w, 0, t, 0, t); // the common case: the same printing
        }
        return table(x, y);
    }

    /**
     * The table of every word against every word, as in the textbook recurrence (kept in
     * {@code ReferenceTokenAligner} in the tests, which pin this to it), made cheap because linking a
     * corpus fills millions of cells: scores are kept doubled as ints (every score is a multiple of
     * one half), only the last {@link #WILD_SPAN} + 1 rows are kept (no cell looks further back),
     * and words are compared by their ids in one {@link Vocabulary} (equal words, equal ids), and
     * by length and letter set before their characters when looking for a typo.
     */
    private static Alignment table(Words x, Words y) {
        int m = x.size();
        int n = y.size();
        int w = n + 1;
        int rows = WILD_SPAN + 1;
        int[] h = new int[rows * w];
        // The words each path covers, both sides in one long (A's count in the high half), so a
        // cell copies one value where it would copy two.
        long[] cov = new long[rows * w];
        // Where the path ending in each cell began (its first matched pair), packed as i * (n + 1) + j.
        int[] from = new int[rows * w];
        int best = 0;
        int bestI = 0;
        int bestJ = 0;
        long bestCov = 0;
        int bestFrom = 0;
        // The other side's arrays in locals: the inner loop reads them for every cell.
        int[] idsT = y.id;
        int[] lengthsT = y.length;
        long[] lettersT = y.letters;
        for (int i = 1; i <= m; i++) {
            int row = (i % rows) * w;
            int up = ((i - 1) % rows) * w;
            int idS = x.id[i - 1];
            int lengthS = x.length[i - 1];
            long lettersS = x.letters[i - 1];
            for (int j = 1; j <= n; j++) {
                int idT = idsT[j - 1];
                int cell = row + j;
                int score = 0;
                long covered = 0;
                int start = (i - 1) * w + (j - 1); // a path that begins here
                if (idS == GAP_TOKEN || idT == GAP_TOKEN) {
                    // An ellipsis swallows words of the other side (or nothing) at no cost.
                    for (int k = 0; k < 3; k++) {
                        int f = k == 0 ? up + j : k == 1 ? cell - 1 : up + j - 1;
                        if (h[f] > score) {
                            score = h[f];
                            covered = cov[f];
                            start = from[f];
                        }
                    }
                } else {
                    if (idS == WILD_TOKEN && idT != WILD_TOKEN) {
                        // The bracket passes over up to WILD_SPAN words of the other side, at no cost and covering nothing.
                        for (int k = 0; k <= WILD_SPAN && j - k >= 0; k++) {
                            int f = up + j - k;
                            if (h[f] > score) {
                                score = h[f];
                                covered = cov[f];
                                start = from[f];
                            }
                        }
                    } else if (idT == WILD_TOKEN && idS != WILD_TOKEN) {
                        for (int k = 0; k <= WILD_SPAN && i - k >= 0; k++) {
                            int f = ((i - k) % rows) * w + j - 1;
                            if (h[f] > score) {
                                score = h[f];
                                covered = cov[f];
                                start = from[f];
                            }
                        }
                    } else {
                        int diag = up + j - 1;
                        int sim;
                        if (idS == idT) {
                            sim = EXACT2;
                        } else {
                            // One edit changes at most two of the letters a word holds: cheap tests
                            // on both words of four letters or more before their characters.
                            int lengthT = lengthsT[j - 1];
                            sim = lengthS >= 4 && lengthT >= 4 && Math.abs(lengthS - lengthT) <= 1
                                    && Long.bitCount(lettersS ^ lettersT[j - 1]) <= 2
                                    && x.oneEdit(i - 1, y, j - 1) ? FUZZY2 : MISMATCH2;
                        }
                        int v = h[diag] + sim;
                        if (v > score) {
                            score = v;
                            covered = sim > 0 ? cov[diag] + BOTH : cov[diag];
                            // A path picks up where the one before it ended, unless it begins with this pair.
                            start = h[diag] > 0 ? from[diag] : start;
                        }
                    }
                    int f = up + j;
                    if (h[f] + SKIP2 > score) {
                        score = h[f] + SKIP2;
                        covered = cov[f];
                        start = from[f];
                    }
                    f = cell - 1;
                    if (h[f] + SKIP2 > score) {
                        score = h[f] + SKIP2;
                        covered = cov[f];
                        start = from[f];
                    }
                }
                h[cell] = score;
                cov[cell] = covered;
                from[cell] = start;
                if (score > best) {
                    best = score;
                    bestI = i;
                    bestJ = j;
                    bestCov = covered;
                    bestFrom = start;
                }
            }
        }
        if (best == 0) {
            return new Alignment(0, 0, 0, 0, 0, 0, 0);
        }
        return new Alignment(best / 2.0, (int) (bestCov >>> 32), (int) bestCov, bestFrom / w, bestI, bestFrom % w,
                bestJ);
    }

    /** One more word covered on each side, in the packed counts. */
    private static final long BOTH = (1L << 32) | 1;

    /** The ids {@link Vocabulary} gives a gap and a bracket; every word's is larger. */
    private static final int GAP_TOKEN = 0;
    private static final int WILD_TOKEN = 1;
    private static final int EXACT2 = (int) (2 * EXACT);
    private static final int FUZZY2 = (int) (2 * FUZZY);
    private static final int MISMATCH2 = (int) (2 * MISMATCH);
    private static final int SKIP2 = (int) (2 * SKIP);

    /**
     * One id per distinct token, {@link #GAP_TOKEN} and {@link #WILD_TOKEN} first, so that the table
     * compares words as ints. Ids are only ever compared for equality, so the order in which
     * concurrent alignments hand them out does not matter. Keys aligned with each other must share
     * one vocabulary; it lives as long as the one link that uses it.
     */
    static final class Vocabulary {

        private final Map<String, Integer> ids = new ConcurrentHashMap<>();
        private final AtomicInteger next = new AtomicInteger(WILD_TOKEN + 1);

        Vocabulary() {
            ids.put(MatchKey.GAP, GAP_TOKEN);
            ids.put(MatchKey.WILD, WILD_TOKEN);
        }

        int id(String token) {
            Integer known = ids.get(token);
            return known != null ? known : ids.computeIfAbsent(token, t -> next.getAndIncrement());
        }
    }

    /**
     * A key's tokens with what the table compares of them worked out once: their ids (which tell a
     * gap and a bracket too), lengths and the set of characters they hold (folded into 64 bits:
     * folding only ever hides a difference, so two words it tells apart by more than two characters
     * are never one edit apart); {@code words} as {@link MatchKey#words()} counts them. The tokens'
     * characters stay in the key's {@link PackedWords} (read in place for a typo), not in a
     * {@code String} per token: a link keeps these for every printing it aligns.
     */
    static final class Words {

        private final String text;
        private final int[] start;
        private final int[] id;
        private final int[] length;
        private final long[] letters;
        private final int words;

        private Words(String text, int[] start, int[] id, int[] length, long[] letters, int words) {
            this.text = text;
            this.start = start;
            this.id = id;
            this.length = length;
            this.letters = letters;
            this.words = words;
        }

        static Words of(MatchKey key, Vocabulary vocabulary) {
            return of(PackedWords.of(key.tokens()), vocabulary);
        }

        /** The words of tokens packed as {@link PackedWords} does. */
        static Words of(String packed, Vocabulary vocabulary) {
            int n = PackedWords.count(packed);
            int[] start = new int[n];
            int[] id = new int[n];
            int[] length = new int[n];
            long[] letters = new long[n];
            int words = 0;
            int from = 0;
            for (int i = 0; i < n; i++) {
                int end = PackedWords.end(packed, from);
                start[i] = from;
                length[i] = end - from;
                id[i] = vocabulary.id(packed.substring(from, end));
                words += id[i] == GAP_TOKEN ? 0 : 1;
                long set = 0;
                for (int k = from; k < end; k++) {
                    set |= 1L << (packed.charAt(k) & 63);
                }
                letters[i] = set;
                from = end + 1;
            }
            return new Words(packed, start, id, length, letters, words);
        }

        int size() {
            return id.length;
        }

        /** Whether token {@code i} of these and token {@code j} of {@code other} are one edit apart. */
        boolean oneEdit(int i, Words other, int j) {
            return TokenAligner.oneEdit(text, start[i], length[i], other.text, other.start[j], other.length[j]);
        }
    }

    /** Exact words score most; a one-letter typo between longer words nearly as much. */
    static double similarity(String s, String t) {
        if (s.equals(t)) {
            return EXACT;
        }
        if (s.length() >= 4 && t.length() >= 4 && oneEdit(s, t)) {
            return FUZZY;
        }
        return MISMATCH;
    }

    /** Damerau–Levenshtein distance exactly one (substitution, insertion, deletion or swap). */
    static boolean oneEdit(String s, String t) {
        return oneEdit(s, 0, s.length(), t, 0, t.length());
    }

    /**
     * {@link #oneEdit(String, String)} of {@code s[sFrom, sFrom + ls)} and {@code t[tFrom, tFrom + lt)},
     * read in place.
     */
    static boolean oneEdit(String s, int sFrom, int ls, String t, int tFrom, int lt) {
        if (Math.abs(ls - lt) > 1) {
            return false;
        }
        if (ls == lt && same(s, sFrom, t, tFrom, ls)) {
            return false; // the same word: no edit
        }
        int i = 0;
        while (i < ls && i < lt && s.charAt(sFrom + i) == t.charAt(tFrom + i)) {
            i++;
        }
        if (ls == lt) {
            if (same(s, sFrom + i + 1, t, tFrom + i + 1, ls - i - 1)) {
                return true;
            }
            return i + 1 < ls && s.charAt(sFrom + i) == t.charAt(tFrom + i + 1)
                    && s.charAt(sFrom + i + 1) == t.charAt(tFrom + i)
                    && same(s, sFrom + i + 2, t, tFrom + i + 2, ls - i - 2);
        }
        return ls > lt ? same(s, sFrom + i + 1, t, tFrom + i, lt - i) : same(t, tFrom + i + 1, s, sFrom + i, ls - i);
    }

    /** Whether {@code n} characters (none when {@code n <= 0}) of {@code s} and {@code t} are the same. */
    private static boolean same(String s, int sFrom, String t, int tFrom, int n) {
        return n <= 0 || s.regionMatches(sFrom, t, tFrom, n);
    }
}
