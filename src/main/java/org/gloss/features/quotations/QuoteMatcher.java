package org.gloss.features.quotations;

import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.gloss.analyze.KeyLimits;
import org.gloss.analyze.PairCandidates.Match;
import org.gloss.analyze.PairCandidates;
import org.gloss.analyze.ItemGrams;
import org.gloss.analyze.PairFinder;

/**
 * Links the same quotation across articles into clusters. Candidate pairs come from a
 * {@link PairFinder} over word-pair grams (never all pairs) and are verified by {@link TokenAligner}: enough words
 * matched, covering most of the shorter printing, so a partial quotation joins the fuller one; or
 * overlapping excerpts of one statement, each going on where the other stops ({@link Overlap}).
 * The same words from a different speaker are a different quotation, unless they are long and
 * alike enough that the speaker is more likely misread ({@link Overlap#outweighsSpeakers}); a short
 * quotation links only when both speakers are known and agree; one or two words (scare quotes)
 * never link on their own.
 * Close rewordings are recorded as {@link Quote.Similarity} links between clusters, never merged.
 */
final class QuoteMatcher {

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
    /**
     * Least share of the shorter of two clusters' fullest printings that must align for the
     * clusters to merge: links never chain weak matches (a short phrase that two different
     * statements both begin with does not join them).
     */
    static final double CLUSTER_COHERENCE = 0.5;
    /**
     * Quotations of at least this many words that align almost in full, each of them, are one
     * quotation even when their speakers disagree: a wrong speaker on one printing must not keep
     * it apart.
     */
    static final int TEXT_OVER_SPEAKER_WORDS = Overlap.TEXT_OVER_SPEAKER_WORDS;
    /** A gram in more quotations than this is common: it pairs a quotation only with its fullest printings. */
    static final int MAX_POSTINGS = 64;
    /** How many of a common gram's fullest printings each quotation holding it is compared with. */
    static final int REPRESENTATIVES = 3;
    /**
     * Least share of the smaller quotation's word-pair grams a common-gram pair must share to be
     * aligned: printings of one statement share most (a part of it all, a typo costs four of its
     * grams, an ellipsis two or three); boilerplate ("we will", "of the") shares a gram or two, and
     * quotations opening with the same six words (about ten grams) less than half. (A third let
     * those through to be aligned: 28.1 s of CPU linking 100,000 bench articles instead of 26.0.)
     */
    static final double COMMON_SHARE = 0.5;
    /** How the index of same-words grams treats common grams. */
    static final KeyLimits SAME_KEYS = new KeyLimits(MAX_POSTINGS, REPRESENTATIVES, COMMON_SHARE);
    /**
     * How the index of rewording grams (content stems) treats common grams: a rewording needs
     * {@link #SIMILAR_OVERLAP} of the smaller side's stems, so fewer shared can never be one.
     */
    static final KeyLimits SIMILAR_KEYS = new KeyLimits(MAX_POSTINGS, REPRESENTATIVES, SIMILAR_OVERLAP);

    /** Returns the quotes with clusters assigned, and the clusters. */
    Result match(List<Quote> quotes) {
        // Each key depends on one quotation alone: computed on every core, collected in order.
        return match(quotes, quotes.parallelStream().map(q -> QuoteKey.of(q.text())).toList());
    }

    /** {@link #match(List)} with each quotation's key already made ({@code keys} in the same order). */
    Result match(List<Quote> quotes, List<QuoteKey> keys) {
        return match(quotes, keys, PairFinder.LOCAL);
    }

    /** {@link #match(List, List)} with the candidate pairs found by {@code pairs}. */
    Result match(List<Quote> quotes, List<QuoteKey> keys, PairFinder pairs) {
        return match(quotes, keys, new int[] {quotes.size()}, pairs);
    }

