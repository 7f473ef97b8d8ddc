package org.gloss.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.gloss.core.MessageText;
import org.gloss.core.BuildException;
import org.gloss.core.Problem;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads {@code content/site.yml}; a missing file means the defaults, a broken one stops the build. */
public final class SiteConfigReader {

    /** A site.yml holds a handful of short fields. */
    private static final long MAX_BYTES = 1024 * 1024;

    private SiteConfigReader() {
    }

    /** The keys {@code site.yml} may hold, in the order the README lists them. */
    static final List<String> KEYS = List.of("title", "description", "language", BaseUrl.KEY, "mark_every_mention",
            "page_size", "feed_limit");

    /** A language tag as BCP 47 writes one: {@code en}, {@code pt-BR}, {@code zh-Hant-TW}. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

    public static SiteConfig read(Path contentDir) {
        return read(contentDir, new ArrayList<>());
    }

    /**
     * Reads the settings, adding to {@code warnings} a warning for each key it does not know
     * (with the known key it most likely meant).
     *
     * @throws BuildException when the file is broken, or a value is not what it must be
     */
    public static SiteConfig read(Path contentDir, List<Problem> warnings) {
        Path file = contentDir.resolve(SiteFiles.SITE);
        String name = file.toString();
        if (SiteFiles.find(contentDir, SiteFiles.SITE).isEmpty()) {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(file)) {
                // A folder or device where the settings belong is a mistake to stop at, not to skip.
                throw new BuildException(Problem.error(name, "cannot read: not a regular file"));
            }
            return SiteConfig.DEFAULT; // none, or a link the guard refused (reported with the articles)
        }
        try {
            String yaml = SourceText.readYaml(file, MAX_BYTES);
            SiteConfig config = parse(yaml, name);
            warnings.addAll(KnownKeys.check(yaml, 0, KEYS, name, SiteFiles.SITE));
            return config;
        } catch (ArticleFormatException e) {
            throw new BuildException(Problem.error(name, e.line(), e.column(), e.getMessage()));
        } catch (IOException e) {
            throw new BuildException(Problem.error(name, "cannot read: " + e), e);
        }
    }

    /**
     * The settings {@code yaml} gives, defaults for what it leaves out.
     *
     * @throws BuildException naming {@code name} when a value is not text
     */
    static SiteConfig parse(String yaml, String name) throws ArticleFormatException {
        Map<String, Node> m = YamlDocuments.fields(yaml, 0);
        SiteConfig d = SiteConfig.DEFAULT;
        return new SiteConfig(
                text(m, "title", d.title(), name),
                text(m, "description", d.description(), name),
                language(m, d.language(), name),
                BaseUrl.checked(text(m, BaseUrl.KEY, d.baseUrl(), name), yaml, name),
                Boolean.parseBoolean(text(m, "mark_every_mention", String.valueOf(d.markEveryMention()), name)),
                count(m, "page_size", d.pageSize(), name),
                count(m, "feed_limit", d.feedLimit(), name));
    }

    /** A whole number of at least 1, or the build stops at its line and column. */
    private static int count(Map<String, Node> m, String key, int fallback, String file) {
        String v = text(m, key, String.valueOf(fallback), file);
        try {
            int n = Integer.parseInt(v);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        Node n = m.get(key);
        throw new BuildException(Problem.error(file, YamlDocuments.line(n, 0), YamlDocuments.column(n),
                "'" + key + "' must be a whole number of at least 1, not '" + MessageText.excerpt(v) + "'"));
    }

    /**
     * The {@code lang} of every page: a BCP 47 tag, or the build stops at its line and column
     * (a page saying {@code lang="English"} misleads screen readers and search engines alike).
     */
    private static String language(Map<String, Node> m, String fallback, String file) {
        String tag = text(m, "language", fallback, file);
        if (tag.equals(fallback)) {
            return tag;
        }
        if (!LANGUAGE.matcher(tag).matches()
                || !Locale.forLanguageTag(tag).toLanguageTag().equalsIgnoreCase(tag)) {
            Node n = m.get("language");
            throw new BuildException(Problem.error(file, YamlDocuments.line(n, 0), YamlDocuments.column(n),
                    "'language' must be a language tag such as en, de or pt-BR (BCP 47), not '"
                            + MessageText.excerpt(tag) + "'"));
        }
        return tag;
    }

    private static String text(Map<String, Node> m, String key, String fallback, String file) {
        Node n = m.get(key);
        Object v = n == null ? null : YamlDocuments.toJava(n);
        if (v instanceof Map || v instanceof Iterable) {
            throw new BuildException(Problem.error(file, YamlDocuments.line(n, 0), YamlDocuments.column(n),
                    "'" + key + "' must be text, not a list or mapping"));
        }
        return v == null ? fallback : v.toString().strip();
    }
}
