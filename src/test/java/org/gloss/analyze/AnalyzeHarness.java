package org.gloss.analyze;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.gloss.features.TestFeatures;
import org.gloss.features.glossary.Glossary;
import org.gloss.features.glossary.GlossaryFeature;
import org.gloss.features.glossary.GlossaryMention;
import org.gloss.features.glossary.GlossaryReader;
import org.gloss.features.passages.PassagesFeature;
import org.gloss.features.passages.SharedPassage;
import org.gloss.features.quotations.QuotationsFeature;
import org.gloss.features.quotations.Quote;
import org.gloss.features.quotations.QuoteExtractor;
import org.gloss.ingest.Article;
import org.gloss.ingest.ArticleIngester;

/**
 * A benchmark harness, not a test: times the analysis steps warm on a content folder, or dumps
 * everything analysis found so that two versions can be compared with {@code diff}.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.gloss.analyze.AnalyzeHarness time CONTENT [ROUNDS]
 * java -cp ... org.gloss.analyze.AnalyzeHarness dump CONTENT OUT.txt
 * </pre>
 */
public final class AnalyzeHarness {

    private AnalyzeHarness() {
    }

    public static void main(String[] args) throws IOException {
        Path content = Path.of(args[1]);
        List<Article> articles = ArticleIngester.forContent(content).ingest(content).articles();
        Glossary glossary = GlossaryReader.read(content);
        if (args[0].equals("dump")) {
            dump(articles, glossary, Path.of(args[2]));
        } else {
            time(articles, glossary, args.length > 2 ? Integer.parseInt(args[2]) : 10);
        }
    }

    private static void time(List<Article> articles, Glossary glossary, int rounds) {
        Analyzer analyzer = TestFeatures.analyzer(glossary);
        QuoteExtractor quotes = new QuoteExtractor();
        ArticleTextExtractor texts = new ArticleTextExtractor();
        List<ArticleText> extracted = articles.stream().map(texts::extract).toList();
        measure("quotes+speakers (serial)", rounds, () -> extracted.stream().map(quotes::extract).toList());
        List<ArticleAnalysis> perArticle = measure("analyzeArticle (serial)", rounds,
                () -> articles.stream().map(analyzer::analyzeArticle).toList());
        measure("link (parallel inside)", rounds, () -> analyzer.link(perArticle));
        IncrementalLinker linker = new IncrementalLinker(analyzer.steps());
        linker.link(perArticle);
        List<ArticleAnalysis> edited = new ArrayList<>(perArticle);
        measure("incremental link, one edit", rounds, () -> {
            edited.set(0, analyzer.analyzeArticle(articles.get(0)));
            return linker.link(edited);
        });
        for (AnalysisStep<?, ?> step : analyzer.steps()) {
            measure("  link: " + step.linkedKey(), rounds, () -> linkOne(step, perArticle));
        }
    }

    private static <A, L> L linkOne(AnalysisStep<A, L> step, List<ArticleAnalysis> perArticle) {
        return step.link(perArticle.stream().map(ArticleAnalysis::text).toList(),
                perArticle.stream().map(a -> a.findings().get(step.articleKey())).toList());
    }

    /** Runs {@code work} rounds times and prints the median wall and process CPU time per round. */
    private static <T> T measure(String what, int rounds, Supplier<T> work) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] wall = new long[rounds];
        long[] cpu = new long[rounds];
        T result = null;
        for (int r = 0; r < rounds; r++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            result = work.get();
            wall[r] = System.nanoTime() - t0;
            cpu[r] = os.getProcessCpuTime() - c0;
        }
        // The first half warms the JIT; the median of the second half is reported.
        long[] w = Arrays.copyOfRange(wall, rounds / 2, rounds);
        long[] c = Arrays.copyOfRange(cpu, rounds / 2, rounds);
        Arrays.sort(w);
        Arrays.sort(c);
        System.out.printf("%-28s median %7.1f ms wall %7.1f ms cpu (min %7.1f ms wall)%n", what,
                w[w.length / 2] / 1e6, c[c.length / 2] / 1e6, w[0] / 1e6);
        return result;
    }

    private static void dump(List<Article> articles, Glossary glossary, Path out) throws IOException {
        Annotations a = TestFeatures.analyzer(glossary).analyze(articles);
        List<String> lines = new ArrayList<>();
        for (Quote q : a.get(QuotationsFeature.LINKED).quotes()) {
            lines.add("quote " + q.id() + " | " + q.speaker() + " | " + q.cluster() + " | " + q.similarTo()
                    + " | " + q.parts());
        }
        for (SharedPassage p : a.get(PassagesFeature.LINKED).passages()) {
            lines.add("passage " + p);
        }
        for (GlossaryMention m : a.get(GlossaryFeature.LINKED).mentions()) {
            lines.add("mention " + m);
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            lines.forEach(w::println);
        }
    }
}
