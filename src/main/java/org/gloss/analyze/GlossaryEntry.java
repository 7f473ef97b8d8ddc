package org.gloss.analyze;

import java.util.List;

/** One entry of {@code content/glossary.yml}: a term, the forms it appears in, and what it means. */
public record GlossaryEntry(
        String term,
        String expansion,
        List<String> aliases,
        String definition,
        String category,
        List<String> context,
        List<Link> links,
        List<String> seeAlso,
        Boolean caseSensitive) {

    public GlossaryEntry {
        aliases = List.copyOf(aliases);
        context = List.copyOf(context);
        links = List.copyOf(links);
        seeAlso = List.copyOf(seeAlso);
    }

    /** The term and its aliases: every surface form to recognise. */
    public List<String> forms() {
        List<String> forms = new java.util.ArrayList<>();
        forms.add(term);
        forms.addAll(aliases);
        return forms;
    }

    /** An external reference for further reading. */
    public record Link(String title, String url) {
    }
}
