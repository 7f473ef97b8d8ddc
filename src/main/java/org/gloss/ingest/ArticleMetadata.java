package org.gloss.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What is known about an article besides its text. Any field may be {@code null}: unknown is
 * recorded as unknown, never guessed.
 */
public record ArticleMetadata(
        String title,
        String outlet,
        String author,
        LocalDate date,
        String url,
        String description,
        String imageCaption,
        String imageCredit,
        String slug) {

    /** Every text field printable, however it was found (an HTML entity can spell ESC or U+FFFE). */
    public ArticleMetadata {
        title = printable(title);
        outlet = printable(outlet);
        author = printable(author);
        url = printable(url);
        description = printable(description);
        imageCaption = printable(imageCaption);
        imageCredit = printable(imageCredit);
        slug = printable(slug);
    }

    private static String printable(String s) {
        return s == null ? null : PrintableText.of(s);
    }

    /** Front-matter names of the fields, in the order they are written. */
    static final List<String> FIELDS = List.of(
            "title", "outlet", "author", "date", "url", "description", "image_caption", "image_credit", "slug");

    public static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null, null, null, null, null);

    /** The fields as a front-matter map (YAML names, nulls kept), in {@link #FIELDS} order. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("outlet", outlet);
        m.put("author", author);
        m.put("date", date);
        m.put("url", url);
        m.put("description", description);
        m.put("image_caption", imageCaption);
        m.put("image_credit", imageCredit);
        m.put("slug", slug);
        return m;
    }

    /** Builds metadata from a front-matter map; missing names are null. */
    static ArticleMetadata fromMap(Map<String, ?> m) {
        return new ArticleMetadata(
                str(m.get("title")), str(m.get("outlet")), str(m.get("author")),
                (LocalDate) m.get("date"), str(m.get("url")), str(m.get("description")),
                str(m.get("image_caption")), str(m.get("image_credit")), str(m.get("slug")));
    }

    /** Fields set (non-null) in this metadata. */
    List<String> presentFields() {
        List<String> names = new ArrayList<>();
        asMap().forEach((k, v) -> {
            if (v != null) {
                names.add(k);
            }
        });
        return names;
    }

    /** Every field of {@code overrides} that is set replaces the same field here. */
    ArticleMetadata overriddenBy(ArticleMetadata overrides) {
        Map<String, Object> mine = asMap();
        overrides.asMap().forEach((k, v) -> {
            if (v != null) {
                mine.put(k, v);
            }
        });
        return fromMap(mine);
    }

    private static String str(Object o) {
        return o == null ? null : Objects.toString(o);
    }
}
