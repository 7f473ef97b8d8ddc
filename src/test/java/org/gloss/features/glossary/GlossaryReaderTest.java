package org.gloss.features.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gloss.core.BuildException;
import org.gloss.core.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlossaryReaderTest {

    @Test
    void readsEveryField() {
        Glossary g = GlossaryReader.parse("""
                - term: M4/M5
                  expansion: the M4 and M5 highways
                  aliases: [M4-M5, {alias: M4, context: [highway, road]}]
                  definition: Two *highways*.
                  category: road
                  context: [Syria]
                  links: [{title: Map, url: "https://example.org/map"}, "https://example.org/two"]
                  see_also: [Idlib]
                  case_sensitive: true
                - term: Idlib
                  definition: A province.
                """, "g.yml");
        GlossaryEntry e = g.entries().get(0);
        assertEquals("M4/M5", e.term());
        assertEquals(List.of("M4-M5", "M4"), e.aliasTexts());
        assertEquals(List.of("highway", "road"), e.aliases().get(1).context());
        assertEquals(List.of("Syria"), e.forms().get(1).context(), "entry context applies to plain aliases");
        assertEquals("Two *highways*.", e.definition());
        assertEquals(List.of(new GlossaryEntry.Link("Map", "https://example.org/map"),
                new GlossaryEntry.Link("https://example.org/two", "https://example.org/two")), e.links());
        assertEquals(List.of("Idlib"), e.seeAlso());
        assertEquals(Boolean.TRUE, e.caseSensitive());
        assertEquals(1, e.line());
        assertEquals(10, g.entries().get(1).line());
        assertTrue(g.warnings().isEmpty(), g.warnings().toString());
    }

    /** Issue 20, item 2. */
    @Test
    void readsNotPhrasesOfEntriesAndAliases() {
        Glossary g = GlossaryReader.parse("""
                - term: River Wye
                  aliases: [{alias: Wye, context: [river], not: [Wye Valley Walk]}, Afon Gwy]
                  not: ["Wye Valley Brewery"]
                  definition: d
                """, "g.yml");
        GlossaryEntry e = g.entries().get(0);
        assertEquals(List.of("Wye Valley Brewery"), e.not());
        assertEquals(List.of("Wye Valley Walk"), e.aliases().get(0).not());
        assertEquals(List.of(List.of("Wye Valley Brewery"), List.of("Wye Valley Brewery", "Wye Valley Walk"),
                List.of("Wye Valley Brewery")), e.forms().stream().map(GlossaryEntry.Alias::not).toList());
        assertTrue(g.warnings().isEmpty(), g.warnings().toString());
    }

    @Test
    void aNotThatIsNotAListOfPhrasesIsAnErrorAtItsPosition() {
        BuildException e = assertThrows(BuildException.class, () -> GlossaryReader.parse("""
                - term: River Wye
                  not: Wye Valley Brewery
                  definition: d
                - term: SDF
                  not: [[nested], {a: b}, "", ok]
                  aliases: [{alias: Syrian Democratic Forces, not: {x: y}}]
                  definition: d
                """, "g.yml"));
        List<String> messages = e.problems().stream().map(Problem::toString).toList();
        assertEquals(List.of(
                "g.yml:2:8: error: 'not' must be a list of phrases, e.g. not: [\"Wye Valley Brewery\"]",
                "g.yml:6:52: error: 'not' must be a list of phrases, e.g. not: [\"Wye Valley Brewery\"]",
                "g.yml:5:9: error: each phrase in 'not' must be a piece of text",
                "g.yml:5:19: error: each phrase in 'not' must be a piece of text",
                "g.yml:5:27: error: each phrase in 'not' must be a piece of text"), messages);
    }

    /** Issue 20, item 3. */
    @Test
    void aPlainListHasTheDefaultCategories() {
        Glossary g = GlossaryReader.parse("- {term: SDF, category: group, definition: d}\n", "g.yml");
        assertEquals(Glossary.DEFAULT_CATEGORIES, g.categories());
        assertEquals(List.of("group", "place", "road", "institution", "concept"),
                g.categories().stream().map(Glossary.Category::id).toList());
        assertTrue(g.warnings().isEmpty(), g.warnings().toString());
    }

    @Test
    void aMappingListsCategoriesWithTitlesInOrder() {
        Glossary g = GlossaryReader.parse("""
                categories:
                  - {id: river, title: Rivers and valleys}
                  - id: group
                    title: Groups
                  - place
                entries:
                  - term: Wye
                    category: river
                    definition: d
                  - term: SDF
                    category: road
                    definition: d
                """, "g.yml");
        assertEquals(List.of(new Glossary.Category("river", "Rivers and valleys"), new Glossary.Category("group", "Groups"),
                new Glossary.Category("place", "Place")), g.categories());
        assertEquals(2, g.entries().size());
        assertEquals(List.of("g.yml:11:15: warning: unknown category 'road' (expected one of [river, group, place]);"
                + " the entry is listed under Other terms"), g.warnings().stream().map(Problem::toString).toList());
    }

    @Test
    void categoriesAloneOrNoEntriesMakeAnEmptyGlossary() {
        assertTrue(GlossaryReader.parse("categories: [river]\n", "g.yml").entries().isEmpty());
        assertTrue(GlossaryReader.parse("categories: [river]\nentries:\n", "g.yml").entries().isEmpty());
    }

    @Test
    void malformedCategoriesAreErrorsAndOddKeysWarningsAtTheirPosition() {
        BuildException e = assertThrows(BuildException.class, () -> GlossaryReader.parse("""
                categories:
                  - {title: No id}
                  - {id: river, colour: blue}
                  - {id: river, title: Again}
                  - {id: road, title: [a, b]}
                  - [nested]
                entries: []
                """, "g.yml"));
        assertEquals(List.of(
                "g.yml:2:5: error: a category needs an 'id' (a single word or value)",
                "g.yml:4:10: error: category 'river' is already listed (line 3)",
                "g.yml:5:23: error: a category's 'title' must be a single value",
                "g.yml:6:5: error: a category needs an 'id' (a single word or value)"),
                e.problems().stream().map(Problem::toString).toList());
        BuildException notAList = assertThrows(BuildException.class,
                () -> GlossaryReader.parse("categories: group\nentries: []\n", "g.yml"));
        assertEquals("g.yml:1:13: error: 'categories' must be a list of {id: ..., title: ...}",
                notAList.problems().get(0).toString());
        Glossary g = GlossaryReader.parse("categories: [{id: river, colour: blue}]\nentries: []\nterms: []\n", "g.yml");
        assertEquals(List.of("g.yml:3:1: warning: unknown key 'terms' ignored (known: categories, entries)",
                "g.yml:1:26: warning: unknown field 'colour' of a category ignored (known: id, title)"),
                g.warnings().stream().map(Problem::toString).toList());
    }

    @Test
    void malformedYamlNamesFileLineAndColumn() {
        BuildException e = assertThrows(BuildException.class, () -> GlossaryReader.parse("""
                - term: SDF
                  aliases: [Syrian Democratic Forces
                - term: HTS
                """, "content/glossary.yml"));
        Problem p = e.problems().get(0);
        assertEquals("content/glossary.yml", p.file());
        assertTrue(p.line() >= 2, p.toString());
        assertTrue(p.column() > 0, p.toString());
        assertTrue(p.message().startsWith("malformed YAML"), p.message());
    }

    @Test
    void everyEntryWithoutATermIsReportedAtItsOwnLine() {
        BuildException e = assertThrows(BuildException.class, () -> GlossaryReader.parse("""
                - term: SDF
                  definition: ok
                - expansion: nothing to call it
                  definition: no term
                - term: HTS
                  definition: ok
                - term: "  "
                  definition: blank term
                """, "g.yml"));
        assertEquals(2, e.problems().size(), e.problems().toString());
        assertEquals(3, e.problems().get(0).line());
        assertEquals(3, e.problems().get(0).column());
        assertTrue(e.problems().get(0).message().contains("entry 2 has no 'term'"));
        assertEquals(7, e.problems().get(1).line());
        assertEquals(9, e.problems().get(1).column(), "points at the blank value");
    }

    @Test
    void unknownFieldsAndOddValuesAreWarningsWithTheirPosition() {
        Glossary g = GlossaryReader.parse("""
                - term: SDF
                  definiton: typo
                  category: militia
                  nott: [x]
                  see_also: [Nowhere]
                """, "g.yml");
        assertEquals(1, g.entries().size());
        List<String> messages = g.warnings().stream().map(Problem::toString).toList();
        assertTrue(messages.contains("g.yml:2:3: warning: unknown field 'definiton' ignored; did you mean 'definition'?"),
                messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("g.yml:3:13: warning: unknown category 'militia'")));
        assertTrue(messages.contains("g.yml:4:3: warning: unknown field 'nott' ignored; did you mean 'not'?"),
                messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("'SDF' has no definition")));
        assertTrue(messages.stream().anyMatch(m -> m.contains("sees also 'Nowhere'")));
    }

    @Test
    void wrongTypesAndDuplicateTermsAreErrors() {
        BuildException e = assertThrows(BuildException.class, () -> GlossaryReader.parse("""
                - term: SDF
                  case_sensitive: maybe
                - term: sdf
                - just a string
                """, "g.yml"));
        List<String> messages = e.problems().stream().map(Problem::toString).toList();
        assertTrue(messages.contains("g.yml:2:19: error: 'case_sensitive' must be true or false"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("g.yml:3:1: error: term 'sdf' is already defined")));
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("g.yml:4:3: error: entry 3 is not a mapping")));
    }

    @Test
    void aDocumentThatIsNotAListIsAnError() {
        BuildException e = assertThrows(BuildException.class, () -> GlossaryReader.parse("term: SDF\n", "g.yml"));
        assertEquals(1, e.problems().get(0).line());
    }

    @Test
    void missingOrEmptyFileIsAnEmptyGlossary(@TempDir Path dir) throws Exception {
        assertEquals(Glossary.EMPTY, GlossaryReader.read(dir));
        Files.writeString(dir.resolve("glossary.yml"), "# nothing yet\n");
        assertTrue(GlossaryReader.read(dir).entries().isEmpty());
    }

    @Test
    void readErrorsNameThePathOfTheFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("glossary.yml"), "- term: [unclosed\n");
        BuildException e = assertThrows(BuildException.class, () -> GlossaryReader.read(dir));
        assertEquals(dir.resolve("glossary.yml").toString(), e.problems().get(0).file());
    }

    @Test
    void theProjectGlossaryReadsCleanly() {
        Glossary g = GlossaryReader.read(Path.of("content"));
        assertTrue(g.entries().size() >= 15, "at least 15 entries");
        assertTrue(g.warnings().isEmpty(), g.warnings().toString());
        assertTrue(g.entries().stream().allMatch(e -> e.definition() != null && e.category() != null));
    }

    /** Issue 16, item 9: the glossary goes through the same YAML guard as every other file. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "duplicate key | '- term: SDF\n  definition: first\n  definition: second\n' | 3 | appears twice",
        "bad tag | '- term: SDF\n  definition: !u44%+d hi\n' | 2 | malformed YAML",
        "deep brackets | '- term: SDF\n  definition: DEEP\n' | 2 | nested more than 100 deep",
        "alias | '- term: &t SDF\n  expansion: *t\n' | 2 | aliases (*name) are not allowed"})
    void everyYamlGuardAppliesToTheGlossary(String what, String yaml, int line, String message) {
        String text = yaml.replace("\\n", "\n").replace("DEEP", "[".repeat(20_000));
        BuildException e = assertThrows(BuildException.class, () -> GlossaryReader.parse(text, "content/glossary.yml"));
        Problem p = e.problems().get(0);
        assertEquals("content/glossary.yml", p.file());
        assertEquals(line, p.line(), p.toString());
        assertTrue(p.column() > 0, p.toString());
        assertTrue(p.message().contains(message), p.toString());
        assertTrue(p.toString().length() < 300, p.toString());
    }

    @Test
    void aGlossaryOverSnakeyamlsThreeMegabytesIsRead(@TempDir Path dir) throws Exception {
        StringBuilder yaml = new StringBuilder();
        String words = "A neutral sentence that says what the term means and where it is used. ".repeat(3);
        int n = 0;
        while (yaml.length() < 4_800_000) {
            yaml.append("- term: Term").append(n++).append("\n  category: concept\n  definition: ").append(words)
                    .append("\n");
        }
        Files.writeString(dir.resolve("glossary.yml"), yaml);
        assertEquals(n, GlossaryReader.read(dir).entries().size());
    }
}
