package org.gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gloss.core.BuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

    private static final Path THEME = Path.of("templates");
    private static final List<String> SHIPPED = List.of("fr", "de", "es", "ru", "ar");

    @Test
    void englishIsTodaysWording() {
        Messages en = Messages.english();
        assertEquals("Also printed in 1 other article", en.plural("quote.marker.elsewhere", 1, Map.of()));
        assertEquals("Also printed in 3 other articles", en.plural("quote.marker.elsewhere", 3, Map.of()));
        assertEquals("2024-03-16", en.date(LocalDate.of(2024, 3, 16)), "English dates stay ISO");
        assertEquals("ltr", en.direction());
        assertEquals(List.of(), en.problems());
    }

    @Test
    void datesAreWrittenInTheLanguage() {
        LocalDate d = LocalDate.of(2024, 3, 16);
        assertEquals("16 mars 2024", Messages.load("fr", null).date(d));
        assertEquals("16. März 2024", Messages.load("de", null).date(d));
        assertEquals("16 de marzo de 2024", Messages.load("es", null).date(d));
        assertTrue(Messages.load("ru", null).date(d).startsWith("16 марта 2024"), Messages.load("ru", null).date(d));
        assertTrue(Messages.load("ar", null).date(d).contains("مارس"), Messages.load("ar", null).date(d));
        assertEquals("not a date", Messages.load("fr", null).date("not a date"));
    }

    @Test
    void aLanguageWithoutMessagesIsEnglishWithOneWarning() {
        Messages m = Messages.load("sw", null);
        assertEquals("Articles", m.text("nav.articles"));
        assertEquals(1, m.problems().size(), m.problems().toString());
        assertTrue(m.problems().get(0).message().contains("'sw'"), m.problems().toString());
        // A region or script of a shipped language finds its language's file, without a warning.
        assertEquals("Articles", Messages.load("fr-CA", null).text("nav.articles"));
        assertEquals("Artikel", Messages.load("de-AT", null).text("nav.articles"));
        assertEquals(List.of(), Messages.load("de-AT", null).problems());
        assertEquals(List.of(), Messages.load("en-GB", null).problems());
    }

    @Test
    void aKeyMissingInALanguageComesFromEnglish(@TempDir Path theme) throws IOException {
        Files.createDirectories(theme.resolve("messages"));
        Files.writeString(theme.resolve("messages/it.properties"), "nav.articles=Articoli\n", StandardCharsets.UTF_8);
        Messages it = Messages.load("it", theme);
        assertEquals("Articoli", it.text("nav.articles"));
        assertEquals("Quotations", it.text("nav.quotes"), "missing in it: English");
        assertEquals(List.of(), it.problems(), "a language with a file is no warning");
    }

    @Test
    void aUsersThemeOverridesMessagesOneByOne(@TempDir Path theme) throws IOException {
        Files.createDirectories(theme.resolve("messages"));
        Files.writeString(theme.resolve("messages/fr.properties"), "nav.articles=Papiers\n", StandardCharsets.UTF_8);
        Files.writeString(theme.resolve("messages/en.properties"), "nav.quotes=Quotes\n", StandardCharsets.UTF_8);
        Messages fr = Messages.load("fr", theme);
        assertEquals("Papiers", fr.text("nav.articles"), "the user's French first");
        assertEquals("Glossaire", fr.text("nav.glossary"), "then the built-in French");
        assertEquals("Citations", fr.text("nav.quotes"), "the built-in French before the user's English");
        assertEquals("Quotes", Messages.load("en", theme).text("nav.quotes"));
    }

    @Test
    void anUnknownKeyStopsTheBuildNamingIt() {
        BuildException e = assertThrows(BuildException.class, () -> Messages.english().text("no.such.key"));
        assertTrue(e.getMessage().contains("no.such.key"), e.getMessage());
    }

    @Test
    void pluralFormsFollowTheLanguage() {
        Messages ru = Messages.load("ru", null);
        assertEquals("1 статья в этой подборке.", ru.plural("outlet.count", 1, Map.of()));
        assertEquals("3 статьи в этой подборке.", ru.plural("outlet.count", 3, Map.of()));
        assertEquals("11 статей в этой подборке.", ru.plural("outlet.count", 11, Map.of()));
        assertEquals("21 статья в этой подборке.", ru.plural("outlet.count", 21, Map.of()));
        assertEquals("25 статей в этой подборке.", ru.plural("outlet.count", 25, Map.of()));
        Messages ar = Messages.load("ar", null);
        assertEquals("مقالان في هذه المختارات.", ar.plural("outlet.count", 2, Map.of()));
        assertEquals("5 مقالات في هذه المختارات.", ar.plural("outlet.count", 5, Map.of()));
        assertEquals("12 مقالًا في هذه المختارات.", ar.plural("outlet.count", 12, Map.of()));
        assertEquals("100 مقال في هذه المختارات.", ar.plural("outlet.count", 100, Map.of()));
        assertEquals("1 article dans ce recueil.", Messages.load("fr", null).plural("outlet.count", 1, Map.of()));
        assertEquals("0 article dans ce recueil.", Messages.load("fr", null).plural("outlet.count", 0, Map.of()));
        assertEquals("0 articles in this reader.", Messages.english().plural("outlet.count", 0, Map.of()));
    }

    @Test
    void pluralRulesAgreeWithCldrOnTheirCategories() {
        assertEquals(List.of("many", "one", "few", "many", "many", "one", "few", "many", "many"),
                Stream.of(0, 1, 2, 5, 11, 21, 22, 111, 112).map(n -> PluralRules.category("ru", n)).toList());
        assertEquals(List.of("zero", "one", "two", "few", "few", "many", "many", "other", "other", "few"),
                Stream.of(0, 1, 2, 3, 10, 11, 99, 100, 102, 103).map(n -> PluralRules.category("ar", n)).toList());
        assertEquals(List.of("one", "one", "other"), Stream.of(0, 1, 2).map(n -> PluralRules.category("fr", n)).toList());
        assertEquals(List.of("other", "one", "other"), Stream.of(0, 1, 2).map(n -> PluralRules.category("de", n)).toList());
        assertEquals("other", PluralRules.category("ja", 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "he", "fa", "ur", "az-Arab", "ar-EG"})
    void rightToLeftLanguages(String tag) {
        assertEquals("rtl", Messages.load(tag, null).direction());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ru", "de-CH", "zh-Hant-TW", "ku-Latn"})
    void leftToRightLanguages(String tag) {
        assertEquals("ltr", Messages.load(tag, null).direction());
    }

    @Test
    void valuesAreEscapedIntoHtmlMessages() {
        assertEquals("There is no page at this address. Try the <a href=\"&quot;&gt;&lt;x\">list of articles</a> or "
                        + "<a href=\"search.html\">search</a>.",
                Messages.english().html("notfound.text", Map.of("articles", "\"><x", "search", "search.html")));
        assertEquals(List.of("in ", "outlet", ", ", "date", ""), Messages.english().pieces("quote.popover.printing"));
    }

    @Test
    void candidatesGoFromTheMostSpecific() {
        assertEquals(List.of("zh-Hant-TW", "zh-Hant", "zh-TW", "zh"), Messages.candidates("zh-Hant-TW"));
        assertEquals(List.of("pt-BR", "pt"), Messages.candidates("pt-BR"));
        assertEquals(List.of("en-GB"), Messages.candidates("en-GB"));
    }

    /**
     * Every shipped language says everything English says: each key, or for a plural message its
     * {@code other} form; and has no key English lacks (a typo would never be used).
     */
    @Test
    void shippedLanguagesAreComplete() throws IOException {
        Set<String> english = keys("en");
        Set<String> pluralStems = new TreeSet<>();
        english.stream().filter(k -> k.endsWith(".other")).forEach(k -> pluralStems.add(k.substring(0, k.length() - 6)));
        for (String lang : SHIPPED) {
            Set<String> keys = keys(lang);
            List<String> missing = new ArrayList<>();
            for (String k : english) {
                String stem = k.replaceFirst("\\.(zero|one|two|few|many|other)$", "");
                boolean plural = pluralStems.contains(stem) && !stem.equals(k);
                if (plural ? !keys.contains(stem + ".other") : !keys.contains(k)) {
                    missing.add(k);
                }
            }
            assertEquals(List.of(), missing, lang + " lacks");
            List<String> unknown = keys.stream().filter(k -> !english.contains(k)
                    && !pluralStems.contains(k.replaceFirst("\\.(zero|one|two|few|many|other)$", ""))).toList();
            assertEquals(List.of(), unknown, lang + " has keys English does not");
        }
    }

    /** Every key the built-in templates ask for exists in English (the theme would stop the build otherwise). */
    @Test
    void everyKeyTheTemplatesUseExists() throws IOException {
        Messages en = Messages.english();
        Pattern call = Pattern.compile("\\bt(?:_html)?\\(\"([^\"]+)\"(, *\\{\"count\")?");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(THEME)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".peb")).toList()) {
                Matcher m = call.matcher(Files.readString(p));
                while (m.find()) {
                    String key = m.group(2) != null && !en.has(m.group(1)) ? m.group(1) + ".other" : m.group(1);
                    if (!en.has(key)) {
                        missing.add(p.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void templatesGetTheWordsOfTheSitesLanguage(@TempDir Path theme) throws IOException {
        Files.writeString(theme.resolve("words.peb"), "{{ t(\"nav.articles\") }}|{{ \"2024-03-16\" | date_text }}|"
                + "{{ t(\"outlet.count\", {\"count\": 3}) }}|{{ t(\"article.byline\", {\"author\": \"<b>\"}) }}|"
                + "{{ t_html(\"notfound.text\", {\"articles\": \"a\", \"search\": \"b\"}) }}");
        Theme t = Theme.load(theme);
        Map<String, Object> site = new HashMap<>();
        site.put("language", "fr");
        String fr = t.render("words.peb", Map.of("site", site));
        assertEquals("Articles|16 mars 2024|3 articles dans ce recueil.|Par &lt;b&gt;|Il n’y a aucune page à cette "
                + "adresse. Essayez la <a href=\"a\">liste des articles</a> ou la <a href=\"b\">recherche</a>.", fr);
        site.put("language", "de");
        assertTrue(t.render("words.peb", Map.of("site", site)).startsWith("Artikel|16. März 2024|3 Artikel"));
    }

    private static Set<String> keys(String lang) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(THEME.resolve("messages/" + lang + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
