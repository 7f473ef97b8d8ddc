package org.gloss.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} values by name. Names are read the way Readability reads them: a
 * {@code property} may hold several space-separated names ({@code "dc:title og:title"}), and
 * {@code name}s are compared in lower case with dots read as colons ({@code DC.Date.Issued} is
 * {@code dc:date:issued}), so one lookup covers the spellings sites use.
 */
final class MetaTags {

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    MetaTags(Document doc) {
        for (Element m : doc.select("meta[content]")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String p : m.attr("property").strip().split("\\s+")) {
                add(p, content);
            }
            add(m.attr("name").replaceAll("\\s+", "").replace('.', ':'), content);
            add(m.attr("itemprop"), content);
        }
    }

    private void add(String name, String content) {
        if (!name.isEmpty()) {
            values.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(content);
        }
    }

    /** The first value under the first of {@code names} that has one, or null. */
    String first(String... names) {
        for (String n : names) {
            List<String> v = values.get(n);
            if (v != null) {
                return v.get(0);
            }
        }
        return null;
    }

    /**
     * The values under the first of {@code names} that has any that are not web addresses (author
     * pages are); a page with two authors repeats the tag.
     */
    List<String> names(String... names) {
        for (String n : names) {
            List<String> out = values.getOrDefault(n, List.of()).stream()
                    .filter(v -> !v.startsWith("http") && !v.startsWith("//")).distinct().toList();
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }
}
