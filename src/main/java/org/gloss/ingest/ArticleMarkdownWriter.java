package org.gloss.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Writes an article as Markdown with YAML front matter, the form an editor can take over by hand
 * and feed back to Gloss as a {@code .md} article.
 */
public final class ArticleMarkdownWriter {

    private ArticleMarkdownWriter() {
    }

    public static String write(Article article) {
        Map<String, Object> fm = new LinkedHashMap<>();
        Map<String, Object> meta = article.metadata().asMap();
        for (String f : new String[] {"title", "outlet", "author", "date", "url"}) {
            fm.put(f, meta.get(f));
        }
        fm.put("source", article.source());
        for (String f : new String[] {"description", "image_caption", "image_credit", "slug"}) {
            if (meta.get(f) != null) {
                fm.put(f, meta.get(f));
            }
        }
        fm.put("detected", article.detected());
        fm.put("overridden", article.overridden());
        if (fm.get("date") != null) {
            fm.put("date", fm.get("date").toString());
        }
        DumpSettings settings = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setWidth(Integer.MAX_VALUE)
                .build();
        String yaml = new Dump(settings).dumpToString(fm);
        return "---\n" + yaml + "---\n\n" + article.body();
    }
}
