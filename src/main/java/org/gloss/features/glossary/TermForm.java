package org.gloss.features.glossary;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One surface form of a glossary term, compiled for matching: whether capitals must match, whether
 * a plural ending may follow, the context words it needs nearby (null: none needed), and the
 * phrases it must not be part of, as {@link TermTrie#key} folds them.
 */
record TermForm(String term, String text, boolean caseSensitive, boolean pluralizable, Pattern context,
                List<String> not) {

    TermForm {
        not = List.copyOf(not);
    }

    /** Words either side of a mention searched for its context. */
    static final int CONTEXT_WORDS = 8;

    static TermForm of(GlossaryEntry entry, GlossaryEntry.Alias alias) {
        String text = alias.text().strip().replaceAll("\\s+", " ");
        boolean caseSensitive = entry.isCaseSensitive(text);
        return new TermForm(entry.term(), text, caseSensitive, pluralizable(text), contextPattern(alias.context()),
                alias.not().stream().map(TermTrie::key).filter(k -> !k.isBlank()).distinct().toList());
    }

    /** A {@code not} phrase as the matcher looks for it: its text is its {@link TermTrie#key}, any case. */
    static TermForm phrase(String key) {
        return new TermForm(key, key, false, false, null, List.of());
    }

    /**
     * Acronyms ({@code PMCs}) and forms ending in a common noun ({@code de-escalation zones}) take a
     * plural; proper names do not, so {@code Hama} never matches {@code Hamas}.
     */
    private static boolean pluralizable(String text) {
        char last = text.charAt(text.length() - 1);
        if (!Character.isLetter(last)) {
            return false;
        }
        if (GlossaryEntry.isAllCapitals(text)) {
            return text.codePoints().filter(Character::isLetter).count() >= 2;
        }
        String lastWord = text.substring(Math.max(text.lastIndexOf(' '), text.lastIndexOf('-')) + 1);
        return !lastWord.isEmpty() && Character.isLowerCase(lastWord.charAt(0));
    }

    /** Any of the words as a whole word, any case, optionally plural. */
    private static Pattern contextPattern(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        String alternatives = words.stream()
                .map(w -> Pattern.quote(w.strip()).replace(" ", "\\E[\\s-]+\\Q"))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?:s|es)?(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Letters in the form: two-letter acronyms ({@code IS}) read as words in text set in capitals. */
    int letters() {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }
}
