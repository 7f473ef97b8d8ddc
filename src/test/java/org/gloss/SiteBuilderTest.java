package org.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gloss.bench.CorpusGenerator;
import org.gloss.core.BuildProgress;
import org.gloss.features.passages.PassagesFeature;
import org.gloss.features.passages.SharedPassage;
import org.gloss.features.quotations.QuotationsFeature;
import org.gloss.features.quotations.Quote;
import org.gloss.publish.SiteSync;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An incremental rebuild must give exactly the site a full build of the same content gives. */
class SiteBuilderTest {

    private static final int ARTICLES = 16;

    @TempDir
    Path tmp;

    private Path content;
    private Path templates;
    private CorpusGenerator generator;

    @BeforeEach
    void corpus() throws IOException {
        generator = new CorpusGenerator(7, ARTICLES);
        content = generator.write(tmp.resolve("corpus"), ARTICLES);
        templates = tmp.resolve("templates");
        Files.createDirectories(templates.resolve("assets"));
        Files.writeString(templates.resolve("assets/extra.css"), "body { margin: 0; }\n");
    }

    /** The edits a writer makes while the preview runs. */
    enum Change {
        EDIT_BODY, EDIT_QUOTE, EDIT_TITLE, EDIT_MENTION, ADD_ARTICLE, DELETE_ARTICLE, ADD_SIDECAR, EDIT_GLOSSARY,
        EDIT_ASSET, SEVERAL
    }

    @ParameterizedTest
    @EnumSource(Change.class)
    void incrementalRebuildEqualsFullBuild(Change change) throws IOException {
        SiteBuilder builder = new SiteBuilder(content, templates);
        SiteSync sync = new SiteSync(tmp.resolve("incremental"));
        sync.writeAll(builder.build(BuildProgress.SILENT).files());

        List<Path> touched = apply(change);
        touched.forEach(builder::changed);
        sync.update(builder.build(BuildProgress.SILENT).files());
        new Gloss(content, templates).build(tmp.resolve("full"));

        Map<String, String> incremental = tree(tmp.resolve("incremental"));
        Map<String, String> full = tree(tmp.resolve("full"));
        assertEquals(full.keySet(), incremental.keySet());
        full.forEach((path, text) -> assertEquals(text, incremental.get(path), path));
    }

    @Test
    void aRehearsedEditIsBuiltInMemoryAndLeavesNoTrace() throws IOException {
        SiteBuilder builder = new SiteBuilder(content, templates);
        SiteSync sync = new SiteSync(tmp.resolve("incremental"));
        Gloss.Site first = builder.build(BuildProgress.SILENT);
        sync.writeAll(first.files());
        Path article = content.resolve(first.ingested().articles().get(0).source());
        String saved = Files.readString(article);

        builder.rehearse(article, body -> body + "\n\n\"Words rehearsed as a quotation of several words,\" she said.\n");
        assertEquals(1, builder.lastWork().articlesAnalysed(), "the rehearsal analysed the edited article");
        assertTrue(builder.lastWork().pagesRendered() >= 1, "and rendered its page");
        assertEquals(saved, Files.readString(article), "the file is not touched");

        sync.update(builder.build(BuildProgress.SILENT).files());
        new Gloss(content, templates).build(tmp.resolve("full"));
        assertEquals(tree(tmp.resolve("full")), tree(tmp.resolve("incremental")));
    }

