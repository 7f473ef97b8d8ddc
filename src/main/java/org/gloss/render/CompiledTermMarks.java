package org.gloss.render;

import static org.gloss.render.MarkVars.get;
import static org.gloss.render.MarkVars.print;
import static org.gloss.render.MarkVars.truth;

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
    static void term(Map<String, Object> vars, Messages words, MarkTemplates marks, StringBuilder out) {
        out.append("<a class=\"term");
        if (!truth(get(vars, "full"))) {
            out.append(" term-light");
        }
        out.append("\" data-term=\"");
        print(out, get(vars, "term"));
        out.append("\" href=\"");
        print(out, get(vars, "root"));
        out.append("glossary.html#");
        print(out, get(vars, "entry_id"));
        out.append('"');
        if (truth(get(vars, "described"))) {
            Object expansion = get(vars, "expansion");
            if (expansion != null) {
                out.append(" data-expansion=\"");
                print(out, expansion);
                out.append('"');
            }
            out.append(" data-definition=\"");
            print(out, get(vars, "definition"));
            out.append('"');
        }
        out.append("></a>");
    }
}
