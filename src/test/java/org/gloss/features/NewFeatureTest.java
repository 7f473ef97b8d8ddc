package org.gloss.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gloss.Features;
import org.gloss.analyze.AnalysisStep;
import org.gloss.analyze.Analyzer;
import org.gloss.analyze.Annotations;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.Block;
import org.gloss.analyze.Findings;
import org.gloss.analyze.ResultKey;
import org.gloss.analyze.Span;
import org.gloss.core.OutputFile;
import org.gloss.core.Problem;
import org.gloss.core.SiteLayout;
import org.gloss.features.glossary.Glossary;
import org.gloss.features.glossary.GlossaryFeature;
import org.gloss.ingest.Article;
import org.gloss.ingest.ArticleMetadata;
import org.gloss.ingest.SiteConfig;
import org.gloss.publish.FileCache;
import org.gloss.publish.FileCollector;
import org.gloss.publish.PublishedSite;
import org.gloss.publish.SitePublisher;
import org.gloss.render.BodyGuard;
import org.gloss.render.JsonParts;
import org.gloss.render.JsonSection;
import org.gloss.render.Mark;
import org.gloss.render.PageKeys;
import org.gloss.render.PageParts;
import org.gloss.render.PartCache;
import org.gloss.render.SearchDocs;
import org.gloss.render.SiteRenderer;
import org.gloss.render.SiteView;
import org.gloss.render.Theme;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/ARCHITECTURE.md, run: a feature the phases have never heard of
 * (numbers printed in several articles) goes through analysis, the link, the article pages, the
 * search index and {@code annotations.json} by its interfaces alone.
 */
class NewFeatureTest {

    /** Each article's numbers; all of them, with how many articles print each. */
    record ArticleNumbers(List<Span> spans, List<String> numbers) {
    }

    record Numbers(Map<String, Integer> articlesPrinting, Map<String, ArticleNumbers> byArticle) {
    }

    static final ResultKey<ArticleNumbers> ARTICLE = ResultKey.named("numbers (article)");
    static final ResultKey<Numbers> LINKED = ResultKey.named("numbers");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d{2,}\\b");

    static final class NumbersStep implements AnalysisStep<ArticleNumbers, Numbers> {
        @Override
        public ResultKey<ArticleNumbers> articleKey() {
            return ARTICLE;
        }

        @Override
        public ResultKey<Numbers> linkedKey() {
            return LINKED;
        }

        @Override
        public ArticleNumbers analyzeArticle(Article article, ArticleText text, Findings earlier) {
            List<Span> spans = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            for (Block b : text.blocks()) {
                Matcher m = NUMBER.matcher(b.text());
                while (m.find()) {
                    spans.add(new Span(b.index(), m.start(), m.end()));
                    numbers.add(m.group());
                }
            }
            return new ArticleNumbers(spans, numbers);
        }

        @Override
        public List<Problem> advice(Article article, ArticleText text, ArticleNumbers found) {
            return found.numbers().isEmpty() ? List.of(Problem.warning(article.source(), "no numbers")) : List.of();
        }

        @Override
        public Numbers link(List<ArticleText> texts, List<ArticleNumbers> perArticle) {
            Map<String, Integer> count = new java.util.TreeMap<>();
            Map<String, ArticleNumbers> byArticle = new java.util.HashMap<>();
            for (int i = 0; i < texts.size(); i++) {
                perArticle.get(i).numbers().stream().distinct().forEach(n -> count.merge(n, 1, Integer::sum));
                byArticle.put(texts.get(i).articleId(), perArticle.get(i));
            }
            return new Numbers(count, byArticle);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof NumbersStep;
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }

    static final class NumbersFeature implements Feature {
        @Override
        public String name() {
            return "numbers";
        }

        @Override
        public AnalysisStep<?, ?> analysis(Path contentDir, List<Problem> warnings) {
            return new NumbersStep();
        }

        @Override
        public PageParts pageParts(SiteView view, PartCache parts) {
            Numbers all = view.annotations().get(LINKED);
            return new PageParts() {
                @Override
                public List<Mark> marks(Article article, String root) {
                    ArticleNumbers own = all.byArticle().get(article.id());
                    List<Mark> marks = new ArrayList<>();
                    for (int i = 0; i < own.spans().size(); i++) {
                        Map<String, String> attrs = new LinkedHashMap<>();
                        attrs.put("data-number", own.numbers().get(i));
                        attrs.put("data-printed-in", "" + all.articlesPrinting().get(own.numbers().get(i)));
                        marks.add(new Mark(own.spans().get(i), "span", attrs, null));
                    }
                    return marks;
                }

                @Override
                public void addSearchDocs(SearchDocs docs) {
                    docs.add(SearchDocs.part(g -> {
                        for (String n : all.articlesPrinting().keySet()) {
                            SearchDocs.write(g, SearchDocs.doc("number", n, "", SiteLayout.INDEX));
                        }
                    }));
                }
            };
        }

