package org.gloss.render;

import static org.gloss.render.MarkVars.get;
import static org.gloss.render.MarkVars.list;
import static org.gloss.render.MarkVars.map;
import static org.gloss.render.MarkVars.number;
import static org.gloss.render.MarkVars.t;
import static org.gloss.render.MarkVars.value;

import java.util.List;
import java.util.Map;

/**
 * The built-in shared-passage marks in Java, line for line with their templates (quoted above
 * each method): {@code marks/passage.peb} and {@code marks/passage-note.peb}.
 */
final class CompiledPassageMarks {

    private CompiledPassageMarks() {
    }

    /** {@code <span class="shared-passage" data-shared-passage="{{ id }}"></span>} */
    static void passage(Map<String, Object> vars, Messages words, MarkTemplates marks, MarkOut out) {
        out.raw("<span class=\"shared-passage\" data-shared-passage=\"").attr(get(vars, "id")).raw("\"></span>");
    }

    /** {@link #passage}'s element, made straight from the variables. */
    static String passageShape(Map<String, Object> vars, Map<String, String> attributes) {
        attributes.put("class", "shared-passage");
        attributes.put("data-shared-passage", value(get(vars, "id"), false));
        return "span";
    }

    /**
     * {@code <span class="shared-note" role="note">{% for piece in t_pieces("passage.note") %}{% if loop.index is even
     * %}{{ piece }}{% elseif piece == "outlets" %}{% for o in others %}{% if not loop.first %}{% if loop.last and more
     * == 0 %}{{ t("list.last_separator") }}{% else %}{{ t("list.separator") }}{% endif %}{% endif %}<a href="{{ o.href
     * }}">{{ o.name }}</a>{% endfor %}{% if more > 0 %}{{ t("list.last_separator") }}{{ t("passage.note.more",
     * {"count": more}) }}{% endif %}{% endif %}{% endfor %}</span>}
     */
    static void note(Map<String, Object> vars, Messages words, MarkTemplates marks, MarkOut out) {
        out.raw("<span class=\"shared-note\" role=\"note\">");
        List<String> pieces = words.pieces("passage.note");
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            if (i % 2 == 0) {
                out.text(piece);
            } else if (piece.equals("outlets")) {
                List<?> others = list(get(vars, "others"));
                for (int k = 0; k < others.size(); k++) {
                    Map<?, ?> o = map(others.get(k));
                    if (k > 0) {
                        boolean last = k == others.size() - 1 && number(get(vars, "more")) == 0;
                        out.text(t(words, last ? "list.last_separator" : "list.separator"));
                    }
                    out.raw("<a href=\"").url(get(o, "href")).raw("\">").text(get(o, "name")).raw("</a>");
                }
                Object more = get(vars, "more");
                if (number(more) > 0) {
                    out.text(t(words, "list.last_separator")).text(t(words, "passage.note.more", "count", more));
                }
            }
        }
        out.raw("</span>");
    }
}
