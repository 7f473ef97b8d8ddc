package org.gloss.features.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gloss.render.Mark;
import org.gloss.render.MarkTemplates;
import org.gloss.render.PrintNote;

/**
 * Where glossary mentions are marked in an article page and what their marks hold; the theme's
 * {@code marks/term.peb} gives them their form (by default {@code a.term[data-term]} linking to the
 * term's entry on the glossary page, so it works without JavaScript). Each carries an id the
 * glossary's backlinks point at. The first mention of each term is fully marked and carries the
 * expansion and the definition's text, for {@code glossary.js} to show in a popover; later ones
 * are marked lightly unless {@code mark_every_mention} is set.
 */
final class TermMarks {

    static final String TEMPLATE = "marks/term.peb";
    static final String PRINT = "marks/print/term.peb";
    static final String PRINT_NOTE = "marks/print/term-note.peb";

    private final boolean markEveryMention;
    private final MarkTemplates templates;
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

    TermMarks(boolean markEveryMention, Glossary glossary, MarkTemplates templates) {
        this.markEveryMention = markEveryMention;
        this.templates = templates;
        this.glossary = glossary;
    }

    /** The marks for one article's mentions (in reading order); links are relative to {@code root}. */
    List<Mark> marksOf(List<GlossaryMention> mentions, String root) {
        List<Mark> marks = new ArrayList<>();
        Map<String, Integer> ordinal = new HashMap<>();
        for (GlossaryMention m : mentions) {
            int n = ordinal.merge(m.term(), 1, Integer::sum);
            Map<String, Object> data = new HashMap<>();
            data.put("term", m.term());
            data.put("root", root);
            data.put("entry_id", entryIds.computeIfAbsent(m.term(), TermAnchors::entryId));
            data.put("full", m.first() || markEveryMention);
            Optional<GlossaryEntry> entry = n == 1 ? entries.computeIfAbsent(m.term(), glossary::entry) : Optional.empty();
            data.put("described", entry.isPresent());
            data.put("expansion", entry.map(GlossaryEntry::expansion).orElse(null));
            data.put("definition", entry.map(e -> definitionText.computeIfAbsent(e.term(),
                    t -> definitions.text(e.definition()))).orElse(null));
            String anchor = mentionIds.computeIfAbsent(new MentionKey(m.term(), n),
                    k -> TermAnchors.mentionId(k.term(), k.n()));
            // A term's marks are alike on every page but for their anchors: rendered once each.
            marks.add(templates.repeatedMark(TEMPLATE, data, m.span(), anchor));
        }
        return marks;
    }

    /**
     * The print form's notes (the packet): after each term's first mention in the article a small
     * mark ({@code marks/print/term.peb}) and its definition in the notes ({@code marks/print/term-note.peb}).
     */
    List<PrintNote> printNotes(List<GlossaryMention> mentions) {
        List<PrintNote> notes = new ArrayList<>();
        Set<String> noted = new HashSet<>();
        for (GlossaryMention m : mentions) {
            Optional<GlossaryEntry> entry = entries.computeIfAbsent(m.term(), glossary::entry);
            if (entry.isEmpty() || !noted.add(m.term())) {
                continue;
            }
            GlossaryEntry e = entry.get();
            Map<String, Object> data = new HashMap<>();
            data.put("term", m.term());
            data.put("expansion", e.expansion());
            data.put("definition", definitionText.computeIfAbsent(e.term(), t -> definitions.text(e.definition())));
            notes.add(new PrintNote(m.span(), PRINT, PRINT_NOTE, data));
        }
        return notes;
    }
}
