package org.gloss.features.passages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gloss.analyze.Span;
import org.gloss.core.SiteLayout;
import org.gloss.ingest.Article;
import org.gloss.render.ArticleBody;
import org.gloss.render.Mark;
import org.gloss.render.PageParts;
import org.gloss.render.SiteView;
import org.jsoup.nodes.Element;

/** How shared passages appear in an article page: a marked sentence and a margin note naming the others. */
final class PassageParts implements PageParts {

    private final SiteView view;
    private final Map<String, List<SharedPassage>> byArticle;

    PassageParts(SiteView view) {
        this.view = view;
        this.byArticle = view.annotations().get(PassagesFeature.LINKED).passages().stream()
                .collect(Collectors.groupingBy(SharedPassage::articleId));
    }

    @Override
    public List<Mark> marks(Article article, String root) {
        List<Mark> marks = new ArrayList<>();
        for (SharedPassage p : passagesOf(article)) {
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("class", "shared-passage");
            attrs.put("data-shared-passage", passageId(p.span()));
            marks.add(new Mark(p.span(), "span", attrs, passageId(p.span())));
        }
        return marks;
    }

    /** Adds a margin note "also in OUTLET" after every shared passage. */
    @Override
    public void addToBody(ArticleBody body, Article article, String root) {
        for (SharedPassage p : passagesOf(article)) {
            Element el = body.byId(passageId(p.span()));
            if (el == null) {
                continue;
            }
            Element note = body.create("span").addClass("shared-note").attr("role", "note");
            List<String> pieces = view.messages().pieces("passage.note");
            for (int i = 0; i < pieces.size(); i++) {
                if (i % 2 == 1 && pieces.get(i).equals("outlets")) {
                    appendOutlets(body, note, p.elsewhere(), root);
                } else if (!pieces.get(i).isEmpty()) {
                    note.appendText(i % 2 == 0 ? pieces.get(i) : "{" + pieces.get(i) + "}");
                }
            }
            el.after(note);
        }
    }

    /** The other printings as links, listed the language's way ({@code A, B and C}). */
    private void appendOutlets(ArticleBody body, Element note, List<SharedPassage.Elsewhere> others, String root) {
        for (int i = 0; i < others.size(); i++) {
            SharedPassage.Elsewhere o = others.get(i);
            if (i > 0) {
                note.appendText(view.messages().text(i == others.size() - 1 ? "list.last_separator" : "list.separator"));
            }
            body.append(note, "a").attr("href", root + SiteLayout.articlePage(o.articleId()) + "#"
                    + passageId(o.span())).text(view.sourceName(o.articleId()));
        }
    }

    private List<SharedPassage> passagesOf(Article article) {
        return byArticle.getOrDefault(article.id(), List.of());
    }

    /** The anchor id of a shared passage: unique in its page, stable across builds. */
    static String passageId(Span span) {
        return "passage-" + span.block() + "-" + span.start();
    }
}
