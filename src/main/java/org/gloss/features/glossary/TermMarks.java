package org.gloss.features.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gloss.render.Mark;

/**
 * How glossary mentions appear in an article page: {@code a.term[data-term]} linking to the term's
 * entry on the glossary page (so it works without JavaScript), with an id the glossary's
 * backlinks point at. The first mention of each term is fully marked and carries the expansion
 * and the definition's text in data attributes, for {@code glossary.js} to show in a popover;
 * later ones are marked lightly unless {@code mark_every_mention} is set.
 */
final class TermMarks {

    private final boolean markEveryMention;
    private final Glossary glossary;
    private final DefinitionRenderer definitions = new DefinitionRenderer();
    // Article pages render in parallel, all sharing these caches: what a term's marks carry is the
    // same on every page, and working it out (a slug, a glossary lookup, a definition) per mention
    // repeated it thousands of times.
    private final Map<String, String> definitionText = new ConcurrentHashMap<>();
    private final Map<String, String> entryIds = new ConcurrentHashMap<>();
    private final Map<String, Optional<GlossaryEntry>> entries = new ConcurrentHashMap<>();
    private final Map<MentionKey, String> mentionIds = new ConcurrentHashMap<>();

    /** The {@code n}th mention of {@code term} on a page. */
    private record MentionKey(String term, int n) {
    }

    TermMarks(boolean markEveryMention, Glossary glossary) {
        this.markEveryMention = markEveryMention;
        this.glossary = glossary;
    }

    /** The marks for one article's mentions (in reading order); links are relative to {@code root}. */
    List<Mark> marksOf(List<GlossaryMention> mentions, String root) {
        List<Mark> marks = new ArrayList<>();
        Map<String, Integer> ordinal = new HashMap<>();
        for (GlossaryMention m : mentions) {
            int n = ordinal.merge(m.term(), 1, Integer::sum);
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("class", m.first() || markEveryMention ? "term" : "term term-light");
            attrs.put("data-term", m.term());
            attrs.put("href", root + "glossary.html#" + entryIds.computeIfAbsent(m.term(), TermAnchors::entryId));
            if (n == 1) {
                entries.computeIfAbsent(m.term(), glossary::entry).ifPresent(e -> describe(e, attrs));
            }
            String anchor = mentionIds.computeIfAbsent(new MentionKey(m.term(), n),
                    k -> TermAnchors.mentionId(k.term(), k.n()));
            marks.add(new Mark(m.span(), "a", attrs, anchor));
        }
        return marks;
    }

    private void describe(GlossaryEntry e, Map<String, String> attrs) {
        if (e.expansion() != null) {
            attrs.put("data-expansion", e.expansion());
        }
        attrs.put("data-definition", definitionText.computeIfAbsent(e.term(), t -> definitions.text(e.definition())));
    }
}
