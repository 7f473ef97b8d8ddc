package org.gloss.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Links the same quotation across articles into clusters. Candidate pairs come from an
 * {@link NgramIndex} (never all pairs) and are verified by {@link TokenAligner}: enough words
 * matched, covering most of the shorter printing, so a partial quotation joins the fuller one.
 * The same words from a different speaker are a different quotation; a short quotation links only
 * when both speakers are known and agree; one or two words (scare quotes) never link on their own.
 * Close rewordings are recorded as {@link Quote.Similarity} links between clusters, never merged.
 */
public final class QuoteMatcher {

    /** Quotations of at most this many words are scare quotes: kept, never linked. */
    static final int SCARE_WORDS = 2;
    /** Quotations shorter than this link only when both speakers are known and agree. */
    static final int SHORT_WORDS = 6;
    /** Share of the shorter printing's words the alignment must cover to count as the same. */
    static final double SAME_COVERAGE = 0.8;
    /** Least Dice overlap of all word stems for a rewording to count as similar. */
    static final double SIMILAR_SCORE = 0.5;
    /** Least share of the smaller side's meaningful stems the other must have. */
    static final double SIMILAR_OVERLAP = 0.6;
    /** A gram in more quotations than this is too common to suggest a pair. */
    static final int MAX_POSTINGS = 64;

    private final TokenAligner aligner = new TokenAligner();

    /** Returns the quotes with clusters assigned, and the clusters. */
    public Result match(List<Quote> quotes) {
        // Each key depends on one quotation alone: computed on every core, collected in order.
        return match(quotes, quotes.parallelStream().map(q -> QuoteKey.of(q.text())).toList());
    }

    /** {@link #match(List)} with each quotation's key already made ({@code keys} in the same order). */
    Result match(List<Quote> quotes, List<QuoteKey> keys) {
        // Alignments depend on one pair alone: computed on every core, collected in order, so the
        // links (and the clusters) are those of a serial run.
        List<Link> same = candidates(keys, QuoteKey::bigrams, 1).parallelStream()
                .map(p -> same(quotes, keys, p[0], p[1])).filter(l -> l != null).toList();
        int[] root = cluster(quotes, same);
        List<Link> similar = new ArrayList<>();
        for (int[] p : candidates(keys, QuoteKey::contentGrams, 2)) {
            if (find(root, p[0]) != find(root, p[1])) {
                Link l = similar(quotes, keys, p[0], p[1]);
                if (l != null) {
                    similar.add(l);
                }
            }
        }
        return assemble(quotes, keys, root, similar);
    }

    /** A verified pair of quotations and how strongly they match. */
    private record Link(int a, int b, double score) {
    }

    private static List<int[]> candidates(List<QuoteKey> keys, java.util.function.Function<QuoteKey, long[]> grams,
                                          int minShared) {
        NgramIndex index = new NgramIndex(MAX_POSTINGS);
        for (QuoteKey k : keys) {
            index.add(k.words() > SCARE_WORDS ? grams.apply(k) : new long[0]);
        }
        return index.candidatePairs(minShared);
    }

    private Link same(List<Quote> quotes, List<QuoteKey> keys, int i, int j) {
        QuoteKey a = keys.get(i);
        QuoteKey b = keys.get(j);
        int shorter = Math.min(a.words(), b.words());
        boolean sameArticle = quotes.get(i).articleId().equals(quotes.get(j).articleId());
        if (!speakersAllow(quotes.get(i), quotes.get(j), shorter) && !sameArticle) {
            return null;
        }
        TokenAligner.Alignment al = aligner.align(a.key(), b.key());
        int covered = a.words() <= b.words() ? al.coveredA() : al.coveredB();
        double coverage = (double) covered / shorter;
        if (covered <= SCARE_WORDS || coverage < SAME_COVERAGE) {
            return null;
        }
        if (sameArticle && !speakersAllow(quotes.get(i), quotes.get(j), shorter)
                && (coverage < 1 || differentPeople(quotes.get(i).speaker(), quotes.get(j).speaker()))) {
            // Within one article, words repeated in full (a headline or lede excerpt of a longer
            // quotation) are the same quotation even when one is credited to an institution.
            return null;
        }
        return new Link(i, j, coverage * covered);
    }

