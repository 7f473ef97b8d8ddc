package org.gloss.render;

import static org.gloss.render.MarkVars.get;
import static org.gloss.render.MarkVars.truth;
import static org.gloss.render.MarkVars.value;

import java.util.Map;

/** The built-in glossary mention, {@code marks/term.peb}, in Java, line for line with the template (quoted below). */
final class CompiledTermMarks {

    private CompiledTermMarks() {
    }

    /**
     * {@code <a class="term{% if not full %} term-light{% endif %}" data-term="{{ term }}" href="{{ root
     * }}glossary.html#{{ entry_id }}"{% if described %}{% if expansion is not null %} data-expansion="{{ expansion
     * }}"{% endif %} data-definition="{{ definition }}"{% endif %}></a>}
     */
    static void term(Map<String, Object> vars, Messages words, MarkTemplates marks, MarkOut out) {
        out.raw("<a class=\"term");
        if (!truth(get(vars, "full"))) {
            out.raw(" term-light");
        }
        out.raw("\" data-term=\"").attr(get(vars, "term"))
                .raw("\" href=\"").url(get(vars, "root")).raw("glossary.html#").url(get(vars, "entry_id")).raw('"');
        if (truth(get(vars, "described"))) {
            Object expansion = get(vars, "expansion");
            if (expansion != null) {
                out.raw(" data-expansion=\"").attr(expansion).raw('"');
            }
            out.raw(" data-definition=\"").attr(get(vars, "definition")).raw('"');
        }
        out.raw("></a>");
    }

    /** {@link #term}'s element, made straight from the variables. */
    static String termShape(Map<String, Object> vars, Map<String, String> attributes) {
        attributes.put("class", truth(get(vars, "full")) ? "term" : "term term-light");
        attributes.put("data-term", value(get(vars, "term"), false));
        attributes.put("href", value(get(vars, "root"), true) + "glossary.html#" + value(get(vars, "entry_id"), true));
        if (truth(get(vars, "described"))) {
            Object expansion = get(vars, "expansion");
            if (expansion != null) {
                attributes.put("data-expansion", value(expansion, false));
            }
            attributes.put("data-definition", value(get(vars, "definition"), false));
        }
        return "a";
    }
}