    /**
     * {@link #match(List, List, PairFinder)} of the quotations of several articles, {@code
     * perArticle} of each in order, so that the finder may know each one by its article (and
     * remember an alignment from one build to the next).
     */
    Result match(List<Quote> quotes, List<QuoteKey> keys, int[] perArticle, PairFinder pairs) {
        // Each quotation's grams depend on its key alone (word pairs, stems): made on every core,
        // in order, where the pair finding after them runs on one.
        return match(quotes, keys,
                pairs.pairs(new ItemGrams("quotations.same", perArticle,
                        keys.parallelStream().map(QuoteMatcher::sameGrams).toList()), SAME_KEYS, 1),
                pairs.pairs(new ItemGrams("quotations.similar", perArticle,
                        keys.parallelStream().map(QuoteMatcher::similarGrams).toList()), SIMILAR_KEYS, 2));
    }

    /**
     * Links the quotations given the pairs worth aligning ({@code same}) and worth comparing as
     * rewordings ({@code similar}). The links are sorted before clustering, so the result never
     * depends on the order of the pairs.
     */
    Result match(List<Quote> quotes, List<QuoteKey> keys, PairCandidates same, PairCandidates similar) {
        Alignments alignments = new Alignments(keys);
        Printings printings = Printings.of(quotes, keys);
        List<Match> links = same.matches((i, j) -> sameScore(quotes, keys, printings, alignments, i, j));
        int[] root = cluster(quotes, keys, printings, alignments, links);
        return assemble(quotes, keys, root, similar.filter((i, j) -> find(root, i) != find(root, j))
                .matches((i, j) -> similarScore(keys, printings, i, j)));
    }

    /** The grams suggesting two printings of the same words: none for scare quotes. */
    static long[] sameGrams(QuoteKey k) {
        return k.words() > SCARE_WORDS ? k.bigrams() : new long[0];
    }

    /** The grams suggesting a rewording: none for scare quotes. */
    static long[] similarGrams(QuoteKey k) {
        return k.words() > SCARE_WORDS ? k.contentGrams() : new long[0];
    }


    /** How strongly two printings are the same quotation, or 0 when they are not. */
    private double sameScore(List<Quote> quotes, List<QuoteKey> keys, Printings printings, Alignments alignments,
                             int i, int j) {
        QuoteKey a = keys.get(i);
        QuoteKey b = keys.get(j);
        int shorter = Math.min(a.words(), b.words());
        Quote qa = quotes.get(i);
        Quote qb = quotes.get(j);
        boolean sameArticle = printings.article()[i] == printings.article()[j];
        boolean speakersAllow = printings.speakersAllow(i, j, shorter);
        int longer = Math.max(a.words(), b.words());
        if (!speakersAllow && !sameArticle && !Overlap.mayOutweighSpeakers(a.words(), b.words(), printings.stems(), i, j)) {
            return 0; // decided on the lengths alone: most pairs with two speakers are never aligned
        }
        TokenAligner.Alignment al = alignments.shorterFirst(i, j);
        int covered = al.coveredA();
        double coverage = (double) covered / shorter;
        if (covered <= SCARE_WORDS) {
            return 0;
        }
        if (coverage < SAME_COVERAGE) {
            // Not one inside the other: still one statement when each printing goes on where the
            // other stops, over enough of the same words (see Overlap).
            boolean overlap = alignments.isShorterFirst(i, j) ? Overlap.of(al, a, b) : Overlap.of(al, b, a);
            return speakersAllow && overlap ? coverage * covered : 0;
        }
        if (!speakersAllow && !sameArticle && !Overlap.outweighsSpeakers(covered, longer)) {
            return 0;
        }
        if (sameArticle && !speakersAllow
                && (coverage < 1 || differentPeople(qa.speaker(), qb.speaker()))) {
            // Within one article, words repeated in full (a headline or lede excerpt of a longer
            // quotation) are the same quotation even when one is credited to an institution.
            return 0;
        }
        return coverage * covered;
    }

