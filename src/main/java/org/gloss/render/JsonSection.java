package org.gloss.render;

/**
 * One feature's section of {@code data/annotations.json}: a named array of what it found, made
 * part by part so that an edit in {@code serve} re-writes only its article's share.
 */
public interface JsonSection {

    /** The section's name in the file ({@code "quotes"}). */
    String name();

    /** What the section shows: a value equal between two builds exactly when it comes out the same. */
    Object key();

    /** Adds the section's elements to {@code array}, keeping parts in {@code parts}. */
    void write(JsonParts.ArrayBytes array, PartCache parts);
}
