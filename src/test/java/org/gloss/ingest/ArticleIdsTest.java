package org.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Ids are safe path segments, distinct, and do not depend on the order files were listed in. */
class ArticleIdsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "../../etc/x | etc-x",
        "/etc/passwd | etc-passwd",
        "..\\..\\windows\\system32 | windows-system32",
        "Zürich Café! | zurich-cafe",
        "..|article",
        "'' | article",
        "a/../../b | a-b",
        "CON | con_",
        "aux | aux_",
        "Nul | nul_",
        "prn | prn_",
        "com1 | com1_",
        "LPT9 | lpt9_",
        "com10 | com10",
        "console | console",
        "%2e%2e%2fetc | 2e-2e-2fetc"})
    void slugIsASafeSegment(String input, String expected) {
        String slug = ArticleIds.slug(input);
        assertEquals(expected, slug);
        assertTrue(slug.matches("[a-z0-9][a-z0-9_-]*"), slug);
    }

    /** Windows opens a device for these names whatever the extension, so {@code articles/con.html} cannot exist there. */
    @ParameterizedTest
    @CsvSource({"con.txt, con_", "AUX.md, aux_", "nul.html, nul_", "Com3.txt, com3_", "lpt1.txt, lpt1_"})
    void windowsDeviceNamesNeverBecomeFileNames(String fileName, String expected) {
        assertEquals(expected, ArticleIds.fromFileName(fileName));
    }

    static Stream<List<ArticleIds.Wish>> collisions() {
        return Stream.of(
                List.of(new ArticleIds.Wish("articles/a.txt", "a"), new ArticleIds.Wish("articles/a.md", "a"),
                        new ArticleIds.Wish("articles/b.txt", "b")),
                List.of(new ArticleIds.Wish("articles/x.txt", "same"), new ArticleIds.Wish("articles/y.txt", "same"),
                        new ArticleIds.Wish("articles/z.html", "same"), new ArticleIds.Wish("articles/same.txt", "same")),
                List.of(new ArticleIds.Wish("articles/one/a.txt", "a"), new ArticleIds.Wish("articles/two/a.txt", "a"),
                        new ArticleIds.Wish("articles/a-txt.txt", "a-txt"), new ArticleIds.Wish("articles/a.md", "a")));
    }

    @ParameterizedTest
    @MethodSource("collisions")
    void idsAreDistinctAndIndependentOfListingOrder(List<ArticleIds.Wish> wishes) {
        Map<String, String> first = byWish(wishes);
        assertEquals(wishes.size(), new HashSet<>(first.values()).size(), first.toString());
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            List<ArticleIds.Wish> shuffled = new ArrayList<>(wishes);
            Collections.shuffle(shuffled, random);
            assertEquals(first, byWish(shuffled));
        }
    }

    @ParameterizedTest
    @CsvSource({"articles/a.txt, a-txt", "articles/a.md, a-md"})
    void sameNameDifferentTypesAreToldApartByType(String source, String expected) {
        List<ArticleIds.Wish> wishes = List.of(new ArticleIds.Wish("articles/a.txt", "a"),
                new ArticleIds.Wish("articles/a.md", "a"));
        assertEquals(expected, byWish(wishes).get(source));
    }

    private static Map<String, String> byWish(List<ArticleIds.Wish> wishes) {
        List<String> ids = ArticleIds.assign(wishes);
        Map<String, String> m = new HashMap<>();
        IntStream.range(0, wishes.size()).forEach(i -> m.put(wishes.get(i).source(), ids.get(i)));
        return m;
    }
}