    /** How close a rewording one quotation is of the other, or 0 when it is not. */
    private static double similarScore(List<QuoteKey> keys, Printings printings, int i, int j) {
        int shorter = Math.min(keys.get(i).words(), keys.get(j).words());
        if (!printings.speakersAllow(i, j, shorter)) {
            return 0;
        }
        int[] ca = printings.stems().of(i);
        int[] cb = printings.stems().of(j);
        int shared = StemIds.common(ca, cb);
        // A rewritten copy often rewords only part of a longer statement: measure the overlap
        // against the smaller side, and ask more shared words of longer quotations.
        double overlap = shared == 0 ? 0 : (double) shared / Math.min(ca.length, cb.length);
        int needed = shorter < SHORT_WORDS ? 2 : 3;
        double dice = Rewording.score(keys.get(i).stems(), keys.get(j).stems());
        if (shared < needed || overlap < SIMILAR_OVERLAP || dice < SIMILAR_SCORE) {
            return 0;
        }
        return Math.min((overlap + dice) / 2, 0.99);
    }

    /**
     * What scoring a pair reads of each printing besides its key, worked out once per link
     * instead of once per candidate pair: its article's number (printings of one article share
     * one), its speaker's {@link Names.Voice} (null when unknown) and, when first compared, its
     * meaningful stems as ids ({@link StemIds}).
     */
    private record Printings(int[] article, Names.Voice[] voice, StemIds stems) {

        static Printings of(List<Quote> quotes, List<QuoteKey> keys) {
            int[] article = new int[quotes.size()];
            Names.Voice[] voice = new Names.Voice[quotes.size()];
            Map<String, Integer> articles = new HashMap<>();
            Map<String, Names.Voice> voices = new HashMap<>();
            for (int i = 0; i < quotes.size(); i++) {
                Quote q = quotes.get(i);
                article[i] = articles.computeIfAbsent(q.articleId(), id -> articles.size());
                voice[i] = q.speaker() == null ? null : voices.computeIfAbsent(q.speaker(), Names::voice);
            }
            return new Printings(article, voice, new StemIds(keys));
        }

        /** Different known speakers never share a quotation; a short one needs both known and agreeing. */
        boolean speakersAllow(int i, int j, int shorterWords) {
            if (voice[i] != null && voice[j] != null) {
                return Names.compatible(voice[i], voice[j]);
            }
            return shorterWords >= SHORT_WORDS;
        }
    }

