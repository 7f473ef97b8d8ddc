package org.gloss.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Writes a synthetic content folder for benchmarks: N Markdown articles of about 800 words from
 * {@value #OUTLET_COUNT} outlets, a glossary whose terms the articles use, and a pool of
 * statements that many articles quote in the variants real outlets print ({@link QuoteVariant}).
 * The same seed always gives the same files, byte for byte; article {@code i} depends only on
 * the seed, {@code i} and the pool, so articles can be made in parallel.
 */
public final class CorpusGenerator {

    static final int OUTLET_COUNT = 24;
    private static final int GLOSSARY_TERMS = 30;
    private static final int PARAGRAPHS = 9;
    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);

    private final long seed;
    private final List<Statement> pool;
    private final List<GlossaryTerm> glossary;

    /** A generator for a corpus of {@code articles} articles; the statement pool grows with it. */
    public CorpusGenerator(long seed, int articles) {
        this.seed = seed;
        Random random = new Random(seed);
        this.glossary = glossaryTerms(random);
        this.pool = statements(random, Math.max(10, articles / 2));
    }

    /** A glossary term as the generator writes it and uses it in text. */
    record GlossaryTerm(String term, String expansion) {
    }

    /** Writes {@code content/site.yml}, {@code content/glossary.yml} and the articles under {@code root}. */
    public Path write(Path root, int articles) {
        Path content = root.resolve("content");
        Path dir = content.resolve("articles");
        try {
            Files.createDirectories(dir);
            Files.writeString(content.resolve("site.yml"), siteYaml(articles), StandardCharsets.UTF_8);
            Files.writeString(content.resolve("glossary.yml"), glossaryYaml(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        IntStream.range(0, articles).parallel().forEach(i -> {
            GeneratedArticle a = article(i);
            try {
                Files.writeString(dir.resolve(a.fileName()), a.markdown(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return content;
    }

    /** Article number {@code index} (0-based). */
    public GeneratedArticle article(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        String outlet = WordLists.OUTLETS.get(Math.floorMod(index * 7 + random.nextInt(3), OUTLET_COUNT));
        String author = WordLists.pick(WordLists.FIRST_NAMES, random) + " " + WordLists.pick(WordLists.LAST_NAMES, random);
        LocalDate date = FIRST_DAY.plusDays(random.nextInt(700));
        List<String> paragraphs = new ArrayList<>();
        List<QuoteVariant> variants = new ArrayList<>();
        Set<Integer> quoted = new LinkedHashSet<>();
        while (quoted.size() < 4) {
            quoted.add(random.nextInt(pool.size()));
        }
        List<Statement> toQuote = new ArrayList<>(quoted.stream().map(pool::get).toList());
        for (int p = 0; p < PARAGRAPHS; p++) {
            paragraphs.add(prose(random, 3 + random.nextInt(2)));
            if (p % 2 == 1 && !toQuote.isEmpty()) {
                Statement s = toQuote.remove(0);
                QuoteVariant v = QuoteVariant.ALL.get(random.nextInt(QuoteVariant.ALL.size()));
                variants.add(v);
                // An embedded tweet is a paragraph of its own; other quotations run on into prose.
                paragraphs.add(v.paragraph(s, random) + (v == QuoteVariant.TWEET ? "\n\n" : " ") + prose(random, 1));
            }
        }
        paragraphs.add(localSpeakers(random, outlet, date));
        paragraphs.add("\"" + ownQuote(random) + ",\" a resident told " + outlet + ".");
        String title = title(random);
        String markdown = frontMatter(title, outlet, author, date, prose(random, 1))
                + String.join("\n\n", paragraphs) + "\n";
        return new GeneratedArticle(String.format(Locale.ROOT, "a%06d.md", index), outlet, markdown, variants);
    }

    /**
     * Speakers only this article quotes, in the shapes of real reporting: a person introduced with a
     * role and a scare quote, then quoted by pronoun in a statement split by its attribution.
     */
    private static String localSpeakers(Random random, String outlet, LocalDate date) {
        String first = WordLists.pick(WordLists.FIRST_NAMES, random);
        String name = first + " " + WordLists.pick(WordLists.LAST_NAMES, random);
        int a = random.nextInt(WordLists.LOCAL_QUOTES.size());
        int b = (a + 1 + random.nextInt(WordLists.LOCAL_QUOTES.size() - 1)) % WordLists.LOCAL_QUOTES.size();
        String place = WordLists.pick(WordLists.PLACES, random);
        // Each local speaker's words are their own: no two articles should share them by chance.
        String since = "We have been " + place + " since " + date.getMonth().getDisplayName(
                java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + date.getDayOfMonth() + ". ";
        return name + ", who runs a shelter " + place + ", called the plan \""
                + WordLists.pick(WordLists.SCARE_QUOTES, random) + "\". \"" + since + local(a, random)
                + ",\" " + WordLists.pronoun(first) + " told " + outlet + ". \"" + local(b, random) + ".\"";
    }

    private static String local(int template, Random random) {
        return String.format(Locale.ROOT, WordLists.LOCAL_QUOTES.get(template), 2 + random.nextInt(200),
                2 + random.nextInt(200));
    }

    private String prose(Random random, int sentences) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(sentence(random));
        }
        return b.toString();
    }

    private String sentence(Random random) {
        String subject = random.nextInt(4) == 0 ? glossaryMention(random) : WordLists.pick(WordLists.SUBJECTS, random);
        return WordLists.pick(WordLists.TIMES, random) + ", " + subject + " "
                + WordLists.pick(WordLists.VERBS, random) + " " + WordLists.pick(WordLists.OBJECTS, random) + " "
                + WordLists.pick(WordLists.PLACES, random) + ", " + WordLists.pick(WordLists.CLAUSES, random) + ".";
    }

    private String glossaryMention(Random random) {
        GlossaryTerm t = glossary.get(random.nextInt(glossary.size()));
        return random.nextBoolean() ? "the " + t.expansion() + " (" + t.term() + ")" : "the " + t.term();
    }

    private static String ownQuote(Random random) {
        return WordLists.pick(WordLists.QUOTE_OPENINGS, random) + " " + WordLists.pick(WordLists.OBJECTS, random)
                + " " + WordLists.pick(WordLists.PLACES, random);
    }

    private static String title(Random random) {
        String s = WordLists.pick(WordLists.SUBJECTS, random) + " " + WordLists.pick(WordLists.VERBS, random) + " "
                + WordLists.pick(WordLists.OBJECTS, random);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String frontMatter(String title, String outlet, String author, LocalDate date, String dek) {
        return "---\n"
                + "title: \"" + title + "\"\n"
                + "outlet: \"" + outlet + "\"\n"
                + "author: \"" + author + "\"\n"
                + "date: " + date + "\n"
                + "description: \"" + dek + "\"\n"
                + "---\n\n";
    }

    private static List<Statement> statements(Random random, int count) {
        List<Statement> statements = new ArrayList<>();
        Set<String> texts = new java.util.HashSet<>();
        for (int i = 0; i < count; i++) {
            String speaker = WordLists.pick(WordLists.FIRST_NAMES, random) + " " + WordLists.pick(WordLists.LAST_NAMES, random);
            String text;
            int tries = 0;
            do {
                // Two people do not say the same thirty words: every statement's text is its own
                // (the matcher lets long identical words outweigh a disagreeing speaker).
                text = WordLists.pick(WordLists.QUOTE_OPENINGS, random) + " "
                        + WordLists.pick(WordLists.QUOTE_OBJECTS, random) + " "
                        + WordLists.pick(WordLists.QUOTE_ENDINGS, random);
                if (random.nextBoolean() || tries > 10) {
                    // Real statements run to two sentences and thirty words or more.
                    text += ". " + WordLists.pick(WordLists.QUOTE_SECONDS, random);
                    if (tries > 10) {
                        text += " " + WordLists.pick(WordLists.PLACES, random);
                    }
                }
                tries++;
            } while (!texts.add(text) && tries < 100);
            statements.add(new Statement(speaker, WordLists.pick(WordLists.ROLES, random), text));
        }
        return statements;
    }

    private static List<GlossaryTerm> glossaryTerms(Random random) {
        List<GlossaryTerm> terms = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        while (terms.size() < GLOSSARY_TERMS) {
            String a = WordLists.pick(WordLists.GLOSSARY_ADJECTIVES, random);
            String n = WordLists.pick(WordLists.GLOSSARY_NOUNS, random);
            String b = WordLists.pick(WordLists.GLOSSARY_BODIES, random);
            String term = "" + a.charAt(0) + n.charAt(0) + b.charAt(0);
            if (used.add(term)) {
                terms.add(new GlossaryTerm(term, a + " " + n + " " + b));
            }
        }
        return terms;
    }

    /** The glossary for the generated corpus, in the format {@code content/glossary.yml} takes. */
    public String glossaryYaml() {
        StringBuilder b = new StringBuilder("# Generated by `gloss-bench bench`: terms the synthetic articles use.\n");
        for (GlossaryTerm t : glossary) {
            b.append("- term: ").append(t.term()).append('\n')
                    .append("  expansion: ").append(t.expansion()).append('\n')
                    .append("  aliases: [").append(t.expansion()).append("]\n")
                    .append("  category: institution\n")
                    .append("  definition: >-\n    A fictional body used in benchmark articles: the ")
                    .append(t.expansion()).append(".\n");
        }
        return b.toString();
    }

    private static String siteYaml(int articles) {
        return "title: \"Benchmark corpus (" + articles + " articles)\"\n"
                + "description: \"Synthetic articles generated by gloss-bench bench\"\n"
                + "language: en\n";
    }

    List<GlossaryTerm> glossaryTerms() {
        return glossary;
    }

    List<Statement> pool() {
        return pool;
    }
}
