package org.gloss.analyze;

import java.util.List;

/** The site's glossary: its entries in file order. */
public record Glossary(List<GlossaryEntry> entries) {
    public static final Glossary EMPTY = new Glossary(List.of());

    public Glossary {
        entries = List.copyOf(entries);
    }
}
