package org.gloss.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.gloss.Features;
import org.gloss.analyze.AnalysisStep;
import org.gloss.analyze.Analyzer;
import org.gloss.analyze.ArticleAnalysis;
import org.gloss.analyze.MatchKey;
import org.gloss.analyze.NgramIndex;
import org.gloss.features.glossary.GlossaryFeature;
import org.gloss.features.passages.PassagesFeature;
import org.gloss.features.quotations.Quotations;
import org.gloss.features.quotations.QuotationsFeature;
import org.gloss.features.quotations.Quote;
import org.gloss.features.quotations.QuoteCluster;
import org.gloss.ingest.Article;
import org.gloss.ingest.ArticleMetadata;

/**
 * The link stage alone, at archive scale: {@code articles} short articles made in memory (three
 * quotations each from a pool of statements, prose from the bench's word lists), {@code printings}
 * of which print one statement (whole, in part, with a typo, cut by an ellipsis, bracketed), every
 * gram of which is then held by far more quotations than the index pairs in full. It times the
 * per-article analysis and each step's link, and counts the per-article and per-key data that a
 * distributed link would move (docs/SCALE.md): figures, not a pass or fail, except that every
 * printing must be in one cluster.
 */
final class LinkBench {

    private static final String STATEMENT = "We will rebuild every school and every clinic in the valley before"
            + " the winter comes and the mountain roads close";

    private final int articles;
    private final int printings;
    private final long seed;
    private final List<Statement> pool;

