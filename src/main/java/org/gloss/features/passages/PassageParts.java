package org.gloss.features.passages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gloss.analyze.Span;
import org.gloss.core.SiteLayout;
import org.gloss.ingest.Article;
import org.gloss.render.ArticleBody;
import org.gloss.render.Mark;
import org.gloss.render.MarkTemplates;
import org.gloss.render.PageParts;
import org.gloss.render.SiteView;
import org.jsoup.nodes.Element;

/**
 * Where shared passages are marked in an article page and what their marks hold: the passage
 * ({@code marks/passage.peb}) and a note after it naming the others ({@code marks/passage-note.peb}).
 */
final class PassageParts implements PageParts {

    static final String PASSAGE = "marks/passage.peb";
    static final String NOTE = "marks/passage-note.peb";

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
            String id = passageId(p.span());
            marks.add(view.marks().mark(PASSAGE, Map.of("id", id), p.span(), id));
        }
        return marks;
    }

    /** Adds a note ({@code marks/passage-note.peb}) naming the other printings after every shared passage. */
    @Override
    public void addToBody(ArticleBody body, Article article, String root) {
        for (SharedPassage p : passagesOf(article)) {
            Element el = body.byId(passageId(p.span()));
            if (el == null) {
                continue;
            }
            // The first few, then how many more (MarkTemplates.listed).
            List<SharedPassage.Elsewhere> named = MarkTemplates.listed(p.elsewhere());
            List<Map<String, Object>> others = new ArrayList<>();
            for (SharedPassage.Elsewhere o : named) {
                others.add(Map.of("name", view.sourceName(o.articleId()), "article_id", o.articleId(),
                        "href", root + SiteLayout.articlePage(o.articleId()) + "#" + passageId(o.span())));
            }
            body.addAfter(el, view.marks().html(NOTE, Map.of("id", passageId(p.span()), "others", others,
                    "more", p.elsewhere().size() - named.size())));
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
