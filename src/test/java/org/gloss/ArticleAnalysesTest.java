package org.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gloss.analyze.AnalysisStep;
import org.gloss.analyze.Annotations;
import org.gloss.analyze.ArticleText;
import org.gloss.core.BuildProgress;
import org.gloss.core.Problem;
import org.gloss.core.TimeLimit;
import org.gloss.ingest.Article;
import org.gloss.ingest.ArticleMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the analyze phase holds of an article's text, made or read back from the build cache. */
class ArticleAnalysesTest {

    @TempDir
    Path dir;

    @Test
    void anAnalysisReadBackFromTheCacheHoldsItsTextInTheArticlesOwnBody() {
        List<Article> first = articles();
        Annotations made = analyze(first, 3);
        // A second build reads each article again (new strings) and its analysis from the cache.
        List<Article> again = articles();
        Annotations read = analyze(again, 0);
        assertEquals(made.texts(), read.texts());
        for (int i = 0; i < again.size(); i++) {
            assertSame(first.get(i).markdown(), made.texts().get(i).source());
            assertSame(again.get(i).markdown(), read.texts().get(i).source());
        }
        ArticleText text = read.texts().get(0);
        assertEquals("“We will not go back,” the minister said.", text.blocks().get(1).text());
    }

    private Annotations analyze(List<Article> articles, int analysed) {
        BuildCache store = BuildCache.open(dir.resolve("cache"));
        ArticleAnalyses analyses = new ArticleAnalyses(false, new TimeLimit(Duration.ofMinutes(1), "test"), store);
        List<Problem> warnings = new ArrayList<>();
        List<AnalysisStep<?, ?>> steps = Features.all().stream()
                .<AnalysisStep<?, ?>>map(f -> f.analysis(dir, warnings)).toList();
        analyses.configure(steps);
        Annotations annotations = analyses.analyze(articles, BuildProgress.SILENT).annotations();
        store.finish();
        assertEquals(analysed, analyses.articlesAnalysed());
        return annotations;
    }

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String body = new StringBuilder("# Talks resume\n\n“We will not go back,” the minister said.\n\n")
                    .append("Article ").append(i).append(" has *one* emphasised word.\n").toString();
            out.add(new Article("a" + i, "a" + i + ".md", new ArticleMetadata("Talks " + i, "Outlet " + i, null,
                    LocalDate.of(2020, 1, 1 + i), null, null, null, null, null), body, List.of(), List.of()));
        }
        return out;
    }
}
