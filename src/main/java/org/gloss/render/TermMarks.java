package org.gloss.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gloss.analyze.GlossaryMention;

/**
 * How glossary mentions appear in an article page: an element with {@code data-term} that, without
 * JavaScript, links to the term's entry on the glossary page.
 */
final class TermMarks {

    private TermMarks() {
    }

    static List<Mark> marks(List<GlossaryMention> mentions, SiteView view, String root) {
        List<Mark> marks = new ArrayList<>();
        for (GlossaryMention m : mentions) {
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("class", m.first() || view.site.markEveryMention() ? "term" : "term term-light");
            attrs.put("data-term", m.term());
            attrs.put("href", root + "glossary.html#" + GlossaryPageModel.anchor(m.term()));
            marks.add(new Mark(m.span(), "a", attrs, null));
        }
        return marks;
    }
}