    LinkBench(int articles, int printings, long seed) {
        this.articles = articles;
        this.printings = printings;
        this.seed = seed;
        Random random = new Random(seed);
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < Math.max(10, articles / 2); i++) {
            String speaker = WordLists.pick(WordLists.FIRST_NAMES, random) + " " + WordLists.pick(WordLists.LAST_NAMES, random);
            // A common opening (boilerplate grams: "we will", "it is") and words of its own, so
            // that two statements of the pool are never the same quotation.
            StringBuilder text = new StringBuilder(WordLists.pick(WordLists.QUOTE_OPENINGS, random));
            for (int w = 0; w < 6 + random.nextInt(6); w++) {
                text.append(' ').append(word(random));
            }
            statements.add(new Statement(speaker, WordLists.pick(WordLists.ROLES, random), text.toString()));
        }
        this.pool = statements;
    }

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "sa", "tu", "vel", "dor", "an", "is", "po",
        "gra", "ne", "shi", "bel", "co", "fa", "ru", "te", "wen", "yo", "zi", "mar", "qua", "lin", "hol", "ped", "si"};

    /** A made-up word of two or three syllables: about 22,000 of them. */
    private static String word(Random random) {
        StringBuilder w = new StringBuilder();
        for (int k = 2 + random.nextInt(2); k > 0; k--) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return w.toString();
    }

    /** Whether article {@code i} prints the widely quoted statement: every (articles / printings)th. */
    boolean prints(int i) {
        return printings > 0 && i % Math.max(1, articles / printings) == 0 && i / Math.max(1, articles / printings) < printings;
    }

    Article article(int i) {
        Random random = new Random(seed * 1_000_003L + i);
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 3; p++) {
            body.append(WordLists.pick(WordLists.TIMES, random)).append(", ")
                    .append(WordLists.pick(WordLists.SUBJECTS, random)).append(' ')
                    .append(WordLists.pick(WordLists.VERBS, random)).append(' ')
                    .append(WordLists.pick(WordLists.OBJECTS, random)).append(' ')
                    .append(WordLists.pick(WordLists.PLACES, random)).append(" on day ").append(i % 997)
                    .append(" of the crisis.\n\n");
            Statement s = pool.get(random.nextInt(pool.size()));
            body.append('"').append(s.text()).append(",\" ").append(s.speaker()).append(", ").append(s.role())
                    .append(", said.\n\n");
        }
        if (prints(i)) {
            body.append('"').append(printing(random)).append(",\" ")
                    .append(random.nextBoolean() ? "Amara Quist" : "Quist").append(" told reporters.\n");
        }
        ArticleMetadata meta = new ArticleMetadata("Report " + i, WordLists.OUTLETS.get(i % WordLists.OUTLETS.size()),
                null, null, null, null, null, null, null);
        return new Article(String.format(Locale.ROOT, "l%07d", i), "generated", meta, body.toString(), List.of(), List.of());
    }

    private static String printing(Random random) {
        String[] w = STATEMENT.split(" ");
        return switch (random.nextInt(5)) {
            case 0 -> STATEMENT;
            case 1 -> STATEMENT.replace("winter", "wintre");
            case 2 -> {
                int length = 8 + random.nextInt(5);
                int from = random.nextInt(w.length - length + 1);
                yield String.join(" ", List.of(w).subList(from, from + length));
            }
            case 3 -> String.join(" ", List.of(w).subList(0, 6)) + " ... " + String.join(" ", List.of(w).subList(9, w.length));
            default -> "[We] " + String.join(" ", List.of(w).subList(1, w.length));
        };
    }

    /** Runs the bench and prints its figures. */
    int run(PrintWriter out) {
        List<AnalysisStep<?, ?>> steps = new ArrayList<>();
        for (var f : Features.all()) {
            if (!(f instanceof GlossaryFeature)) {
                steps.add(f.analysis(null, new ArrayList<>()));
            }
        }
        Analyzer analyzer = new Analyzer(steps);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        out.printf(Locale.ROOT, "link bench: %,d articles, %,d print one statement; %d cores, max heap %,d MB%n",
                articles, printings, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        List<ArticleAnalysis> analysed = IntStream.range(0, articles).parallel().mapToObj(this::article)
                .map(analyzer::analyzeArticle).toList();
        long t1 = System.nanoTime();
        long c1 = os.getProcessCpuTime();
        out.printf(Locale.ROOT, "per-article analysis (parallel): %.1f s wall, %.1f s CPU: %.3f ms CPU per article%n",
                (t1 - t0) / 1e9, (c1 - c0) / 1e9, (c1 - c0) / 1e6 / articles);
        Quotations quotations = null;
        for (AnalysisStep<?, ?> step : steps) {
            Analyzer one = new Analyzer(List.of(step));
            System.gc();
            long cpu0 = os.getProcessCpuTime();
            long s0 = System.nanoTime();
            var linked = one.link(analysed);
            long s1 = System.nanoTime();
            long cpu1 = os.getProcessCpuTime();
            out.printf(Locale.ROOT, "link %-12s %.2f s wall, %.2f s CPU: %.1f µs CPU per article%n",
                    step.linkedKey(), (s1 - s0) / 1e9, (cpu1 - cpu0) / 1e9, (cpu1 - cpu0) / 1e3 / articles);
            if (step.linkedKey() == QuotationsFeature.LINKED) {
                quotations = linked.get(QuotationsFeature.LINKED);
            }
        }
        return report(out, quotations);
    }

    private int report(PrintWriter out, Quotations q) {
        Map<String, String> clusterOf = new HashMap<>();
        q.quotes().forEach(x -> clusterOf.put(x.id(), x.cluster()));
        Map<String, Integer> printed = new HashMap<>();
        long grams = 0;
        Map<Long, Integer> postings = new HashMap<>();
        java.util.Set<String> statementWords = new java.util.HashSet<>(MatchKey.of(STATEMENT.replace("winter",
                "winter wintre")).plainWords());
        for (Quote x : q.quotes()) {
            List<String> words = MatchKey.of(x.text()).plainWords();
            if (words.size() >= 6 && statementWords.containsAll(words)) {
                printed.merge(x.cluster(), 1, Integer::sum);
            }
            long[] g = NgramIndex.sortedDistinct(NgramIndex.bigrams(MatchKey.of(x.text()).plainWords()));
            grams += g.length;
            for (long k : g) {
                postings.merge(k, 1, Integer::sum);
            }
        }
        long common = postings.values().stream().filter(n -> n > 64).count();
        long commonPostings = postings.values().stream().filter(n -> n > 64).mapToLong(n -> n).sum();
        int largest = postings.values().stream().mapToInt(n -> n).max().orElse(0);
        long shared = q.clusters().stream().filter(QuoteCluster::shared).count();
        out.printf(Locale.ROOT, "quotations: %,d (%.2f per article), clusters %,d of which shared %,d%n",
                q.quotes().size(), (double) q.quotes().size() / articles, q.clusters().size(), shared);
        out.printf(Locale.ROOT, "same-words keys: %,d postings (%.1f per quotation, 8 bytes each), %,d distinct keys;"
                        + " %,d common keys (> 64 postings) hold %,d postings; the largest key has %,d%n",
                grams, (double) grams / Math.max(1, q.quotes().size()), postings.size(), common, commonPostings, largest);
        int biggest = printed.values().stream().mapToInt(n -> n).max().orElse(0);
        int shown = 0;
        for (Quote x : q.quotes()) {
            List<String> words = MatchKey.of(x.text()).plainWords();
            if (words.size() >= 6 && statementWords.containsAll(words) && printed.get(x.cluster()) < biggest && shown++ < 10) {
                out.println("  apart: '" + x.text() + "' (" + x.speaker() + ") in " + x.cluster());
            }
        }
        int total = printed.values().stream().mapToInt(n -> n).sum();
        out.printf(Locale.ROOT, "the widely printed statement: %,d printings in %,d cluster(s), the largest holding %,d%n",
                total, printed.size(), biggest);
        out.flush();
        return printed.size() <= 1 ? 0 : 1;
    }
}
