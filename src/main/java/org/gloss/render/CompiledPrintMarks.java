package org.gloss.render;

import static org.gloss.render.MarkVars.dateText;
import static org.gloss.render.MarkVars.get;
import static org.gloss.render.MarkVars.list;
import static org.gloss.render.MarkVars.map;
import static org.gloss.render.MarkVars.number;
import static org.gloss.render.MarkVars.t;
import static org.gloss.render.MarkVars.truth;

import java.util.List;
import java.util.Map;

/**
 * The built-in print marks (the packet's) in Java, line for line with their templates (quoted
 * above each method): {@code marks/print/quote.peb}, {@code term.peb}, {@code quote-note.peb} and
 * {@code term-note.peb}.
 */
final class CompiledPrintMarks {

    private CompiledPrintMarks() {
    }

    /** {@code <sup class="print-mark print-quote">{{ number }}</sup>} */
    static void quote(Map<String, Object> vars, Messages words, MarkTemplates marks, MarkOut out) {
        out.raw("<sup class=\"print-mark print-quote\">");
        out.text(get(vars, "number"));
        out.raw("</sup>");
    }

    /** {@code <sup class="print-mark print-term">{{ number }}</sup>} */
    static void term(Map<String, Object> vars, Messages words, MarkTemplates marks, MarkOut out) {
        out.raw("<sup class=\"print-mark print-term\">");
        out.text(get(vars, "number"));
        out.raw("</sup>");
    }

    /**
     * {@code <li class="print-note print-term-note" value="{{ number }}"><span class="print-note-term">{{ term
     * }}</span>{% if expansion is not null %} ({{ expansion }}){% endif %}: {{ definition }}</li>}
     */
    static void termNote(Map<String, Object> vars, Messages words, MarkTemplates marks, MarkOut out) {
        out.raw("<li class=\"print-note print-term-note\" value=\"").attr(get(vars, "number"));
        out.raw("\"><span class=\"print-note-term\">");
        out.text(get(vars, "term"));
        out.raw("</span>");
        Object expansion = get(vars, "expansion");
        if (expansion != null) {
            out.raw(" (");
            out.text(expansion);
            out.raw(')');
        }
        out.raw(": ");
        out.text(get(vars, "definition"));
        out.raw("</li>");
    }

    /**
     * {@code <li class="print-note print-quote-note" value="{{ number }}">{% if speaker is not null %}{{ speaker }}{%
     * else %}{{ t("packet.unattributed") }}{% endif %}: {% if others is not empty %}{{ t("packet.note.also_printed") }}
     * {% for o in others %}{{ where(o, site) }}{% if not loop.last %}; {% endif %}{% endfor %}{% if more > 0 %}; {{
     * t("quote.popover.more", {"count": more}) }}{% endif %}{% if similar is not empty %}; {% endif %}{% endif %}{% for
     * s in similar %}{{ t("packet.note.reworded", {"percent": s.percent}) }} {{ where(s, site) }}{% if not loop.last
     * %}; {% endif %}{% endfor %}.</li>} (one space after {@code also_printed}, none elsewhere between tags)
     */
    static void quoteNote(Map<String, Object> vars, Messages words, MarkTemplates marks, MarkOut out) {
        out.raw("<li class=\"print-note print-quote-note\" value=\"").attr(get(vars, "number"));
        out.raw("\">");
        Object speaker = get(vars, "speaker");
        if (speaker != null) {
            out.text(speaker);
        } else {
            out.text(t(words, "packet.unattributed"));
        }
        out.raw(": ");
        List<?> others = list(get(vars, "others"));
        if (!others.isEmpty()) {
            out.text(t(words, "packet.note.also_printed"));
            out.raw(' ');
            for (int i = 0; i < others.size(); i++) {
                where(map(others.get(i)), words, out);
                if (i < others.size() - 1) {
                    out.raw("; ");
                }
            }
            Object more = get(vars, "more");
            if (number(more) > 0) {
                out.raw("; ");
                out.text(t(words, "quote.popover.more", "count", more));
            }
            if (!list(get(vars, "similar")).isEmpty()) {
                out.raw("; ");
            }
        }
        List<?> similar = list(get(vars, "similar"));
        for (int i = 0; i < similar.size(); i++) {
            Map<?, ?> s = map(similar.get(i));
            out.text(t(words, "packet.note.reworded", "percent", get(s, "percent")));
            out.raw(' ');
            where(s, words, out);
            if (i < similar.size() - 1) {
                out.raw("; ");
            }
        }
        out.raw(".</li>");
    }

    /**
     * The template's macro: {@code {% macro where(p, site) %}{% if p.same_article %}{{ t("quote.popover.same_article")
     * }}{% else %}{% for piece in t_pieces("packet.note.printing") %}{% if loop.index is even %}{{ piece }}{% elseif
     * piece == "outlet" %}{{ p.outlet }}{% elseif piece == "title" %}{{ p.title }}{% elseif piece == "date" %}{% if
     * p.date is null %}{{ t("article.undated") }}{% else %}<time datetime="{{ p.date }}">{{ p.date | date_text
     * }}</time>{% endif %}{% endif %}{% endfor %}{% endif %}{% endmacro %}}; {@code site} (the language) is the mark's.
     */
    private static void where(Map<?, ?> p, Messages words, MarkOut out) {
        if (truth(get(p, "same_article"))) {
            out.text(t(words, "quote.popover.same_article"));
            return;
        }
        List<String> pieces = words.pieces("packet.note.printing");
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            if (i % 2 == 0) {
                out.text(piece);
            } else if (piece.equals("outlet")) {
                out.text(get(p, "outlet"));
            } else if (piece.equals("title")) {
                out.text(get(p, "title"));
            } else if (piece.equals("date")) {
                Object date = get(p, "date");
                if (date == null) {
                    out.text(t(words, "article.undated"));
                } else {
                    out.raw("<time datetime=\"").attr(date);
                    out.raw("\">");
                    out.text(dateText(words, date));
                    out.raw("</time>");
                }
            }
        }
    }
}
