package org.gloss.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.gloss.core.Problem;

/**
 * Keeps metadata that will become a link safe to publish: an article's {@code url} must be an
 * absolute {@code http} or {@code https} address. Anything else ({@code javascript:},
 * {@code data:}, a relative path) would be a live link on the page, so it is dropped with a note.
 */
final class SafeMetadata {

    private SafeMetadata() {
    }

    /** {@code m}, without its url when that is not a web address; {@code problems} gets a note. */
    static ArticleMetadata check(ArticleMetadata m, String file, List<Problem> problems) {
        if (m.url() == null || isWebAddress(m.url())) {
            return m;
        }
        problems.add(Problem.note(file, "url '" + abbreviate(m.url()) + "' is not an http(s) address; dropped"));
        return new ArticleMetadata(m.title(), m.outlet(), m.author(), m.date(), null, m.description(),
                m.imageCaption(), m.imageCredit(), m.slug());
    }

    /** True for an absolute {@code http:} or {@code https:} URL with a host. */
    static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