    @ParameterizedTest
    @EnumSource(value = Change.class, names = {"EDIT_BODY", "EDIT_QUOTE", "ADD_ARTICLE"})
    void oneArticleChangedRedoesOnlyWhatDependsOnIt(Change change) throws IOException {
        SiteBuilder builder = new SiteBuilder(content, templates);
        Gloss.Site before = builder.build(BuildProgress.SILENT);
        assertEquals(List.of(ARTICLES, ARTICLES, ARTICLES), counts(builder.lastWork()));

        List<Path> touched = apply(change);
        touched.forEach(builder::changed);
        Gloss.Site after = builder.build(BuildProgress.SILENT);
        SiteBuilder.Work work = builder.lastWork();
        assertEquals(1, work.filesRead());
        assertEquals(1, work.articlesAnalysed());
        String changed = touched.get(0).getFileName().toString().replace(".md", "");
        Set<String> dependants = new TreeSet<>(sharingAQuotation(before, changed));
        dependants.addAll(sharingAQuotation(after, changed));
        dependants.addAll(sharingAPassage(before, changed));
        dependants.addAll(sharingAPassage(after, changed));
        if (change == Change.EDIT_BODY) {
            assertEquals(1, work.pagesRendered(), "prose edits leave the neighbours' pages alone");
        } else {
            assertTrue(work.pagesRendered() >= 1 && work.pagesRendered() <= dependants.size(),
                    work + " but only " + dependants + " depend on " + changed);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Change.class, names = {"EDIT_BODY", "EDIT_MENTION", "EDIT_QUOTE", "EDIT_TITLE"})
    void anEditRemakesOnlyTheFilesThatShowWhatChanged(Change change) throws IOException {
        SiteBuilder builder = new SiteBuilder(content, templates);
        Gloss.Site first = builder.build(BuildProgress.SILENT);
        builder.build(BuildProgress.SILENT);
        assertEquals(List.of(), builder.lastWork().filesMade(), "nothing changed, nothing is made again");
        assertTrue(first.files().size() > 2 * ARTICLES);

        apply(change).forEach(builder::changed);
        builder.build(BuildProgress.SILENT);
        List<String> made = builder.lastWork().filesMade();
        assertTrue(made.containsAll(List.of("articles/a000003.html", "md/a000003.md", "assets/search-index.js")), made.toString());
        // The site-wide pages show titles, mentions and quotations; prose is only in the article,
        // its Markdown copy and the search index.
        Set<String> siteWide = Set.of("index.html", "glossary.html", "quotes.html", "data/annotations.json");
        Set<String> expected = switch (change) {
            case EDIT_BODY -> Set.of();
            case EDIT_MENTION -> Set.of("glossary.html", "data/annotations.json");
            case EDIT_QUOTE -> Set.of("index.html", "quotes.html", "data/annotations.json");
            default -> siteWide;
        };
        assertEquals(expected, made.stream().filter(siteWide::contains).collect(Collectors.toSet()), made.toString());
        if (change == Change.EDIT_BODY || change == Change.EDIT_MENTION) {
            // The search index's fragments are cut again together when any document changed.
            assertEquals(3 + expected.size(), made.stream().filter(p -> !p.startsWith("assets/search/")).count(),
                    made.toString());
        }
    }

    private static List<Integer> counts(SiteBuilder.Work work) {
        return List.of(work.filesRead(), work.articlesAnalysed(), work.pagesRendered());
    }

    /** The article and every article printing one of its quotations. */
    private static Set<String> sharingAQuotation(Gloss.Site site, String articleId) {
        Set<String> clusters = site.annotations().get(QuotationsFeature.LINKED).quotes().stream()
                .filter(q -> q.articleId().equals(articleId))
                .map(Quote::cluster).collect(Collectors.toSet());
        Set<String> articles = site.annotations().get(QuotationsFeature.LINKED).quotes().stream().filter(q -> clusters.contains(q.cluster()))
                .map(Quote::articleId).collect(Collectors.toCollection(TreeSet::new));
        articles.add(articleId);
        return articles;
    }

    /** Every article whose "also in" notes name {@code articleId}, or that its notes name. */
    private static Set<String> sharingAPassage(Gloss.Site site, String articleId) {
        Set<String> articles = new TreeSet<>();
        for (SharedPassage p : site.annotations().get(PassagesFeature.LINKED).passages()) {
            boolean namesIt = p.elsewhere().stream().anyMatch(o -> o.articleId().equals(articleId));
            if (namesIt || p.articleId().equals(articleId)) {
                articles.add(p.articleId());
                p.elsewhere().forEach(o -> articles.add(o.articleId()));
            }
        }
        return articles;
    }

    private List<Path> apply(Change change) throws IOException {
        Path articles = content.resolve("articles");
        Path third = articles.resolve("a000003.md");
        List<Path> touched = new ArrayList<>();
        switch (change) {
            case EDIT_BODY -> touched.add(rewrite(third, s -> s + "\nA new closing paragraph, added in the editor.\n"));
            case EDIT_QUOTE -> touched.add(rewrite(third, s -> inBody(s, b -> b.replaceFirst("\"", "\"Indeed, "))));
            case EDIT_TITLE -> touched.add(rewrite(third, s -> s.replaceFirst("title: \"", "title: \"Updated: ")));
            case EDIT_MENTION -> {
                String term = Files.readString(content.resolve("glossary.yml")).lines()
                        .filter(l -> l.startsWith("- term: ")).findFirst().orElseThrow().substring(8).strip();
                touched.add(rewrite(third, s -> s + "\nObservers from the " + term + " arrived on Monday.\n"));
            }
            case ADD_ARTICLE -> {
                Path added = articles.resolve(generator.article(ARTICLES + 5).fileName());
                Files.writeString(added, generator.article(ARTICLES + 5).markdown());
                touched.add(added);
            }
            case DELETE_ARTICLE -> {
                Files.delete(articles.resolve("a000005.md"));
                touched.add(articles.resolve("a000005.md"));
            }
            case ADD_SIDECAR -> {
                Path sidecar = articles.resolve("a000004.yml");
                Files.writeString(sidecar, "outlet: \"Sidecar Outlet\"\n");
                touched.add(sidecar);
            }
            case EDIT_GLOSSARY -> touched.add(rewrite(content.resolve("glossary.yml"),
                    s -> s + "- term: Ceasefire\n  definition: An agreed stop to fighting.\n"));
            case EDIT_ASSET -> touched.add(rewrite(templates.resolve("assets/extra.css"), s -> s + "p { color: red; }\n"));
            case SEVERAL -> {
                touched.addAll(apply(Change.EDIT_QUOTE));
                touched.addAll(apply(Change.ADD_ARTICLE));
                touched.addAll(apply(Change.DELETE_ARTICLE));
                touched.addAll(apply(Change.EDIT_TITLE));
            }
        }
        return touched;
    }

    /** Applies {@code edit} to the article's text after its front matter. */
    private static String inBody(String markdown, java.util.function.UnaryOperator<String> edit) {
        int end = markdown.indexOf("\n---\n", 3) + 5;
        return markdown.substring(0, end) + edit.apply(markdown.substring(end));
    }

    private static Path rewrite(Path file, java.util.function.UnaryOperator<String> edit) throws IOException {
        Files.writeString(file, edit.apply(Files.readString(file)));
        return file;
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}
