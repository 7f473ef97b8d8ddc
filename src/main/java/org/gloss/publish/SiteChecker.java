package org.gloss.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gloss.core.Problem;
import org.gloss.core.SiteLayout;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks a built site as a reader's browser would follow it: every internal {@code href}/{@code src}
 * resolves to a file inside the site, every {@code #fragment} names an element on its page, and no
 * page or stylesheet reaches an external host, except links inside article text
 * ({@code .article-body}) and an article's source link ({@code a.source-url}).
 */
public final class SiteChecker {

    /** Attributes whose value is one URL the browser follows or loads. */
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "poster", "action", "data", "cite");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)");
    private static final Pattern CSS_IMPORT = Pattern.compile("@import\\s+(['\"])([^'\"]+)\\1");
    /** Schemes that stay on the page or the machine and so never reach another host. */
    private static final Set<String> LOCAL_SCHEMES = Set.of("data", "about");

    private final Path root;
    private final Map<Path, Set<String>> idsByPage = new HashMap<>();
    /** The path the site is published under, from the index's canonical link ("/idlib-reader/"), or null. */
    private final String basePath;

    private SiteChecker(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = declaredBasePath(this.root.resolve(SiteLayout.INDEX));
    }

    /**
     * The path part of the site's own address, as the index declares it in its canonical link.
     * Only the 404 page may link by that path: a server shows it at any depth of the site.
     */
    private static String declaredBasePath(Path index) {
        if (!Files.isRegularFile(index)) {
            return null;
        }
        Element canonical = parse(index).selectFirst("link[rel=canonical][href]");
        if (canonical == null) {
            return null;
        }
        try {
            String path = new URI(canonical.attr("href")).getPath();
            return path == null || path.isEmpty() ? "/" : (path.endsWith("/") ? path : path + "/");
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Every problem found in the site under {@code root}, in file order; empty when the site is sound. */
    public static List<Problem> check(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of(Problem.error(root.toString(), "no built site here (build it first with 'gloss build')"));
        }
        return new SiteChecker(root).checkAll();
    }

    private List<Problem> checkAll() {
        List<Problem> problems = new ArrayList<>();
        for (Path file : files()) {
            String name = file.getFileName().toString();
            if (name.endsWith(".html")) {
                checkPage(file, problems);
            } else if (name.endsWith(".css")) {
                checkStylesheet(file, problems);
            }
        }
        return problems;
    }

    private List<Path> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkPage(Path page, List<Problem> problems) {
        Document doc = parse(page);
        for (Element el : doc.getAllElements()) {
            for (String attr : URL_ATTRIBUTES) {
                if (el.hasAttr(attr)) {
                    checkReference(page, el, attr, el.attr(attr), problems);
                }
            }
            if (el.hasAttr("srcset")) {
                for (String candidate : el.attr("srcset").split(",")) {
                    String url = candidate.trim().split("\\s+")[0];
                    if (!url.isEmpty()) {
                        checkReference(page, el, "srcset", url, problems);
                    }
                }
            }
        }
    }

    private void checkReference(Path page, Element el, String attr, String value, List<Problem> problems) {
        String where = "<" + el.tagName() + " " + attr + "=\"" + value + "\">";
        if (el.is("link[rel=canonical]")) {
            return; // the page's own public address: metadata, never fetched
        }
        String v = value.trim();
        if (basePath != null && page.equals(root.resolve(SiteLayout.NOT_FOUND)) && v.startsWith(basePath)) {
            v = v.substring(basePath.length()); // the 404 page sits at the site root
        }
        Target target = Target.parse(v);
        if (target.invalid() != null) {
            problems.add(problem(page, target.invalid() + ": " + where));
        } else if (target.external()) {
            if (target.reachesHost() && !externalAllowed(el)) {
                problems.add(problem(page, "references an external host outside article text: " + where));
            }
        } else {
            checkInternal(page, target, where, problems);
        }
    }

    /**
     * Outside links are fine only where the content put them: article text, the source link, and
     * a glossary entry's further reading. A reader follows them on purpose; nothing loads them.
     */
    private static boolean externalAllowed(Element el) {
        boolean isLink = el.tagName().equals("a");
        return isLink && (el.hasClass("source-url")
                || !el.parents().select(".article-body, .glossary .definition, .glossary .links").isEmpty());
    }

    private void checkInternal(Path from, Target target, String where, List<Problem> problems) {
        Path file = target.path().isEmpty() ? from : from.getParent().resolve(target.path()).normalize();
        if (!file.startsWith(root)) {
            problems.add(problem(from, "link leaves the site folder: " + where));
            return;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve(SiteLayout.INDEX);
        }
        if (!Files.isRegularFile(file)) {
            problems.add(problem(from, "broken link, no file " + root.relativize(file) + ": " + where));
            return;
        }
        String fragment = target.fragment();
        if (fragment != null && !fragment.isEmpty() && !idsOf(file).contains(fragment)) {
            problems.add(problem(from, "broken fragment, no id \"" + fragment + "\" in "
                    + root.relativize(file) + ": " + where));
        }
    }

    private void checkStylesheet(Path css, List<Problem> problems) {
        String text = read(css);
        for (Pattern pattern : List.of(CSS_URL, CSS_IMPORT)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                String value = m.group(2).trim();
                String where = "url(" + value + ")";
                Target target = Target.parse(value);
                if (target.invalid() != null) {
                    problems.add(problem(css, target.invalid() + ": " + where));
                } else if (target.external()) {
                    if (target.reachesHost()) {
                        problems.add(problem(css, "stylesheet references an external host: " + where));
                    }
                } else if (!target.path().isEmpty()) {
                    checkInternal(css, new Target(null, target.path(), null, null), where, problems);
                }
            }
        }
    }

    /** The ids (and legacy {@code a[name]}s) a fragment may point at on {@code page}. */
    private Set<String> idsOf(Path page) {
        return idsByPage.computeIfAbsent(page, p -> {
            if (!p.getFileName().toString().endsWith(".html")) {
                return Set.of();
            }
            Document doc = parse(p);
            Set<String> ids = new HashSet<>();
            doc.select("[id]").forEach(e -> ids.add(e.id()));
            doc.select("a[name]").forEach(e -> ids.add(e.attr("name")));
            return ids;
        });
    }

    private Problem problem(Path file, String message) {
        return Problem.error(root.relativize(file).toString().replace('\\', '/'), message);
    }

    private static Document parse(Path page) {
        return Jsoup.parse(read(page));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A URL split into what matters here: its scheme (null when relative), decoded path and fragment,
     * or why it cannot be followed ({@code invalid}).
     */
    private record Target(String scheme, String path, String fragment, String invalid) {

        boolean external() {
            return scheme != null || path.startsWith("//");
        }

        /** Whether following this URL leaves the machine: any scheme but data: and about:. */
        boolean reachesHost() {
            return scheme == null ? path.startsWith("//") : !LOCAL_SCHEMES.contains(scheme);
        }

        static Target parse(String value) {
            try {
                URI uri = new URI(value);
                if (uri.getScheme() != null) {
                    return new Target(uri.getScheme().toLowerCase(Locale.ROOT), "", null, null);
                }
                if (uri.getRawAuthority() != null) {
                    return new Target(null, "//" + uri.getRawAuthority(), null, null);
                }
                String path = uri.getPath() == null ? "" : uri.getPath();
                if (path.startsWith("/")) {
                    // Root-relative links break when the site is opened from disk or served below a path.
                    return invalid("root-relative link (the site must work from any folder)");
                }
                return new Target(null, path, uri.getFragment(), null);
            } catch (URISyntaxException e) {
                return invalid("malformed URL (" + e.getReason() + ")");
            }
        }

        private static Target invalid(String why) {
            return new Target(null, "", null, why);
        }
    }
}