    private static Link similar(List<Quote> quotes, List<QuoteKey> keys, int i, int j) {
        int shorter = Math.min(keys.get(i).words(), keys.get(j).words());
        if (!speakersAllow(quotes.get(i), quotes.get(j), shorter)) {
            return null;
        }
        String[] ca = keys.get(i).contentStems();
        String[] cb = keys.get(j).contentStems();
        int shared = Rewording.common(ca, cb);
        // A rewritten copy often rewords only part of a longer statement: measure the overlap
        // against the smaller side, and ask more shared words of longer quotations.
        double overlap = shared == 0 ? 0 : (double) shared / Math.min(ca.length, cb.length);
        int needed = shorter < SHORT_WORDS ? 2 : 3;
        double dice = Rewording.score(keys.get(i).stems(), keys.get(j).stems());
        if (shared < needed || overlap < SIMILAR_OVERLAP || dice < SIMILAR_SCORE) {
            return null;
        }
        return new Link(i, j, Math.min((overlap + dice) / 2, 0.99));
    }

    /** Different known speakers never share a quotation; a short one needs both known and agreeing. */
    private static boolean speakersAllow(Quote a, Quote b, int shorterWords) {
        if (a.speaker() != null && b.speaker() != null) {
            return Names.compatible(a.speaker(), b.speaker());
        }
        return shorterWords >= SHORT_WORDS;
    }

    /** Union-find over the links, strongest first, never joining clusters with clashing speakers. */
    private static int[] cluster(List<Quote> quotes, List<Link> links) {
        int[] root = new int[quotes.size()];
        Map<Integer, List<String>> speakers = new HashMap<>();
        for (int i = 0; i < root.length; i++) {
            root[i] = i;
            speakers.put(i, new ArrayList<>());
            if (quotes.get(i).speaker() != null) {
                speakers.get(i).add(quotes.get(i).speaker());
            }
        }
        List<Link> sorted = new ArrayList<>(links);
        sorted.sort(Comparator.comparingDouble((Link l) -> -l.score()).thenComparingInt(Link::a)
                .thenComparingInt(Link::b));
        for (Link l : sorted) {
            int x = find(root, l.a());
            int y = find(root, l.b());
            if (x == y || clash(speakers.get(x), speakers.get(y))) {
                continue;
            }
            int keep = Math.min(x, y);
            int drop = Math.max(x, y);
            root[drop] = keep;
            speakers.get(keep).addAll(speakers.remove(drop));
        }
        return root;
    }

    /** Two clusters clash when they credit the words to two different people. */
    private static boolean clash(List<String> a, List<String> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> differentPeople(x, y)));
    }

    private static boolean differentPeople(String a, String b) {
        return a != null && b != null && Names.isPerson(a) && Names.isPerson(b) && !Names.compatible(a, b);
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }

    private static Result assemble(List<Quote> quotes, List<QuoteKey> keys, int[] root, List<Link> similar) {
        Map<Integer, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            members.computeIfAbsent(find(root, i), k -> new ArrayList<>()).add(i);
        }
        Map<Integer, String> clusterId = new HashMap<>();
        List<QuoteCluster> clusters = new ArrayList<>();
        for (List<Integer> m : members.values()) {
            // The longest printing is the one the others are compared with.
            int canonical = m.stream().max(Comparator.comparingInt((Integer i) -> keys.get(i).words())
                    .thenComparing(i -> -i)).orElseThrow();
            String id = "c-" + quotes.get(canonical).id();
            m.forEach(i -> clusterId.put(i, id));
            clusters.add(new QuoteCluster(id, quotes.get(canonical).id(),
                    m.stream().map(i -> quotes.get(i).id()).toList(), speakerOf(quotes, m)));
        }
        Map<String, Map<String, Double>> similarTo = new HashMap<>();
        for (Link l : similar) {
            String ca = clusterId.get(l.a());
            String cb = clusterId.get(l.b());
            similarTo.computeIfAbsent(ca, k -> new TreeMap<>()).merge(cb, l.score(), Math::max);
            similarTo.computeIfAbsent(cb, k -> new TreeMap<>()).merge(ca, l.score(), Math::max);
        }
        List<Quote> out = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            String c = clusterId.get(i);
            List<Quote.Similarity> sims = new ArrayList<>();
            similarTo.getOrDefault(c, Map.of()).forEach((other, score) -> sims.add(new Quote.Similarity(other, score)));
            out.add(quotes.get(i).withCluster(c).withSimilarTo(sims));
        }
        return new Result(out, clusters);
    }

    /** The cluster's speaker: the fullest name among its printings' speakers, or null. */
    private static String speakerOf(List<Quote> quotes, List<Integer> members) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        members.stream().map(i -> quotes.get(i).speaker()).filter(s -> s != null)
                .forEach(s -> votes.merge(s, 1, Integer::sum));
        return votes.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** Quotes with their clusters filled in, and the clusters themselves. */
    public record Result(List<Quote> quotes, List<QuoteCluster> clusters) {
    }

}
