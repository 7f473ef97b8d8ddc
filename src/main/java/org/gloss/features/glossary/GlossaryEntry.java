package org.gloss.features.glossary;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of {@code content/glossary.yml}: a term, the forms it appears in, and what it means.
 * {@code context} applies to every form that has no context of its own; {@code not} lists phrases
 * a mention of any form must not be part of (an alias adds its own); {@code line} is where the
 * entry starts in the file (0 when it did not come from a file).
 */
public record GlossaryEntry(
        String term,
        String expansion,
        List<Alias> aliases,
        String definition,
        String category,
        List<String> context,
        List<String> not,
        List<Link> links,
        List<String> seeAlso,
        Boolean caseSensitive,
        int line) {

    public GlossaryEntry {
        aliases = List.copyOf(aliases);
        context = List.copyOf(context);
        not = List.copyOf(not);
        links = List.copyOf(links);
        seeAlso = List.copyOf(seeAlso);
    }

    /** An entry with plain aliases and no context, links or line: what tests and code build by hand. */
    static GlossaryEntry of(String term, String expansion, List<String> aliases, String definition,
                                   String category) {
        return new GlossaryEntry(term, expansion, aliases.stream().map(Alias::plain).toList(), definition,
                category, List.of(), List.of(), List.of(), List.of(), null, 0);
    }

    /**
     * The term and its aliases, each with the context it needs (empty: counts anywhere; an alias's
     * own replaces the entry's) and the phrases it must not be part of (the entry's and its own).
     */
    List<Alias> forms() {
        List<Alias> forms = new ArrayList<>();
        forms.add(new Alias(term, context, not));
        for (Alias a : aliases) {
            List<String> phrases = new ArrayList<>(not);
            a.not().stream().filter(p -> !phrases.contains(p)).forEach(phrases::add);
            forms.add(new Alias(a.text(), a.context().isEmpty() ? context : a.context(), phrases));
        }
        return forms;
    }

    /** The aliases as printed, without their contexts. */
    List<String> aliasTexts() {
        return aliases.stream().map(Alias::text).toList();
    }

    /** Whether {@code form} must match with its exact capitals: as set, else when it is all capitals. */
    boolean isCaseSensitive(String form) {
        return caseSensitive != null ? caseSensitive : isAllCapitals(form);
    }

    /** True when {@code s} has letters and none of them is lower case ({@code SDF}, {@code M4/M5}). */
    static boolean isAllCapitals(String s) {
        return s.chars().anyMatch(Character::isLetter) && s.chars().noneMatch(Character::isLowerCase);
    }

    /**
     * A surface form of the term; with a non-empty {@code context} it counts only near those words,
     * and never as part of one of the {@code not} phrases.
     */
    record Alias(String text, List<String> context, List<String> not) {
        public Alias {
            context = List.copyOf(context);
            not = List.copyOf(not);
        }

        Alias(String text, List<String> context) {
            this(text, context, List.of());
        }

        static Alias plain(String text) {
            return new Alias(text, List.of());
        }
    }

    /** An external reference for further reading. */
    record Link(String title, String url) {
    }
}
