package org.gloss.publish;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gloss.analyze.ArticleText;
import org.gloss.features.glossary.GlossaryEntry;
import org.gloss.features.glossary.GlossaryFeature;
import org.gloss.features.glossary.GlossaryFindings;
import org.gloss.features.glossary.GlossaryMention;
import org.gloss.features.quotations.Quotations;
import org.gloss.features.quotations.QuotationsFeature;
import org.gloss.features.quotations.Quote;
import org.gloss.features.quotations.QuoteCluster;
import org.gloss.ingest.Article;
import org.gloss.render.MarkdownRenderer;
import org.gloss.render.Messages;
import org.gloss.render.OutletPageModel;
import org.gloss.render.ParagraphNumbers;
import org.gloss.render.SiteView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The template data of the classroom packet: cover facts, contents, each article with numbered
 * paragraphs (¶ N, the same numbers as the site's {@code #para-N}), a glossary appendix naming
 * where each term appears, and a quotation appendix with each shared quotation's wording per outlet.
 */
final class PacketModel {

    private final SiteView view;
    private final List<Article> selected;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final GlossaryFindings glossary;
    private final Quotations quotations;
    private final Map<String, Quote> quotes;
    private final Map<String, List<GlossaryMention>> mentionsByArticle;
    private final Messages messages;

    PacketModel(SiteView view, List<Article> selected) {
        this.view = view;
        this.selected = selected;
        this.messages = view.messages();
        this.glossary = view.annotations().get(GlossaryFeature.LINKED);
        this.quotations = view.annotations().get(QuotationsFeature.LINKED);
        this.quotes = quotations.quotes().stream().collect(Collectors.toMap(Quote::id, Function.identity()));
        this.mentionsByArticle = glossary.mentions().stream().collect(Collectors.groupingBy(GlossaryMention::articleId));
    }

    Map<String, Object> build(String title, String intro, List<String> questions) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("intro", intro);
        m.put("questions", questions);
        m.put("date_range", dateRange());
        m.put("outlets", selected.stream().map(a -> OutletPageModel.name(a, messages)).distinct().sorted().toList());
        m.put("articles", selected.stream().map(this::article).toList());
        m.put("glossary", glossary());
        m.put("quotes", quotations());
        return m;
    }

    private String dateRange() {
        List<LocalDate> dates = selected.stream().map(a -> a.metadata().date()).filter(Objects::nonNull).sorted().toList();
        if (dates.isEmpty()) {
            return null;
        }
        LocalDate first = dates.get(0);
        LocalDate last = dates.get(dates.size() - 1);
        return first.equals(last) ? messages.date(first)
                : messages.text("packet.date_range", Map.of("first", messages.date(first), "last", messages.date(last)));
    }

    private Map<String, Object> article(Article a) {
        Map<String, Object> m = new HashMap<>(view.summary(a, ""));
        m.put("anchor", "article-" + a.id());
        m.put("body", numberedBody(a));
        return m;
    }

    /** The article's sanitised HTML with "¶ N" before each paragraph and no images (no fetches). */
    private String numberedBody(Article a) {
        Document doc = Jsoup.parseBodyFragment(markdown.toHtml(a.body()));
        doc.outputSettings().prettyPrint(false);
        for (Element img : doc.body().select("img")) {
            String alt = img.attr("alt");
            if (alt.isBlank()) {
                img.remove();
            } else {
                img.replaceWith(new Element("span").addClass("image-alt").text(messages.text("packet.image", Map.of("alt", alt))));
            }
        }
        Map<Integer, Integer> numbers = ParagraphNumbers.of(textOf(a.id()));
        for (Element el : doc.body().select("[" + MarkdownRenderer.BLOCK_ATTR + "]")) {
            // The site's own reading of the number: a block that content numbered itself is not one of ours.
            Integer n = MarkdownRenderer.blockNumber(el).map(numbers::get).orElse(null);
            if (n != null) {
                el.addClass("numbered");
                el.prependChild(new Element("span").addClass("pnum").text(paragraph(n)));
            }
        }
        return doc.body().html();
    }

    /** Terms mentioned in the selected articles, in glossary order, each with where it appears. */
    private List<Map<String, Object>> glossary() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (GlossaryEntry e : glossary.glossary().entries()) {
            List<String> places = new ArrayList<>();
            for (Article a : selected) {
                Set<Integer> paras = new TreeSet<>();
                Map<Integer, Integer> numbers = ParagraphNumbers.of(textOf(a.id()));
                for (GlossaryMention mention : mentionsByArticle.getOrDefault(a.id(), List.of())) {
                    if (mention.term().equals(e.term()) && numbers.containsKey(mention.span().block())) {
                        paras.add(numbers.get(mention.span().block()));
                    }
                }
                if (!paras.isEmpty()) {
                    places.add(shortTitle(a) + " " + String.join(messages.text("list.separator"),
                            paras.stream().map(this::paragraph).toList()));
                }
            }
            if (!places.isEmpty()) {
                Map<String, Object> m = new HashMap<>();
                m.put("term", e.term());
                m.put("expansion", e.expansion());
                m.put("definition", e.definition() == null ? "" : e.definition());
                m.put("places", places);
                out.add(m);
            }
        }
        return out;
    }

    /** Quotations printed by two or more of the selected articles, with each printing's wording. */
    private List<Map<String, Object>> quotations() {
        Set<String> ids = new LinkedHashSet<>(selected.stream().map(Article::id).toList());
        List<Map<String, Object>> out = new ArrayList<>();
        for (QuoteCluster c : quotations.clusters()) {
            List<Quote> printings = c.quoteIds().stream().map(quotes::get)
                    .filter(q -> ids.contains(q.articleId())).toList();
            if (printings.stream().map(Quote::articleId).distinct().count() < 2) {
                continue;
            }
            List<Map<String, Object>> items = new ArrayList<>();
            for (Quote q : printings) {
                Article a = view.article(q.articleId());
                Integer n = ParagraphNumbers.of(textOf(a.id())).get(q.parts().get(0).block());
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("outlet", OutletPageModel.name(a, messages));
                item.put("article", shortTitle(a));
                item.put("paragraph", n == null ? "" : paragraph(n));
                item.put("text", q.text());
                items.add(item);
            }
            Map<String, Object> m = new HashMap<>();
            m.put("speaker", c.speaker());
            m.put("items", items);
            out.add(m);
        }
        return out;
    }

    private String shortTitle(Article a) {
        return messages.text("packet.short_title", Map.of("outlet", OutletPageModel.name(a, messages),
                "title", a.metadata().title() == null ? a.id() : a.metadata().title()));
    }

    /** How a paragraph is cited: {@code ¶ 3}. */
    private String paragraph(int n) {
        return messages.text("packet.paragraph", Map.of("n", n));
    }

    private ArticleText textOf(String articleId) {
        return view.textOf(articleId);
    }
}
