package org.gloss.ingest;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Metadata being collected while a reader walks through a page: the first value found for a
 * field wins, since readers look at the most trusted places first.
 */
final class MetadataDraft {

    private static final int MAX_ESCAPES = 4;
    private static final Pattern USER_HANDLE = Pattern.compile("[a-z0-9_.@-]+");

    private String title;
    private String outlet;
    private String author;
    private LocalDate date;
    private String url;
    private String description;
    private String imageCaption;
    private String imageCredit;

    MetadataDraft title(String v) {
        title = first(title, v);
        return this;
    }

    MetadataDraft outlet(String v) {
        outlet = first(outlet, v);
        return this;
    }

    /** A site's user handle ("jdadmin", "web_editor") is not a name: it is passed over. */
    MetadataDraft author(String v) {
        if (v == null || !USER_HANDLE.matcher(v.strip()).matches()) {
            author = first(author, v);
        }
        return this;
    }

    /** Rewrites the author found, if any (a last tidying once every field is known). */
    MetadataDraft tidyAuthor(java.util.function.UnaryOperator<String> f) {
        author = author == null ? null : clean(f.apply(author));
        return this;
    }

    MetadataDraft date(LocalDate v) {
        date = date == null ? v : date;
        return this;
    }

    MetadataDraft url(String v) {
        url = first(url, v);
        return this;
    }

    MetadataDraft description(String v) {
        description = first(description, v);
        return this;
    }

    /** A caption and its credit belong to the same picture: both come from the first one found. */
    MetadataDraft image(ImageCaption c) {
        if (imageCaption == null && imageCredit == null) {
            imageCaption = clean(c.caption());
            imageCredit = clean(c.credit());
        } else if (imageCredit == null && imageCaption != null && c.caption() == null) {
            imageCredit = clean(c.credit());
        } else if (imageCaption == null && c.credit() == null) {
            imageCaption = clean(c.caption());
        }
        return this;
    }

    String title() {
        return title;
    }

    String outlet() {
        return outlet;
    }

    String url() {
        return url;
    }

    String description() {
        return description;
    }

    ArticleMetadata build() {
        return new ArticleMetadata(title, outlet, author, date, url, description, imageCaption, imageCredit, null);
    }

    private static String first(String current, String candidate) {
        return current != null ? current : clean(candidate);
    }

    /**
     * Whitespace collapsed and HTML entities decoded until none is left: JSON-LD and meta tags
     * often carry text escaped twice ({@code &amp;#8216;}), which would otherwise be printed.
     */
    private static String clean(String v) {
        if (v == null) {
            return null;
        }
        String s = v;
        for (int i = 0; i < MAX_ESCAPES && s.indexOf('&') >= 0; i++) {
            String decoded = Parser.unescapeEntities(s, false);
            if (decoded.equals(s)) {
                break;
            }
            s = decoded;
        }
        s = TextLines.normalizeSpace(s);
        return s.isEmpty() ? null : s;
    }
}
