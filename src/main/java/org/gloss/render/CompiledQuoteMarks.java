package org.gloss.render;

import static org.gloss.render.MarkVars.dateText;
import static org.gloss.render.MarkVars.get;
import static org.gloss.render.MarkVars.list;
import static org.gloss.render.MarkVars.map;
import static org.gloss.render.MarkVars.number;
import static org.gloss.render.MarkVars.t;
import static org.gloss.render.MarkVars.truth;
import static org.gloss.render.MarkVars.value;

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
    static void quote(Map<String, Object> vars, Messages words, MarkTemplates marks, MarkOut out) {
        out.raw("<span class=\"quote");
        if (truth(get(vars, "shared"))) {
            out.raw(" quote-shared");
        }
        out.raw("\" data-quote-cluster=\"").attr(get(vars, "cluster"))
                .raw("\" data-quote=\"").attr(get(vars, "id")).raw("\"></span>");
    }

    /** {@link #quote}'s element, made straight from the variables. */
    static String quoteShape(Map<String, Object> vars, Map<String, String> attributes) {
        attributes.put("class", truth(get(vars, "shared")) ? "quote quote-shared" : "quote");
        attributes.put("data-quote-cluster", value(get(vars, "cluster"), false));
        attributes.put("data-quote", value(get(vars, "id"), false));
        return "span";
    }

    /**
     * {@code <a class="{% if elsewhere > 0 %}quote-marker{% else %}quote-similar-marker{% endif %}"
     * href="{{ root }}{{ quotes_page }}#{{ cluster }}" data-quote-cluster="{{ cluster }}"
     * aria-controls="{{ popover_id }}" aria-expanded="false" aria-haspopup="dialog"
     * aria-label="{% if elsewhere == 0 %}{{ t("quote.marker.reworded") }}{% else %}{{ t("quote.marker.elsewhere",
     * {"count": elsewhere}) }}{% endif %}">{% if elsewhere == 0 %}≈{% else %}{{ elsewhere }}{% endif %}</a>}
     */
    static void marker(Map<String, Object> vars, Messages words, MarkTemplates marks, MarkOut out) {
        Object elsewhere = get(vars, "elsewhere");
        long n = number(elsewhere);
        out.raw("<a class=\"").raw(n > 0 ? "quote-marker" : "quote-similar-marker").raw("\" href=\"")
                .url(get(vars, "root")).url(get(vars, "quotes_page")).raw('#').url(get(vars, "cluster"))
                .raw("\" data-quote-cluster=\"").attr(get(vars, "cluster"))
                .raw("\" aria-controls=\"").attr(get(vars, "popover_id"))
                .raw("\" aria-expanded=\"false\" aria-haspopup=\"dialog\" aria-label=\"")
                .attr(n == 0 ? t(words, "quote.marker.reworded") : t(words, "quote.marker.elsewhere", "count", elsewhere))
                .raw("\">");
        if (n == 0) {
            out.raw('\u2248');
        } else {
            out.text(elsewhere);
        }
        out.raw("</a>");
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
    static void popover(Map<String, Object> vars, Messages words, MarkTemplates marks, MarkOut out) {
        out.raw("<span id=\"").attr(get(vars, "popover_id"))
                .raw("\" class=\"quote-popover\" role=\"dialog\" aria-label=\"").attr(t(words, "quote.popover.label"))
                .raw("\" hidden>");
        List<?> others = list(get(vars, "others"));
        if (!others.isEmpty()) {
            out.raw("<span class=\"quote-popover-title\">").text(t(words, "quote.popover.title")).raw("</span>");
        }
        for (Object o : others) {
            out.raw("<span class=\"quote-popover-item\">").piece(marks, PRINTING, map(o)).raw("</span>");
        }
        Object more = get(vars, "more");
        if (number(more) > 0) {
            out.raw("<span class=\"quote-popover-item quote-popover-more\">")
                    .text(t(words, "quote.popover.more", "count", more)).raw("</span>");
        }
        for (Object s : list(get(vars, "similar"))) {
            out.raw("<span class=\"quote-popover-item quote-popover-similar\">")
                    .text(t(words, "quote.popover.reworded", "percent", get(map(s), "percent")))
                    .raw(' ').piece(marks, PRINTING, map(s)).raw("</span>");
        }
        out.raw("<a class=\"quote-popover-all\" href=\"")
                .url(get(vars, "root")).url(get(vars, "quotes_page")).raw('#').url(get(vars, "cluster"))
                .raw("\">").text(t(words, "quote.popover.all")).raw("</a></span>");
    }

    /**
     * {@code <span>{% if same_article %}<a class="quote-elsewhere" href="{{ href }}">{{ t("quote.popover.same_article")
     * }}</a>{% else %}{% for piece in t_pieces(date is null ? "quote.popover.printing_undated" : "quote.popover.printing")
     * %}{% if loop.index is even %}{{ piece }}{% elseif piece == "outlet" %}<a class="quote-elsewhere" href="{{ href }}">{{
     * outlet }}</a>{% elseif piece == "date" %}<time datetime="{{ date }}">{{ date | date_text }}</time>{% endif %}{%
     * endfor %}{% endif %}</span>}
     */
    static void printing(Map<String, Object> vars, Messages words, MarkTemplates marks, MarkOut out) {
        out.raw("<span>");
        if (truth(get(vars, "same_article"))) {
            out.raw("<a class=\"quote-elsewhere\" href=\"").url(get(vars, "href")).raw("\">")
                    .text(t(words, "quote.popover.same_article")).raw("</a>");
        } else {
            Object date = get(vars, "date");
            List<String> pieces = words.pieces(date == null ? "quote.popover.printing_undated" : "quote.popover.printing");
            for (int i = 0; i < pieces.size(); i++) {
                String piece = pieces.get(i);
                if (i % 2 == 0) {
                    out.text(piece);
                } else if (piece.equals("outlet")) {
                    out.raw("<a class=\"quote-elsewhere\" href=\"").url(get(vars, "href")).raw("\">")
                            .text(get(vars, "outlet")).raw("</a>");
                } else if (piece.equals("date")) {
                    out.raw("<time datetime=\"").attr(date).raw("\">").text(dateText(words, date)).raw("</time>");
                }
            }
        }
        out.raw("</span>");
    }
}
