package org.gloss.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Links the same quotation across articles into clusters. */
public final class QuoteMatcher {

    /** Returns the quotes with clusters assigned, and the clusters. */
    public Result match(List<Quote> quotes) {
        Map<String, String> clusterOf = new LinkedHashMap<>();
        for (Quote q : quotes) {
            clusterOf.put(q.id(), q.id());
        }
        for (Quote a : quotes) {
            for (Quote b : quotes) {
                if (!a.articleId().equals(b.articleId()) && key(a).length() > 20 && key(a).contains(key(b))
                        && key(b).length() > 20) {
                    clusterOf.put(b.id(), clusterOf.get(a.id()));
                }
            }
        }
        List<Quote> out = new ArrayList<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (Quote q : quotes) {
            String c = clusterOf.get(q.id());
            out.add(q.withCluster(c));
            members.computeIfAbsent(c, k -> new ArrayList<>()).add(q.id());
        }
        List<QuoteCluster> clusters = new ArrayList<>();
        members.forEach((c, ids) -> clusters.add(new QuoteCluster(c, ids.get(0), ids, null)));
        return new Result(out, clusters);
    }

    private static String key(Quote q) {
        return q.text().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").replaceAll("\\s+", " ").strip();
    }

    /** Quotes with their clusters filled in, and the clusters themselves. */
    public record Result(List<Quote> quotes, List<QuoteCluster> clusters) {
    }
}
