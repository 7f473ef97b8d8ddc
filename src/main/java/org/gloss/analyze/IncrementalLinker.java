package org.gloss.analyze;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2DoubleMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gloss.features.glossary.Glossary;
import org.gloss.features.passages.PassageSentence;
import org.gloss.features.passages.SharedPassage;
import org.gloss.features.passages.SharedPassageFinder;
import org.gloss.features.quotations.QuoteKey;
import org.gloss.features.quotations.QuoteMatcher;

/**
 * Links articles across the corpus exactly as {@link Analyzer#link} does, but keeps its gram
 * indexes and every comparison between calls: after an edit it indexes and compares only the
 * quotations and sentences of the articles whose analysis changed. This is what makes an edit in
 * {@code serve} cheap; a one-off build links afresh. One call at a time.
 */
public final class IncrementalLinker {

    private final QuoteMatcher quoteMatcher = new QuoteMatcher();
    private final SharedPassageFinder passageFinder = new SharedPassageFinder();
    private final Tracked same = new Tracked(QuoteMatcher.MAX_POSTINGS, 1);
    private final Tracked similar = new Tracked(QuoteMatcher.MAX_POSTINGS, 2);
    private final Tracked passages = new Tracked(SharedPassageFinder.MAX_POSTINGS, SharedPassageFinder.MIN_SHARED);
    /** The handles of each indexed analysis's items, by the analysis's identity (unchanged articles keep theirs). */
    private Map<ArticleAnalysis, Handles> indexed = new IdentityHashMap<>();

    /** Links the per-article results (in article order), as {@link Analyzer#link} would. */
    public Annotations link(List<ArticleAnalysis> perArticle, Glossary glossary) {
        Map<ArticleAnalysis, Handles> current = new IdentityHashMap<>();
        List<ArticleAnalysis> added = new ArrayList<>();
        for (ArticleAnalysis a : perArticle) {
            Handles h = indexed.remove(a);
            if (h == null) {
                added.add(a);
            } else {
                current.put(a, h);
            }
        }
        List<Handles> gone = List.copyOf(indexed.values());
        // The passages' index is independent of the quotations' two: updated on another core meanwhile.
        Forked<int[][]> passagesAdded = Forked.start(() -> passages.update(gone, Handles::passages, added,
                a -> a.keys().sentences().stream().map(PassageSentence::shingles).toList()));
        int[][] sameAdded = same.update(gone, Handles::same, added, a -> grams(a, QuoteMatcher::sameGrams));
        int[][] similarAdded = similar.update(gone, Handles::similar, added,
                a -> grams(a, QuoteMatcher::similarGrams));
        int[][] passageHandles = passagesAdded.join();
        for (int k = 0; k < added.size(); k++) {
            current.put(added.get(k), new Handles(sameAdded[k], similarAdded[k], passageHandles[k]));
        }
        indexed = current;

        List<Handles> handles = perArticle.stream().map(current::get).toList();
        Analyzer.Corpus c = Analyzer.Corpus.of(perArticle);
        Forked<List<SharedPassage>> shared = Forked.start(() -> passageFinder.findAmong(c.texts(),
                c.sentences().stream().flatMap(List::stream).toList(),
                passages.candidates(concat(handles, Handles::passages))));
        QuoteMatcher.Result matched = quoteMatcher.match(c.quotes(), c.keys(),
                same.candidates(concat(handles, Handles::same)), similar.candidates(concat(handles, Handles::similar)));
        return new Annotations(c.texts(), matched.quotes(), matched.clusters(), glossary, c.mentions(), shared.join());
    }

    private static List<long[]> grams(ArticleAnalysis a, Function<QuoteKey, long[]> grams) {
        return a.keys().quotes().stream().map(grams).toList();
    }

    private static int[] concat(List<Handles> handles, Function<Handles, int[]> part) {
        return handles.stream().flatMapToInt(h -> Arrays.stream(part.apply(h))).toArray();
    }

    /** One analysis's items in each index, in the order of its quotations and sentences. */
    private record Handles(int[] same, int[] similar, int[] passages) {
    }

    /** One updatable index, and its pairs for a link named by item index instead of handle. */
    private static final class Tracked {

        private final UpdatableNgramIndex index;

        Tracked(int maxPostings, int minShared) {
            index = new UpdatableNgramIndex(maxPostings, minShared);
        }

        /** Drops the items of {@code gone} and adds those of {@code added}, returning the new handles per article. */
        int[][] update(List<Handles> gone, Function<Handles, int[]> part, List<ArticleAnalysis> added,
                       Function<ArticleAnalysis, List<long[]>> items) {
            int[] removed = concat(gone, part);
            List<List<long[]>> perArticle = added.stream().map(items).toList();
            int[] handles = index.update(removed, perArticle.stream().flatMap(List::stream).toList());
            int[][] out = new int[added.size()][];
            int next = 0;
            for (int k = 0; k < out.length; k++) {
                out[k] = Arrays.copyOfRange(handles, next, next + perArticle.get(k).size());
                next += out[k].length;
            }
            return out;
        }

        /** The candidate pairs by item index ({@code handleAt[i]} is item i's handle), remembering new scores. */
        PairCandidates candidates(int[] handleAt) {
            Int2IntOpenHashMap at = new Int2IntOpenHashMap(handleAt.length);
            for (int i = 0; i < handleAt.length; i++) {
                at.put(handleAt[i], i);
            }
            List<int[]> unknown = new ArrayList<>(index.unknown().size());
            for (long p : index.unknown()) {
                int i = at.get(UpdatableNgramIndex.first(p));
                int j = at.get(UpdatableNgramIndex.second(p));
                unknown.add(new int[] {Math.min(i, j), Math.max(i, j)});
            }
            List<PairCandidates.Match> known = new ArrayList<>(index.matches().size());
            for (Long2DoubleMap.Entry e : index.matches().long2DoubleEntrySet()) {
                int i = at.get(UpdatableNgramIndex.first(e.getLongKey()));
                int j = at.get(UpdatableNgramIndex.second(e.getLongKey()));
                known.add(new PairCandidates.Match(Math.min(i, j), Math.max(i, j), e.getDoubleValue()));
            }
            return new PairCandidates(unknown, known,
                    (i, j, score) -> index.remember(UpdatableNgramIndex.pair(handleAt[i], handleAt[j]), score));
        }
    }
}
