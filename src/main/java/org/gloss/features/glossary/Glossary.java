package org.gloss.features.glossary;

import java.util.List;
import java.util.Optional;
import org.gloss.core.Problem;

/** The site's glossary: its entries in file order, and what was odd (but not fatal) in the file. */
public record Glossary(List<GlossaryEntry> entries, List<Problem> warnings) {
    static final Glossary EMPTY = new Glossary(List.of());

    public Glossary {
        entries = List.copyOf(entries);
        warnings = List.copyOf(warnings);
    }

    public Glossary(List<GlossaryEntry> entries) {
        this(entries, List.of());
    }

    /** The entry whose term is {@code term}, ignoring case. */
    Optional<GlossaryEntry> entry(String term) {
        return entries.stream().filter(e -> e.term().equalsIgnoreCase(term)).findFirst();
    }
}
