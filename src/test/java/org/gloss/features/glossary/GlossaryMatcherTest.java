package org.gloss.features.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.gloss.analyze.Analyzer;
import org.gloss.analyze.Annotations;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.Block;
import org.gloss.analyze.Span;
import org.gloss.features.TestFeatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlossaryMatcherTest {

    private static final Glossary GLOSSARY = GlossaryReader.parse("""
            - term: SDF
              expansion: Syrian Democratic Forces
              aliases: [Syrian Democratic Forces]
              definition: d
            - term: HTS
              aliases: [Hayat Tahrir al-Sham]
              definition: d
            - term: Islamic State
              aliases:
                - ISIS
                - {alias: IS, context: [group, militants, Islamic, fighters]}
              definition: d
            - term: M4/M5
              aliases:
                - M4-M5
                - M4 highway
                - {alias: M4, context: [highway, road, Latakia]}
                - {alias: M5, context: [highway, road, Damascus]}
              definition: d
            - term: PMC
              aliases: [private military company]
              definition: d
            - term: Hama
              definition: d
            - term: de-escalation zone
              definition: d
            - term: de-confliction
              aliases: [deconfliction, de-conflict]
              definition: d
            - term: UN
              aliases: [United Nations, U.N.]
              definition: d
            - term: UN Security Council
              aliases: [UN Security Council, Security Council]
              definition: d
            - term: Qamishli
              aliases: [al-Qamishli]
              definition: d
            - term: River Wye
              aliases: [{alias: Wye, context: [river]}]
              definition: d
            - term: al-Qaeda
              definition: d
            """, "test.yml");

    private static final GlossaryMatcher MATCHER = new GlossaryMatcher(GLOSSARY);

    /** Mentions of {@code text} as {@code term=printed} joined by {@code |}; empty when none. */
    private static String mentions(String text) {
        ArticleText at = new ArticleText("a", List.of(new Block(0, Block.Kind.PARAGRAPH, text)));
        return MATCHER.find(at).stream().map(m -> m.term() + "=" + m.text()).collect(Collectors.joining("|"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // whole words only
            "The SDF patrols.; SDF=SDF",
            "SDFX and XSDF and SDF2 and sdf_news are not it.; ''",
            // capitals: all-capital forms are case-sensitive, mixed-case forms are not
            "This is what it is.; ''",
            "The IS group claimed it.; Islamic State=IS",
            "The sdf is a typo, not a mention.; ''",
            "the syrian democratic forces; SDF=syrian democratic forces",
            // possessives and plurals
            "The SDF's commanders; SDF=SDF",
            "Russian PMCs and a private military company's men; PMC=PMCs|PMC=private military company",
            "Two de-escalation zones; de-escalation zone=de-escalation zones",
            "Hamas is not Hama.; Hama=Hama",
            // never inside addresses printed as text
            "See https://example.com/sdf-news for SDF news.; SDF=SDF",
            "Read www.sdf-press.org or example.org/hts today; ''",
            "Follow @SDFpress and #SDF; ''",
            // context decides ambiguous aliases
            "Soldiers carrying M4 rifles.; ''",
            "The M4 highway to Latakia.; M4/M5=M4 highway",
            "Fighting near the M5, the road to Damascus.; M4/M5=M5",
            "M4 carbines and M5 tanks; ''",
            // longest form wins; a long form with its abbreviation is one mention
            "Kurdish-led Syrian Democratic Forces (SDF) that works; SDF=Syrian Democratic Forces (SDF)",
            "HTS (Hayat Tahrir al-Sham) said; HTS=HTS (Hayat Tahrir al-Sham)",
            "an urgent UN Security Council meeting; UN Security Council=UN Security Council",
            "at al-Qamishli Airbase; Qamishli=al-Qamishli",
            "the U.N.'s relief chief; UN=U.N.",
            // spelling variants of separators and apostrophes
            "the M4–M5 road and de conflict talks; M4/M5=M4–M5|de-confliction=de conflict",
            "the deconfliction line; de-confliction=deconfliction",
    })
    void appliesTheMatchingRules(String text, String expected) {
        assertEquals(expected, mentions(text));
    }

    /**
     * Issue 20, item 1: a form is never a piece of a hyphenated compound it is not written as.
     * ({@code \u2010} and {@code \u2011} are the hyphens, {@code \u2013} and {@code \u2014} the dashes.)
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "The river town of Ross-on-Wye flooded.; ''",
            "A Wye-based river charity; ''",
            "Wye- and Severn-based river charities; ''",
            "Pro-SDF and SDF-led militias, anti\u2010HTS and HTS\u2011run towns; ''",
            "An al-Qaeda-linked group; ''",
            // forms written with the hyphen match, with any dash or a space for it
            "al-Qaeda and al Qaeda; al-Qaeda=al-Qaeda|al-Qaeda=al Qaeda",
            "the M4-M5 and the M4\u2013M5; M4/M5=M4-M5|M4/M5=M4\u2013M5",
            "the old Qamishli-Hasakah road, at al-Qamishli; Qamishli=al-Qamishli",
            // dashes as punctuation, spaced or not, and a hyphen spaced as a dash are not compounds
            "The Wye \u2013 a river \u2013 rose.; River Wye=Wye",
            "The river rose\u2014Wye\u2014and fell.; River Wye=Wye",
            "The SDF - a militia; SDF=SDF",
            "Aleppo\u2013SDF talks; SDF=SDF",
    })
    void neverMatchesInsideAHyphenatedCompound(String text, String expected) {
        assertEquals(expected, mentions(text));
    }

    private static final GlossaryMatcher WITH_NOT = new GlossaryMatcher(GlossaryReader.parse("""
            - term: River Wye
              aliases:
                - {alias: Wye, context: [river], not: [Wye Valley Walk]}
              not: ["Wye Valley Brewery"]
              definition: d
            - term: SDF
              not: [New SDF Party]
              definition: d
            """, "test.yml"));

    /** Issue 20, item 2: a mention inside one of its {@code not} phrases (any case, whole words) does not count. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "By the river Wye stands the Wye Valley Brewery.; River Wye=river Wye",
            "WYE VALLEY BREWERY ALES, FROM THE RIVER; ''",
            "A river trip to Wye Valley Brewery's yard; ''",
            "The Wye Valley\u00a0Brewery by the river; ''",
            // the phrase must be whole words
            "The Wye Valley Breweryside river path; River Wye=Wye",
            // an alias's own phrases apply to it only; the entry's apply to every form
            "On the Wye Valley Walk by the river; ''",
            "the River Wye Valley Walk; River Wye=River Wye",
            // the form may sit anywhere in the phrase
            "The New SDF Party is not the SDF.; SDF=SDF",
    })
    void notPhrasesExcludeMentions(String text, String expected) {
        ArticleText at = new ArticleText("a", List.of(new Block(0, Block.Kind.PARAGRAPH, text)));
        assertEquals(expected, WITH_NOT.find(at).stream().map(m -> m.term() + "=" + m.text())
                .collect(Collectors.joining("|")));
    }

    @Test
    void notPhrasesCostOneScanOfTheText() {
        String text = "Wye Valley Brewery by the river. ".repeat(20_000) + "The New SDF Party. ".repeat(20_000);
        ArticleText at = new ArticleText("a", List.of(new Block(0, Block.Kind.PARAGRAPH, text)));
        long start = System.nanoTime();
        assertEquals(List.of(), WITH_NOT.find(at));
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "linear in the text");
    }

    @Test
    void twoLetterAcronymsAreNotMatchedInTextSetInCapitals() {
        assertEquals("", mentions("WHAT THE GROUP IS DOING TO MILITANTS"));
        assertEquals("SDF=SDF", mentions("RUSSIA WARNS THE SDF"));
    }

    @Test
    void flagsOnlyTheFirstMentionOfEachTermInAnArticle() {
        ArticleText at = new ArticleText("a", List.of(
                new Block(0, Block.Kind.PARAGRAPH, "The SDF and HTS."),
                new Block(1, Block.Kind.PARAGRAPH, "The SDF again.")));
        List<GlossaryMention> found = MATCHER.find(at);
        assertEquals(List.of(true, true, false), found.stream().map(GlossaryMention::first).toList());
        assertEquals(new Span(1, 4, 7), found.get(2).span());
    }

    @Test
    void contextMustBeNearbyNotAnywhereInTheParagraph() {
        String far = "The highway was closed for a week after the floods and then reopened to all traffic,"
                + " and much later soldiers were seen carrying M4 rifles.";
        assertEquals("", mentions(far));
    }

    @Test
    void scansLongTextWithManyTermsWithoutLosingAny() {
        String text = "The SDF said. ".repeat(2000);
        ArticleText at = new ArticleText("a", List.of(new Block(0, Block.Kind.PARAGRAPH, text)));
        List<GlossaryMention> found = MATCHER.find(at);
        assertEquals(2000, found.size());
        assertTrue(found.stream().allMatch(m -> m.text().equals("SDF")));
    }

    @Test
    void neverMarksInlineCode() {
        org.gloss.ingest.Article a = new org.gloss.ingest.Article("a", "a.md", org.gloss.ingest.ArticleMetadata.EMPTY,
                "Run `grep SDF  file` to find the SDF, and `HTS`.\n\n# The SDF\n", List.of(), List.of());
        Annotations ann = TestFeatures.analyzer(GLOSSARY).analyze(List.of(a));
        assertEquals(List.of(new Span(0, 30, 33), new Span(1, 4, 7)),
                ann.get(GlossaryFeature.LINKED).mentions().stream().map(GlossaryMention::span).toList());
    }
}
