package org.gloss.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gloss.core.Cancellation;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Tidies the chosen story the way Readability's {@code prepArticle} does: embeds, forms and asides
 * go, and tables, lists and divs that look like furniture (more links or pictures than prose, a
 * furniture class name, few commas) are removed.
 */
final class ArticleTidier {

    private static final Pattern SHARE = Pattern.compile("share|sharedaddy", Pattern.CASE_INSENSITIVE);

    private final CandidateScores scores;
    private final boolean cleanConditionally;

    ArticleTidier(CandidateScores scores, boolean cleanConditionally) {
        this.scores = scores;
        this.cleanConditionally = cleanConditionally;
    }

    void tidy(Element article) {
        cleanConditionally(article, "form");
        cleanConditionally(article, "fieldset");
        article.select("object, embed, footer, link, aside, nav, iframe, input, textarea, select, button").remove();
        for (Element top : article.children()) {
            for (Element e : new ArrayList<>(top.select("*"))) {
                if (e.parent() != null && SHARE.matcher(e.className() + " " + e.id()).find() && e.text().length() < 500) {
                    e.remove();
                }
            }
        }
        for (Element h : article.select("h1, h2")) {
            if (scores.classWeight(h) < 0) {
                h.remove();
            }
        }
        cleanConditionally(article, "table");
        cleanConditionally(article, "ul");
        cleanConditionally(article, "div");
        for (Element h1 : article.select("h1")) {
            h1.tagName("h2");
        }
        for (Element p : article.select("p")) {
            if (p.text().isBlank() && p.select("img, embed, object, iframe").isEmpty()) {
                p.remove();
            }
        }
    }

    private void cleanConditionally(Element article, String tag) {
        if (!cleanConditionally) {
            return;
        }
        List<Element> nodes = new ArrayList<>(article.select(tag));
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Cancellation.check();
            Element node = nodes.get(i);
            if (node.parent() == null || node == article) {
                continue;
            }
            if (shouldRemove(node, tag)) {
                node.remove();
            }
        }
    }

    private boolean shouldRemove(Element node, String tag) {
        String text = TextMeasure.innerText(node);
        boolean isList = tag.equals("ul") || tag.equals("ol");
        if (!isList) {
            int listLength = 0;
            for (Element li : node.select("li")) {
                listLength += TextMeasure.innerText(li).length();
            }
            isList = text.length() > 0 && (double) listLength / text.length() > 0.9;
        }
        if (tag.equals("table") && isDataTable(node) || node.closest("code, pre") != null || TextMeasure.embedsPost(node)) {
            return false;
        }
        if (node.parents().stream().anyMatch(p -> p.tagName().equals("table") && isDataTable(p))) {
            return false;
        }
        double weight = scores.classWeight(node);
        if (weight < 0) {
            return true;
        }
        if (TextMeasure.commas(text) >= 10) {
            return false;
        }
        int p = node.select("p").size();
        int img = node.select("img").size();
        int li = node.select("li").size() - 100;
        int input = node.select("input").size();
        int embeds = node.select("object, embed, iframe").size();
        double headingDensity = headingDensity(node, text.length());
        double linkDensity = TextMeasure.linkDensity(node);
        int length = text.length();
        boolean inFigure = node.closest("figure") != null;
        return img > 1 && (double) p / img < 0.5 && !inFigure
                || !isList && li > p
                || input > p / 3
                || !isList && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2) && !inFigure
                || !isList && weight < 25 && linkDensity > 0.2
                || weight >= 25 && linkDensity > 0.5
                || embeds == 1 && length < 75 || embeds > 1;
    }

    private static double headingDensity(Element node, int length) {
        if (length == 0) {
            return 0;
        }
        int h = 0;
        for (Element e : node.select("h1, h2, h3, h4, h5, h6")) {
            h += TextMeasure.innerText(e).length();
        }
        return (double) h / length;
    }

    /** A table of data (a caption, header cells, many rows and columns), as opposed to one used for layout. */
    private static boolean isDataTable(Element table) {
        if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (!table.attr("summary").isEmpty() || table.selectFirst("caption, col, colgroup, tfoot, thead, th") != null) {
            return true;
        }
        if (table.selectFirst("table") != null) {
            return false;
        }
        Elements rows = table.select("tr");
        int columns = rows.isEmpty() ? 0 : rows.first().select("td").size();
        return rows.size() >= 10 || columns > 4 || rows.size() * columns > 10;
    }
}
