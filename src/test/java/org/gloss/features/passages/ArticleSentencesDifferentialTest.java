package org.gloss.features.passages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.ArticleTextExtractor;
import org.gloss.analyze.Block;
import org.gloss.analyze.MatchKey;
import org.gloss.analyze.NgramIndex;
import org.gloss.analyze.Span;
import org.gloss.features.quotations.Quote;
import org.gloss.features.quotations.QuoteExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins the compact sentences ({@link ArticleSentences}: places in one int array, no record a
 * sentence) and the finder's numbering of sentences through the articles to the plain forms they
 * replaced: a record per sentence with its article's id, and every pair of sentences from different
 * articles compared. Generated articles share sentences, hold quotations, and some have no sentence
 * long enough to compare, so sentences are numbered across articles with none.
 */
class ArticleSentencesDifferentialTest {

    private static final List<String> SENTENCES = List.of(
            "The port stayed closed for a fifth day as talks with the government stalled again.",
            "The union said its members would vote on the offer at a meeting next week in the capital.",
            "Officials in the ministry declined to say when the harbour would reopen to container ships.",
            "Shipping companies diverted at least a dozen vessels to ports further along the coast.",
            "The strike began after the government proposed changes to pensions for dock workers.",
            "Prices of imported food rose sharply in the markets of the capital during the week.",
            "Too short here.",
            "Rain fell.",
            "The minister said the economy depends on the port and that the strike must end soon.");
    private static final List<String> QUOTES = List.of(
            "\"We will not accept this outcome, whatever the ministry says,\" the union leader said.",
            "\"Nobody is listening to the families of the workers who are dying,\" she said.");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void compactSentencesAndTheirPassagesAreThePlainOnes(long seed) {
        Random random = new Random(seed);
        List<ArticleText> texts = new ArrayList<>();
        List<List<Quote>> quotes = new ArrayList<>();
        for (int a = 0; a < 12; a++) {
            StringBuilder body = new StringBuilder();
            int paragraphs = 1 + random.nextInt(3);
            for (int p = 0; p < paragraphs; p++) {
                if (p > 0) {
                    body.append("\n\n");
                }
                int n = 1 + random.nextInt(3);
                for (int s = 0; s < n; s++) {
                    // A third of the articles hold only sentences too short to compare.
                    List<String> from = a % 3 == 2 ? List.of("Too short here.", "Rain fell.") : SENTENCES;
                    body.append(s > 0 ? " " : "").append(from.get(random.nextInt(from.size())));
                    if (random.nextInt(4) == 0) {
                        body.append(' ').append(QUOTES.get(random.nextInt(QUOTES.size())));
                    }
                }
            }
            ArticleText t = new ArticleTextExtractor().extract("a" + a, body.toString());
            texts.add(t);
            quotes.add(new QuoteExtractor().extract(t));
        }

        List<ArticleSentences> compact = new ArrayList<>();
        List<PlainSentence> plain = new ArrayList<>();
        for (int a = 0; a < texts.size(); a++) {
            ArticleSentences c = ArticleSentences.of(texts.get(a), quotes.get(a));
            List<PlainSentence> p = PlainSentence.of(texts.get(a), quotes.get(a));
            assertEquals(p.size(), c.size(), "sentences of a" + a);
            for (int k = 0; k < p.size(); k++) {
                assertEquals(p.get(k).span(), c.span(k));
                assertArrayEquals(p.get(k).shingles(), c.shingles().get(k));
            }
            compact.add(c);
            plain.addAll(p);
        }

        List<SharedPassage> found = new SharedPassageFinder().findAmong(texts, compact);
        List<SharedPassage> expected = plainPassages(texts, plain);
        assertFalse(expected.isEmpty(), "the articles share sentences");
        assertEquals(expected, found);
        assertEquals(expected, new SharedPassageFinder().find(texts, quotes.stream().flatMap(List::stream).toList()));
    }

    /** Every pair of sentences from different articles compared; passages in sentence order, others too. */
    private static List<SharedPassage> plainPassages(List<ArticleText> texts, List<PlainSentence> sentences) {
        List<SharedPassage> out = new ArrayList<>();
        for (PlainSentence s : sentences) {
            List<SharedPassage.Elsewhere> elsewhere = new ArrayList<>();
            for (PlainSentence o : sentences) {
                if (!o.articleId().equals(s.articleId())) {
                    double c = ArticleSentences.containment(s.shingles(), o.shingles());
                    if (c >= SharedPassageFinder.MIN_CONTAINMENT) {
                        elsewhere.add(new SharedPassage.Elsewhere(o.articleId(), o.span(), c));
                    }
                }
            }
            if (!elsewhere.isEmpty()) {
                ArticleText t = texts.stream().filter(x -> x.articleId().equals(s.articleId())).findFirst().orElseThrow();
                out.add(new SharedPassage(s.articleId(), s.span(), t.text(s.span()), elsewhere));
            }
        }
        out.sort(Comparator.comparingInt(p -> sentences.indexOf(sentences.stream()
                .filter(s -> s.articleId().equals(p.articleId()) && s.span().equals(p.span())).findFirst().orElseThrow())));
        return out;
    }

    /** The plain form: one record a sentence, with its article's id, as the sentences were kept before. */
    private record PlainSentence(String articleId, Span span, long[] shingles) {

        static List<PlainSentence> of(ArticleText t, List<Quote> quotes) {
            List<PlainSentence> out = new ArrayList<>();
            for (Block b : t.blocks()) {
                String masked = ArticleSentences.masked(b, quotes); // the masking is shared; the records are compared
                for (int[] r : Sentences.split(masked)) {
                    List<String> words = MatchKey.of(masked.substring(r[0], r[1])).plainWords().stream()
                            .filter(w -> !w.matches("x+")).toList();
                    if (words.size() >= ArticleSentences.MIN_WORDS) {
                        out.add(new PlainSentence(t.articleId(), new Span(b.index(), r[0], r[1]),
                                NgramIndex.sortedDistinct(NgramIndex.shingles(words, ArticleSentences.SHINGLE))));
                    }
                }
            }
            return out;
        }
    }
}
