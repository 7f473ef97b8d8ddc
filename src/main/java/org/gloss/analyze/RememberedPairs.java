package org.gloss.analyze;

import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link PairFinder} that remembers, for the next build, the score of every pair of items
 * compared in this one, and gives the pairs compared last time with their scores instead of
 * comparing them again. An item is known across builds by its article's analysis key (a digest
 * of everything the article's findings were made from) and its place among that article's items:
 * a comparison's score depends on its two items alone ({@link PairCandidates.PairScore}), so a
 * pair of items whose articles are both unchanged scores as it did. After one edit, only the
 * edited article's pairs are compared again. The candidate pairs are remembered too, with the
 * common grams' counts and representatives ({@link CandidateState}), and brought up to date from
 * the changed articles' items and the grams they touch ({@link CandidateUpdate}) rather than found
 * by indexing every item again: exactly the pairs a fresh index gives, so the link is the same as
 * a fresh one's, pair for pair.
 * Comparisons named by {@link ItemGrams}; pairs asked for without item identities are found
 * as {@link PairFinder#LOCAL} finds them and not remembered.
 */
public final class RememberedPairs implements PairFinder {

    /**
     * What one link compared, kept for the next: the articles' analysis keys in order, each
     * comparison, and each comparison's candidate pairs with what updating them needs.
     */
    public record Scores(List<byte[]> articles, List<Comparison> comparisons, List<Candidates> candidates) {

        /** Nothing remembered. */
        public static final Scores NONE = new Scores(List.of(), List.of(), List.of());

        public Scores {
            articles = List.copyOf(articles);
            comparisons = List.copyOf(comparisons);
            candidates = List.copyOf(candidates);
        }

        /** Scores without candidate pairs: the next link finds its pairs afresh. */
        public Scores(List<byte[]> articles, List<Comparison> comparisons) {
            this(articles, comparisons, List.of());
        }
    }

    /**
     * One comparison's candidate pairs and common grams ({@link CandidateState}), items numbered
     * through the articles ({@code perArticle} of each), found with {@code limits} and
     * {@code minShared}: what lets the next link update them rather than index every item again.
     */
    public record Candidates(String name, int[] perArticle, KeyLimits limits, int minShared, CandidateState state) {
    }

    /**
     * One comparison's compared pairs: items numbered through the articles ({@code perArticle}
     * of each), each pair as {@code i << 32 | j} with {@code i < j}, ascending, and its score
     * (0: no match).
     */
    public record Comparison(String name, int[] perArticle, long[] pairs, double[] scores) {
    }

    private final List<byte[]> articles;
    private final Map<ByteBuffer, Integer> before = new HashMap<>();
    private final Map<String, Comparison> previous = new HashMap<>();
    private final Map<String, Candidates> previousCandidates = new HashMap<>();
    /** Each comparison of this link, by name, with every pair's score as it becomes known. */
    private final Map<String, Made> made = new LinkedHashMap<>();
    /** Each comparison's candidate pairs, by name, for the next link. */
    private final Map<String, Candidates> candidatesMade = new LinkedHashMap<>();
    /** The comparisons whose candidate pairs were updated from the last link's rather than found afresh. */
    private final List<String> updated = new ArrayList<>();

    /**
     * A finder for a link of the articles whose analysis keys are {@code articles} (in article
     * order), remembering {@code previous} (another link's scores, or {@link Scores#NONE}).
     */
    public RememberedPairs(List<byte[]> articles, Scores previous) {
        this.articles = List.copyOf(articles);
        for (int k = 0; k < previous.articles().size(); k++) {
            before.put(ByteBuffer.wrap(previous.articles().get(k)), k);
        }
        for (Comparison c : previous.comparisons()) {
            if (c.perArticle().length == previous.articles().size() && c.pairs().length == c.scores().length
                    && ascending(c.pairs())) {
                this.previous.put(c.name(), c);
            }
        }
        for (Candidates c : previous.candidates()) {
            if (c.perArticle().length == previous.articles().size() && c.state() != null) {
                previousCandidates.put(c.name(), c);
            }
        }
    }

    @Override
    public PairCandidates pairs(List<long[]> itemGrams, KeyLimits limits, int minShared) {
        return LOCAL.pairs(itemGrams, limits, minShared);
    }

    @Override
    public synchronized PairCandidates pairs(ItemGrams items, KeyLimits limits, int minShared) {
        if (items.perArticle().length != articles.size() || made.containsKey(items.comparison())) {
            // Not numbered by these articles, or named twice: nothing to know them by.
            return LOCAL.pairs(items.grams(), limits, minShared);
        }
        Made now = new Made(items.perArticle(), new LongArrayList(), new DoubleArrayList());
        made.put(items.comparison(), now);
        CandidateState state = candidates(items, limits, minShared);
        candidatesMade.put(items.comparison(), new Candidates(items.comparison(), items.perArticle(), limits, minShared, state));
        long[] was = previousNumbers(items, previous.get(items.comparison()) == null ? null
                : previous.get(items.comparison()).perArticle());
        Comparison scored = previous.get(items.comparison());
        // Packed as the fresh pairs are (PairList): on a cold build every candidate pair is unknown.
        LongArrayList unknown = new LongArrayList();
        List<PairCandidates.Match> known = new ArrayList<>();
        for (long p : state.pairs()) {
            int p0 = UpdatableNgramIndex.first(p);
            int p1 = UpdatableNgramIndex.second(p);
            long i = was[p0];
            long j = was[p1];
            long key = i < 0 || j < 0 ? -1 : UpdatableNgramIndex.pair((int) i, (int) j);
            int at = key < 0 ? -1 : Arrays.binarySearch(scored.pairs(), key);
            if (at >= 0) {
                double score = scored.scores()[at];
                now.add(p0, p1, score);
                if (score > 0) {
                    known.add(new PairCandidates.Match(p0, p1, score));
                }
            } else {
                unknown.add(p);
            }
        }
        return new PairCandidates(PairList.of(unknown), known, now::add);
    }

    /**
     * The candidate pairs of {@code items} with what the next link needs: the last link's brought
     * up to date when it was made the same way ({@link CandidateUpdate}), else found afresh.
     */
    private CandidateState candidates(ItemGrams items, KeyLimits limits, int minShared) {
        Candidates before = previousCandidates.get(items.comparison());
        if (before != null && limits.equals(before.limits()) && minShared == before.minShared()) {
            long[] was = previousNumbers(items, before.perArticle());
            CandidateState updated = CandidateUpdate.update(before.state(), Arrays.stream(before.perArticle()).sum(),
                    was, items.grams(), limits, minShared);
            if (updated != null) {
                this.updated.add(items.comparison());
                return updated;
            }
        }
        NgramIndex index = new NgramIndex(limits);
        items.grams().forEach(index::add);
        return index.state(minShared);
    }

    /**
     * The comparisons whose candidate pairs this link updated from the last link's, in the order
     * asked; the others were found by indexing every item afresh.
     */
    public synchronized List<String> updated() {
        return List.copyOf(updated);
    }

    /** What this link compared, to be remembered by the next: every named comparison's pairs and scores. */
    public synchronized Scores scores() {
        List<Comparison> out = new ArrayList<>();
        made.forEach((name, m) -> out.add(m.sorted(name)));
        return new Scores(articles, out, List.copyOf(candidatesMade.values()));
    }

    /**
     * Each item's number among the remembered items of the same comparison ({@code perArticle} of
     * each remembered article; null: none remembered), or -1: an item keeps its number when its
     * article's key is remembered with as many items.
     */
    private long[] previousNumbers(ItemGrams items, int[] perArticle) {
        long[] was = new long[items.grams().size()];
        Arrays.fill(was, -1);
        if (perArticle == null) {
            return was;
        }
        long[] start = new long[perArticle.length];
        for (int k = 1; k < start.length; k++) {
            start[k] = start[k - 1] + perArticle[k - 1];
        }
        int item = 0;
        for (int k = 0; k < articles.size(); k++) {
            int n = items.perArticle()[k];
            Integer old = before.get(ByteBuffer.wrap(articles.get(k)));
            if (old != null && perArticle[old] == n) {
                for (int t = 0; t < n; t++) {
                    was[item + t] = start[old] + t;
                }
            }
            item += n;
        }
        return was;
    }

    /** Whether {@code pairs} ascend strictly, as remembered pairs are looked up by binary search. */
    private static boolean ascending(long[] pairs) {
        for (int k = 1; k < pairs.length; k++) {
            if (pairs[k - 1] >= pairs[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * One comparison of this link: its items by article, and each pair's score as it becomes
     * known, in arrays rather than a map (at 10,000 articles about 1.4 million pairs, half the
     * memory of a hash map).
     */
    private record Made(int[] perArticle, LongArrayList pairs, DoubleArrayList scores) {

        void add(int i, int j, double score) {
            pairs.add(UpdatableNgramIndex.pair(i, j));
            scores.add(score);
        }

        /** The comparison as remembered: pairs ascending, each once. */
        Comparison sorted(String name) {
            long[] p = pairs.toLongArray();
            double[] s = scores.toDoubleArray();
            it.unimi.dsi.fastutil.Arrays.quickSort(0, p.length, (a, b) -> Long.compare(p[a], p[b]), (a, b) -> {
                long tp = p[a];
                p[a] = p[b];
                p[b] = tp;
                double ts = s[a];
                s[a] = s[b];
                s[b] = ts;
            });
            int n = 0;
            for (int k = 0; k < p.length; k++) {
                if (n > 0 && p[n - 1] == p[k]) {
                    s[n - 1] = s[k]; // compared twice: the later score stands, as a map would keep it
                } else {
                    p[n] = p[k];
                    s[n++] = s[k];
                }
            }
            return new Comparison(name, perArticle, Arrays.copyOf(p, n), Arrays.copyOf(s, n));
        }
    }
}
