package org.gloss.features.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gloss.analyze.AnchoredSearch;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.Block;
import org.gloss.core.Problem;
import org.gloss.ingest.Article;
import org.gloss.ingest.ArticleMetadata;
import org.junit.jupiter.api.Test;

class AcronymLinterTest {

    private static final Glossary GLOSSARY = new Glossary(List.of(
            GlossaryEntry.of("SDF", "Syrian Democratic Forces", List.of(), "d", "group"),
            GlossaryEntry.of("PMC", "private military company", List.of(), "d", "concept")));

    private static List<String> lint(String... paragraphs) {
        List<Block> blocks = new java.util.ArrayList<>();
        for (String p : paragraphs) {
            blocks.add(new Block(blocks.size(), Block.Kind.PARAGRAPH, p));
        }
        Article article = new Article("a1", "articles/a1.txt", ArticleMetadata.EMPTY, String.join("\n\n", paragraphs),
                List.of(), List.of());
        return new AcronymLinter().lint(List.of(article), List.of(new ArticleText("a1", blocks)), GLOSSARY)
                .stream().map(Problem::toString).toList();
    }

    @Test
    void listsUnknownAcronymsWithTheParagraphsTheyAppearIn() {
        assertEquals(List.of(
                        "articles/a1.txt: warning: acronym 'WSJ' has no glossary entry (paragraphs 1, 3)",
                        "articles/a1.txt: warning: acronym 'MPs' has no glossary entry (paragraph 2)"),
                lint("According to the WSJ, the SDF and PMCs were there.", "Two MPs said so.", "The WSJ again."));
    }

    @Test
    void skipsWhatIsKnownOrNotAnAcronym() {
        assertEquals(List.of(), lint(
                "ANKARA - The SDF's PMC contractors and US, UK and EU officials met in World War II.",
                "A Word In Title Case, a single capital I, and an acronym of seven, NATOISH, ABCDEFG.",
                "See https://example.com/WSJ/ABC and @CNN for more.",
                "THIS WHOLE LINE IS SET IN CAPITALS WITH ABC IN IT"));
    }

    @Test
    void noGlossaryFlagsEveryAcronym() {
        Article a = new Article("b", "b.md", ArticleMetadata.EMPTY, "", List.of(), List.of());
        ArticleText t = new ArticleText("b", List.of(new Block(0, Block.Kind.PARAGRAPH, "HTS and SDF.")));
        assertEquals(2, new AcronymLinter().lint(List.of(a), List.of(t), Glossary.EMPTY).size());
    }

    @Test
    void tryingThePatternOnlyAtCapitalPairsFindsWhatAFullSearchFinds() {
        // Capitals of several kinds (ASCII, accented, Greek, a supplementary one), the characters
        // the look-arounds test (letters, digits, '_', '.', 's') and spaces, at random.
        String[] pieces = {"A", "B", "S", "É", "Σ", "\uD835\uDC00", "a", "s", "σ", "é", "1", "_", ".", " ", " ", "-", "'"};
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(24); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = sb.toString();
            List<String> full = new java.util.ArrayList<>();
            java.util.regex.Matcher m = AcronymLinter.ACRONYM.matcher(s);
            while (m.find()) {
                full.add(m.start() + ":" + m.group());
            }
            List<String> anchored = new java.util.ArrayList<>();
            AnchoredSearch.find(AcronymLinter.ACRONYM, s, AcronymLinter.capitalPairs(s),
                    a -> anchored.add(a.start() + ":" + a.group()));
            assertEquals(full, anchored, s);
        }
    }
}
