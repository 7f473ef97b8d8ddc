package org.gloss.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds mentions of glossary terms in an article's text. */
public final class GlossaryMatcher {

    private final Glossary glossary;

    public GlossaryMatcher(Glossary glossary) {
        this.glossary = glossary;
    }

    public List<GlossaryMention> find(ArticleText text) {
        List<GlossaryMention> found = new ArrayList<>();
        for (Block b : text.blocks()) {
            for (GlossaryEntry e : glossary.entries()) {
                for (String form : e.forms()) {
                    int flags = form.equals(form.toUpperCase()) ? 0 : Pattern.CASE_INSENSITIVE;
                    Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])",
                            flags).matcher(b.text());
                    while (m.find()) {
                        Span s = new Span(b.index(), m.start(), m.end());
                        if (found.stream().noneMatch(f -> f.span().overlaps(s))) {
                            found.add(new GlossaryMention(e.term(), text.articleId(), s, m.group(), false));
                        }
                    }
                }
            }
        }
        found.sort(Comparator.comparing(GlossaryMention::span));
        Set<String> seen = new HashSet<>();
        List<GlossaryMention> out = new ArrayList<>();
        for (GlossaryMention m : found) {
            out.add(new GlossaryMention(m.term(), m.articleId(), m.span(), m.text(), seen.add(m.term())));
        }
        return out;
    }
}