        @Override
        public PageKeys pageKeys(List<Article> articles, Annotations ann) {
            return new PageKeys() {
            };
        }

        @Override
        public JsonSection jsonSection(List<Article> articles, Annotations ann) {
            return new JsonSection() {
                @Override
                public String name() {
                    return "numbers";
                }

                @Override
                public Object key() {
                    return ann.get(LINKED);
                }

                @Override
                public void write(JsonParts.ArrayBytes array, PartCache parts) {
                    array.add(JsonParts.pretty(g -> {
                        for (var e : ann.get(LINKED).articlesPrinting().entrySet()) {
                            g.writeStartObject();
                            g.writeStringField("number", e.getKey());
                            g.writeNumberField("articles", e.getValue());
                            g.writeEndObject();
                        }
                    }));
                }
            };
        }
    }

    @Test
    void aFeatureTheStagesDoNotKnowRunsThroughEveryPhase() {
        List<Feature> features = new ArrayList<>();
        for (Feature f : Features.all()) {
            features.add(f instanceof GlossaryFeature ? glossaryWithoutFile() : f);
        }
        features.add(new NumbersFeature());
        List<AnalysisStep<?, ?>> steps = features.stream()
                .<AnalysisStep<?, ?>>map(f -> f.analysis(null, new ArrayList<>())).toList();
        List<Article> articles = List.of(article("a", "In 2019, 40 people left."), article("b", "By 2019 it was over."),
                article("c", "Nothing here."));

        Analyzer analyzer = new Analyzer(steps);
        var perArticle = articles.stream().map(analyzer::analyzeArticle).toList();
        Annotations ann = analyzer.link(perArticle);
        assertEquals(Map.of("2019", 2, "40", 1), ann.get(LINKED).articlesPrinting());
        assertEquals(List.of("no numbers"), perArticle.get(2).advice().stream().map(Problem::message).toList());

        Theme theme = Theme.load(null);
        SiteRenderer renderer = new SiteRenderer(theme, features.stream().<PageParts.Maker>map(f -> f::pageParts)
                .toList(), PartCache.disabled(), BodyGuard.NONE);
        FileCollector files = new FileCollector();
        SitePublisher.publish(new PublishedSite(SiteConfig.DEFAULT, articles, ann, features,
                renderer.pages(SiteConfig.DEFAULT, articles, ann), (path, article, make) -> files.accept(make.get()),
                theme.assets(), FileCache.disabled(), PartCache.disabled()), files, () -> {
                }, () -> {
                });

        String page = text(files, SiteLayout.articlePage("a"));
        assertTrue(page.contains("<span data-number=\"2019\" data-printed-in=\"2\">2019</span>"), page);
        assertTrue(text(files, SiteLayout.ANNOTATIONS).contains("\"numbers\" : [ {"), "its section of annotations.json");
        assertTrue(files.files().stream().filter(f -> f.path().startsWith("assets/search/d"))
                        .anyMatch(f -> new String(f.content(), java.nio.charset.StandardCharsets.UTF_8)
                                .contains("\"kind\":\"number\",\"label\":\"40\"")),
                "its search documents");
    }

    /** The glossary feature with an empty glossary given in code, as there is no content folder. */
    private static Feature glossaryWithoutFile() {
        Feature glossary = new GlossaryFeature();
        return new Feature() {
            @Override
            public String name() {
                return glossary.name();
            }

            @Override
            public AnalysisStep<?, ?> analysis(Path contentDir, List<Problem> warnings) {
                return GlossaryFeature.analysis(new Glossary(List.of()));
            }

            @Override
            public PageParts pageParts(SiteView view, PartCache parts) {
                return glossary.pageParts(view, parts);
            }

            @Override
            public PageKeys pageKeys(List<Article> articles, Annotations ann) {
                return glossary.pageKeys(articles, ann);
            }

            @Override
            public JsonSection jsonSection(List<Article> articles, Annotations ann) {
                return glossary.jsonSection(articles, ann);
            }
        };
    }

    private static Article article(String id, String body) {
        return new Article(id, id + ".md", ArticleMetadata.EMPTY, body + "\n", List.of(), List.of());
    }

    private static String text(FileCollector files, String path) {
        return files.files().stream().filter(f -> f.path().equals(path)).map(OutputFile::content)
                .map(b -> new String(b, StandardCharsets.UTF_8)).findFirst().orElseThrow(() -> new AssertionError(path));
    }
}
