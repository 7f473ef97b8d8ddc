package org.gloss.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gloss.analyze.GlossaryEntry;
import org.gloss.analyze.GlossaryMention;
import org.gloss.ingest.ArticleIds;

/** The template data of {@code glossary.html}: entries with definitions and backlinks. */
final class GlossaryPageModel {

    private GlossaryPageModel() {
    }

    static Map<String, Object> build(SiteView view, String root) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (GlossaryEntry e : view.ann.glossary().entries()) {
            Map<String, Object> m = new HashMap<>();
            m.put("term", e.term());
            m.put("anchor", anchor(e.term()));
            m.put("expansion", e.expansion());
            m.put("definition", e.definition() == null ? "" : e.definition());
            m.put("category", e.category());
            m.put("aliases", e.aliases());
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (GlossaryMention mention : view.ann.mentions()) {
                if (mention.term().equals(e.term())) {
                    counts.merge(mention.articleId(), 1, Integer::sum);
                }
            }
            List<Map<String, Object>> backlinks = new ArrayList<>();
            counts.forEach((id, n) -> {
                Map<String, Object> b = new HashMap<>(view.summary(view.byId.get(id), root));
                b.put("count", n);
                backlinks.add(b);
            });
            m.put("backlinks", backlinks);
            out.add(m);
        }
        return Map.of("entries", out);
    }

    /** The fragment id of a term's entry on the glossary page. */
    static String anchor(String term) {
        return "term-" + ArticleIds.slug(term.toLowerCase(Locale.ROOT));
    }
}