    /**
     * Union-find over the links, strongest first, never joining clusters with clashing speakers
     * nor clusters whose union would hold a printing sharing less than {@link #CLUSTER_COHERENCE}
     * of its words with the union's fullest printing (its canonical): every cluster is its
     * canonical and printings that are mostly part of it, so weak matches never chain (issue 18).
     * Coherence depends on the words alone, so each cluster keeps one printing per distinct
     * wording and only those are aligned when its canonical changes.
     */
    private int[] cluster(List<Quote> quotes, List<QuoteKey> keys, Printings printings, Alignments alignments,
                          List<Match> links) {
        int[] root = new int[quotes.size()];
        // Each cluster's fullest printing (as assemble chooses it), one printing per distinct
        // wording, and its distinct speakers who are people: only they can clash (see differentPeople).
        int[] fullest = new int[root.length];
        List<List<Integer>> wordings = new ArrayList<>(root.length);
        List<Set<String>> people = new ArrayList<>(root.length);
        for (int i = 0; i < root.length; i++) {
            root[i] = i;
            fullest[i] = i;
            wordings.add(null); // null: the printing itself
            String speaker = quotes.get(i).speaker();
            people.add(speaker != null && Names.isPerson(speaker) ? new HashSet<>(Set.of(speaker)) : new HashSet<>());
        }
        List<Match> sorted = new ArrayList<>(links);
        sorted.sort(Comparator.comparingDouble((Match l) -> -l.score()).thenComparingInt(Match::i)
                .thenComparingInt(Match::j));
        int[] size = new int[root.length];
        Arrays.fill(size, 1);
        // Two passes, so that the outcome does not hang on the order of the links. The first joins
        // only printings whose speakers agree. The second lets the words outweigh the speakers,
        // and only for a lone printing: one misread attribution joins the printings of the words;
        // two groups that each agree on their own speaker stay apart however alike their words.
        for (int pass = 0; pass < 2; pass++) {
            for (Match l : sorted) {
                int x = find(root, l.i());
                int y = find(root, l.j());
                if (x == y) {
                    continue;
                }
                boolean clashing = clash(people.get(x), people.get(y));
                if (pass == 0 ? clashing
                        : !clashing || size[x] > 1 && size[y] > 1
                          || distinctPeople(people.get(x), people.get(y)) > 2
                          || !textOutweighsSpeakers(keys, printings.stems(), alignments, l.i(), l.j())) {
                    continue;
                }
                int canonical = fuller(keys, fullest[x], fullest[y]);
                // The side whose canonical gives way: each of its wordings must cohere with the new one.
                int other = canonical == fullest[x] ? y : x;
                if (!coheresWith(keys, alignments, canonical, wordingsOf(wordings, other))) {
                    continue;
                }
                int keep = Math.min(x, y);
                int drop = Math.max(x, y);
                root[drop] = keep;
                size[keep] += size[drop];
                fullest[keep] = canonical;
                wordings.set(keep, joined(keys, wordingsOf(wordings, keep), wordingsOf(wordings, drop)));
                wordings.set(drop, null);
                people.get(keep).addAll(people.get(drop));
                people.set(drop, null);
            }
        }
        return root;
    }

    private static List<Integer> wordingsOf(List<List<Integer>> wordings, int root) {
        List<Integer> w = wordings.get(root);
        return w == null ? List.of(root) : w;
    }

    /** One printing per distinct wording of two clusters. */
    private static List<Integer> joined(List<QuoteKey> keys, List<Integer> a, List<Integer> b) {
        List<Integer> out = new ArrayList<>(a.size() >= b.size() ? a : b);
        Set<String> seen = new HashSet<>();
        out.forEach(i -> seen.add(keys.get(i).tokens()));
        for (int i : a.size() >= b.size() ? b : a) {
            if (seen.add(keys.get(i).tokens())) {
                out.add(i);
            }
        }
        return out;
    }

