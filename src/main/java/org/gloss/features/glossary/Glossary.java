package org.gloss.features.glossary;

import java.util.List;
import java.util.Optional;
import org.gloss.core.Problem;

/**
 * The site's glossary: its entries in file order, the categories {@code glossary.html} groups them
 * under (in page order), and what was odd (but not fatal) in the file.
 */
public record Glossary(List<GlossaryEntry> entries, List<Category> categories, List<Problem> warnings) {

    /** The categories when {@code glossary.yml} lists none. */
    static final List<Category> DEFAULT_CATEGORIES = List.of(
            new Category("group", "Groups and forces"),
            new Category("place", "Places"),
            new Category("road", "Roads"),
            new Category("institution", "Institutions and media"),
            new Category("concept", "Concepts"));
    /** The heading of entries with no category, or one that is not listed; always last. */
    static final String OTHER = "Other terms";

    static final Glossary EMPTY = new Glossary(List.of());

    public Glossary {
        entries = List.copyOf(entries);
        categories = List.copyOf(categories);
        warnings = List.copyOf(warnings);
    }

    public Glossary(List<GlossaryEntry> entries, List<Problem> warnings) {
        this(entries, DEFAULT_CATEGORIES, warnings);
    }

    public Glossary(List<GlossaryEntry> entries) {
        this(entries, List.of());
    }

    /** The entry whose term is {@code term}, ignoring case. */
    Optional<GlossaryEntry> entry(String term) {
        return entries.stream().filter(e -> e.term().equalsIgnoreCase(term)).findFirst();
    }

    /** The listed category {@code id}, if it is one. */
    Optional<Category> category(String id) {
        return id == null ? Optional.empty() : categories.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** A heading of {@code glossary.html}: what entries name in {@code category:}, and its title. */
    record Category(String id, String title) {
    }
}
