package org.gloss.render;

import static org.gloss.render.MarkVars.dateText;
import static org.gloss.render.MarkVars.get;
import static org.gloss.render.MarkVars.list;
import static org.gloss.render.MarkVars.map;
import static org.gloss.render.MarkVars.number;
import static org.gloss.render.MarkVars.print;
import static org.gloss.render.MarkVars.t;
import static org.gloss.render.MarkVars.truth;

import java.util.List;
import java.util.Map;

/**
 * The built-in quotation marks in Java, each line for line with its template (quoted above each
 * method): {@code marks/quote.peb}, {@code quote-marker.peb}, {@code popover.peb} and
 * {@code popover-printing.peb}. A popover and its marker are the most rendered marks of a build.
 */
final class CompiledQuoteMarks {

    static final String PRINTING = "marks/popover-printing.peb";

    private CompiledQuoteMarks() {
    }

    /**
     * {@code <span class="quote{% if shared %} quote-shared{% endif %}" data-quote-cluster="{{ cluster }}"
     * data-quote="{{ id }}"></span>}
     */
    static void quote(Map<String, Object> vars, Messages words, MarkTemplates marks, StringBuilder out) {
        out.append("<span class=\"quote");
        if (truth(get(vars, "shared"))) {
            out.append(" quote-shared");
        }
        out.append("\" data-quote-cluster=\"");
        print(out, get(vars, "cluster"));
        out.append("\" data-quote=\"");
        print(out, get(vars, "id"));
        out.append("\"></span>");
    }

    /**
     * {@code <a class="{% if elsewhere > 0 %}quote-marker{% else %}quote-similar-marker{% endif %}"
     * href="{{ root }}{{ quotes_page }}#{{ cluster }}" data-quote-cluster="{{ cluster }}"
     * aria-controls="{{ popover_id }}" aria-expanded="false" aria-haspopup="dialog"
     * aria-label="{% if elsewhere == 0 %}{{ t("quote.marker.reworded") }}{% else %}{{ t("quote.marker.elsewhere",
     * {"count": elsewhere}) }}{% endif %}">{% if elsewhere == 0 %}≈{% else %}{{ elsewhere }}{% endif %}</a>}
     */
    static void marker(Map<String, Object> vars, Messages words, MarkTemplates marks, StringBuilder out) {
        Object elsewhere = get(vars, "elsewhere");
        long n = number(elsewhere);
        out.append("<a class=\"").append(n > 0 ? "quote-marker" : "quote-similar-marker").append("\" href=\"");
        print(out, get(vars, "root"));
        print(out, get(vars, "quotes_page"));
        out.append('#');
        print(out, get(vars, "cluster"));
        out.append("\" data-quote-cluster=\"");
        print(out, get(vars, "cluster"));
        out.append("\" aria-controls=\"");
        print(out, get(vars, "popover_id"));
        out.append("\" aria-expanded=\"false\" aria-haspopup=\"dialog\" aria-label=\"");
        if (n == 0) {
            t(out, words, "quote.marker.reworded");
        } else {
            t(out, words, "quote.marker.elsewhere", "count", elsewhere);
        }
        out.append("\">");
        if (n == 0) {
            out.append('\u2248');
        } else {
            print(out, elsewhere);
        }
        out.append("</a>");
    }

    /**
     * {@code <span id="{{ popover_id }}" class="quote-popover" role="dialog" aria-label="{{ t("quote.popover.label") }}"
     * hidden>{% if others is not empty %}<span class="quote-popover-title">{{ t("quote.popover.title") }}</span>{% endif %}
     * {% for o in others %}<span class="quote-popover-item">{{ mark_piece("marks/popover-printing.peb", o) }}</span>{% endfor %}
     * {% if more > 0 %}<span class="quote-popover-item quote-popover-more">{{ t("quote.popover.more", {"count": more})
     * }}</span>{% endif %}{% for s in similar %}<span class="quote-popover-item quote-popover-similar">{{
     * t("quote.popover.reworded", {"percent": s.percent}) }} {{ mark_piece("marks/popover-printing.peb", s) }}</span>{% endfor %}
     * <a class="quote-popover-all" href="{{ root }}{{ quotes_page }}#{{ cluster }}">{{ t("quote.popover.all") }}</a></span>}
     * (no space or line break between the tags)
     */
    static void popover(Map<String, Object> vars, Messages words, MarkTemplates marks, StringBuilder out) {
        out.append("<span id=\"");
        print(out, get(vars, "popover_id"));
        out.append("\" class=\"quote-popover\" role=\"dialog\" aria-label=\"");
        t(out, words, "quote.popover.label");
        out.append("\" hidden>");
        List<?> others = list(get(vars, "others"));
        if (!others.isEmpty()) {
            out.append("<span class=\"quote-popover-title\">");
            t(out, words, "quote.popover.title");
            out.append("</span>");
        }
        for (Object o : others) {
            out.append("<span class=\"quote-popover-item\">").append(marks.piece(PRINTING, map(o))).append("</span>");
        }
        Object more = get(vars, "more");
        if (number(more) > 0) {
            out.append("<span class=\"quote-popover-item quote-popover-more\">");
            t(out, words, "quote.popover.more", "count", more);
            out.append("</span>");
        }
        for (Object s : list(get(vars, "similar"))) {
            out.append("<span class=\"quote-popover-item quote-popover-similar\">");
            t(out, words, "quote.popover.reworded", "percent", get(map(s), "percent"));
            out.append(' ').append(marks.piece(PRINTING, map(s))).append("</span>");
        }
        out.append("<a class=\"quote-popover-all\" href=\"");
        print(out, get(vars, "root"));
        print(out, get(vars, "quotes_page"));
        out.append('#');
        print(out, get(vars, "cluster"));
        out.append("\">");
        t(out, words, "quote.popover.all");
        out.append("</a></span>");
    }

    /**
     * {@code <span>{% if same_article %}<a class="quote-elsewhere" href="{{ href }}">{{ t("quote.popover.same_article")
     * }}</a>{% else %}{% for piece in t_pieces(date is null ? "quote.popover.printing_undated" : "quote.popover.printing")
     * %}{% if loop.index is even %}{{ piece }}{% elseif piece == "outlet" %}<a class="quote-elsewhere" href="{{ href }}">{{
     * outlet }}</a>{% elseif piece == "date" %}<time datetime="{{ date }}">{{ date | date_text }}</time>{% endif %}{%
     * endfor %}{% endif %}</span>}
     */
    static void printing(Map<String, Object> vars, Messages words, MarkTemplates marks, StringBuilder out) {
        out.append("<span>");
        if (truth(get(vars, "same_article"))) {
            out.append("<a class=\"quote-elsewhere\" href=\"");
            print(out, get(vars, "href"));
            out.append("\">");
            t(out, words, "quote.popover.same_article");
            out.append("</a>");
        } else {
            Object date = get(vars, "date");
            List<String> pieces = words.pieces(date == null ? "quote.popover.printing_undated" : "quote.popover.printing");
            for (int i = 0; i < pieces.size(); i++) {
                String piece = pieces.get(i);
                if (i % 2 == 0) {
                    print(out, piece);
                } else if (piece.equals("outlet")) {
                    out.append("<a class=\"quote-elsewhere\" href=\"");
                    print(out, get(vars, "href"));
                    out.append("\">");
                    print(out, get(vars, "outlet"));
                    out.append("</a>");
                } else if (piece.equals("date")) {
                    out.append("<time datetime=\"");
                    print(out, date);
                    out.append("\">");
                    dateText(out, words, date);
                    out.append("</time>");
                }
            }
        }
        out.append("</span>");
    }
}