    /** Whether every wording shares at least {@link #CLUSTER_COHERENCE} of its words with the canonical printing. */
    private static boolean coheresWith(List<QuoteKey> keys, Alignments alignments, int canonical,
                                       List<Integer> wordings) {
        String words = keys.get(canonical).tokens();
        for (int w : wordings) {
            if (!keys.get(w).tokens().equals(words) && !coherent(keys, alignments, canonical, w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether two printings share at least {@link #CLUSTER_COHERENCE} of the shorter one's words, aligned. */
    private static boolean coherent(List<QuoteKey> keys, Alignments alignments, int i, int j) {
        QuoteKey a = keys.get(i);
        QuoteKey b = keys.get(j);
        int shorter = Math.min(a.words(), b.words());
        if (shorter == 0) {
            return false;
        }
        return (double) alignments.shorterFirst(i, j).coveredA() / shorter >= CLUSTER_COHERENCE;
    }

    /**
     * The alignments of one link, each pair of wordings aligned once: the same two wordings meet
     * again and again (every printing of a statement in every article; the same pair when scoring,
     * then when clustering), and the table is the costliest step of linking. It lives for one
     * {@link #match} only, so a long {@code serve} never accumulates it.
     */
    private static final class Alignments {

        /** 64 stripes: on two cores, two threads rarely want one at once. */
        private static final int STRIPE_BITS = 6;

        private final TokenAligner aligner = new TokenAligner();
        private final TokenAligner.Vocabulary vocabulary = new TokenAligner.Vocabulary();
        private final Map<String, Integer> wordingIds = new ConcurrentHashMap<>();
        private final AtomicInteger nextWording = new AtomicInteger(1);
        /**
         * Each pair of wordings' alignment, by {@link #pairKey}: in stripes of primitive maps, each
         * guarded by itself, rather than one concurrent map of boxed keys, as the link holds one
         * entry for every pair it aligned (190,000 at 10,000 bench articles).
         */
        private final Long2ObjectOpenHashMap<TokenAligner.Alignment>[] done = stripes();
        private final List<QuoteKey> keys;
        /** Each printing's words in the aligner's form, made when it is first aligned. */
        private final TokenAligner.Words[] words;
        /** Each printing's wording as an id (one per distinct token list) plus one; 0 until first asked. */
        private final int[] wording;

        Alignments(List<QuoteKey> keys) {
            this.keys = keys;
            this.words = new TokenAligner.Words[keys.size()];
            this.wording = new int[keys.size()];
        }

        /**
         * The alignment of the shorter printing against the longer (of two as long, the first by
         * its words): the aligner breaks ties by order, and a score must not depend on which item
         * came first, so that an incremental link may reuse it whatever the order of the articles.
         */
        TokenAligner.Alignment shorterFirst(int i, int j) {
            int wi = wording(i);
            int wj = wording(j);
            long pair = pairKey(wi, wj);
            Long2ObjectOpenHashMap<TokenAligner.Alignment> stripe = done[(int) (pair >>> (64 - STRIPE_BITS))];
            TokenAligner.Alignment known;
            synchronized (stripe) {
                known = stripe.get(pair);
            }
            if (known == null) {
                // Aligned outside the lock: two threads may both align a pair, and store the same.
                boolean iFirst = isShorterFirst(i, j);
                known = aligner.align(words(iFirst ? i : j), words(iFirst ? j : i));
                synchronized (stripe) {
                    stripe.put(pair, known);
                }
            }
            return known;
        }

        /**
         * Whether {@link #shorterFirst} aligns printing {@code i} against {@code j} (not the other
         * way): a function of the two wordings (the count of words, then the tokens), either way
         * round for one wording, which aligns the same both ways.
         */
        boolean isShorterFirst(int i, int j) {
            return wording(i) == wording(j) || QuoteMatcher.shorterFirst(keys.get(i), keys.get(j));
        }

        /**
         * Both wordings in one long, the smaller id first, spread by an odd multiplier (a
         * bijection, so keys stay distinct) so that its top bits, which pick the stripe, vary.
         */
        private static long pairKey(int wi, int wj) {
            return ((long) Math.min(wi, wj) << 32 | Math.max(wi, wj)) * 0x9E3779B97F4A7C15L;
        }

        @SuppressWarnings("unchecked")
        private static Long2ObjectOpenHashMap<TokenAligner.Alignment>[] stripes() {
            Long2ObjectOpenHashMap<TokenAligner.Alignment>[] out = new Long2ObjectOpenHashMap[1 << STRIPE_BITS];
            for (int k = 0; k < out.length; k++) {
                out[k] = new Long2ObjectOpenHashMap<>();
            }
            return out;
        }

        /**
         * Printing {@code i}'s wording id. Several threads may ask at once: each gets the one id
         * the map holds for the words, so a lost write stores the same value.
         */
        private int wording(int i) {
            int w = wording[i];
            if (w == 0) {
                w = wordingIds.computeIfAbsent(keys.get(i).tokens(), t -> nextWording.getAndIncrement());
                wording[i] = w;
            }
            return w;
        }

        /** Printing {@code i}'s words for the aligner (immutable, so racing threads may each make them). */
        private TokenAligner.Words words(int i) {
            TokenAligner.Words w = words[i];
            if (w == null) {
                w = TokenAligner.Words.of(keys.get(i).tokens(), vocabulary);
                words[i] = w;
            }
            return w;
        }
    }

    /** Whether {@link Alignments#shorterFirst} aligns {@code a} against {@code b} (not the other way). */
    private static boolean shorterFirst(QuoteKey a, QuoteKey b) {
        // Packed tokens compare as their lists do, token by token (PackedWords).
        return a.words() != b.words() ? a.words() < b.words() : a.tokens().compareTo(b.tokens()) <= 0;
    }

    /** The fuller of two printings: more words, then the earlier one (as {@link #assemble} picks). */
    private static int fuller(List<QuoteKey> keys, int i, int j) {
        int wi = keys.get(i).words();
        int wj = keys.get(j).words();
        return wi != wj ? (wi > wj ? i : j) : Math.min(i, j);
    }

    /**
     * Two clusters clash when they credit the words to two different people. Only a link whose
     * own words outweigh its speakers joins them anyway, for a lone printing, and never into a
     * third person ({@link #cluster}), so a misread speaker never lets another statement chain in.
     */
    private static boolean clash(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> !Names.compatible(x, y)));
    }

    /** How many different people two clusters' speakers name together (compatible names count once). */
    private static int distinctPeople(Set<String> a, Set<String> b) {
        List<String> distinct = new ArrayList<>();
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        for (String name : all) {
            if (distinct.stream().noneMatch(d -> Names.compatible(d, name))) {
                distinct.add(name);
            }
        }
        return distinct.size();
    }

    /** Whether the link between printings i and j is one whose words outweigh its speakers. */
    private static boolean textOutweighsSpeakers(List<QuoteKey> keys, StemIds stems, Alignments alignments, int i,
                                                 int j) {
        int longer = Math.max(keys.get(i).words(), keys.get(j).words());
        return Overlap.mayOutweighSpeakers(keys.get(i).words(), keys.get(j).words(), stems, i, j)
                && Overlap.outweighsSpeakers(alignments.shorterFirst(i, j).coveredA(), longer);
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

    private static Result assemble(List<Quote> quotes, List<QuoteKey> keys, int[] root, List<Match> similar) {
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
        for (Match l : similar) {
            String ca = clusterId.get(l.i());
            String cb = clusterId.get(l.j());
            similarTo.computeIfAbsent(ca, k -> new TreeMap<>()).merge(cb, l.score(), Math::max);
            similarTo.computeIfAbsent(cb, k -> new TreeMap<>()).merge(ca, l.score(), Math::max);
        }
        List<Quote> out = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            String c = clusterId.get(i);
            List<Quote.Similarity> sims = closest(similarTo.getOrDefault(c, Map.of()));
            out.add(quotes.get(i).withCluster(c).withSimilarTo(sims));
        }
        return new Result(out, clusters);
    }

    /**
     * The {@link #MAX_SIMILAR} rewordings closest to a cluster (highest score, then cluster id), in
     * cluster id order: a formula repeated across a large archive can be "similar" to hundreds of
     * statements, and every page and popover listing them all grew with the archive.
     */
    static List<Quote.Similarity> closest(Map<String, Double> similar) {
        List<Quote.Similarity> all = new ArrayList<>();
        similar.forEach((other, score) -> all.add(new Quote.Similarity(other, score)));
        if (all.size() <= MAX_SIMILAR) {
            return all;
        }
        return all.stream()
                .sorted(Comparator.comparingDouble(Quote.Similarity::score).reversed()
                        .thenComparing(Quote.Similarity::cluster))
                .limit(MAX_SIMILAR)
                .sorted(Comparator.comparing(Quote.Similarity::cluster))
                .toList();
    }

    /** The most rewordings a quotation names ({@code similar_to}, "Reworded elsewhere"). */
    static final int MAX_SIMILAR = 12;

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
    record Result(List<Quote> quotes, List<QuoteCluster> clusters) {
    }

}
