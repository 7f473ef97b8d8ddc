package org.gloss.features.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gloss.core.SiteLayout;
import org.gloss.ingest.Article;
import org.gloss.render.Mark;
import org.gloss.render.PageParts;
import org.gloss.render.SearchDocs;
import org.gloss.render.SitePage;
import org.gloss.render.SiteView;

/** The glossary's parts of the pages: term marks, {@code glossary.html}, and an entry per term in search. */
final class GlossaryParts implements PageParts {

    private final SiteView view;
    private final GlossaryFindings found;
    private final Map<String, List<GlossaryMention>> byArticle;
    private final TermMarks marks;

    GlossaryParts(SiteView view) {
        this.view = view;
        this.found = view.annotations().get(GlossaryFeature.LINKED);
        this.byArticle = found.mentions().stream().collect(Collectors.groupingBy(GlossaryMention::articleId));
        this.marks = new TermMarks(view.site().markEveryMention(), found.glossary());
    }

    @Override
    public List<Mark> marks(Article article, String root) {
        return marks.marksOf(byArticle.getOrDefault(article.id(), List.of()), root);
    }

    @Override
    public List<SitePage> sitePages() {
        return List.of(new SitePage(SiteLayout.GLOSSARY, "glossary.peb", () -> GlossaryPageModel.build(view, "")));
    }

    @Override
    public void addSearchDocs(SearchDocs docs) {
        docs.add(SearchDocs.part(g -> {
            DefinitionRenderer definitions = new DefinitionRenderer();
            for (GlossaryEntry e : found.glossary().entries()) {
                SearchDocs.write(g, termDoc(e, definitions));
            }
        }));
    }

    private static Map<String, Object> termDoc(GlossaryEntry e, DefinitionRenderer definitions) {
        String label = e.expansion() == null ? e.term() : e.term() + " (" + e.expansion() + ")";
        Map<String, Object> d = SearchDocs.doc("term", label, e.category(),
                SiteLayout.GLOSSARY + "#" + TermAnchors.entryId(e.term()));
        List<String> names = new ArrayList<>(e.aliasTexts());
        names.add(0, e.term());
        if (e.expansion() != null) {
            names.add(e.expansion());
        }
        d.put("term", String.join(" ", names));
        // The words a reader sees: a result's excerpt must not show "[SDF](#term-sdf)" or "**".
        d.put("text", definitions.text(e.definition()));
        return d;
    }
}
