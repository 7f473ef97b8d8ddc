package org.gloss.features.glossary;

/** What the glossary matcher and the acronym lint need to know about capital letters in text. */
final class CapitalLetters {

    private CapitalLetters() {
    }

    /**
     * True for text set in capitals (a shouted headline): at least eight letters, four in five of
     * them capitals. There {@code IS} may just be "is", and no capitalised word is an acronym.
     */
    static boolean setInCapitals(String text) {
        long letters = 0;
        long upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                // Most text is ASCII: answered without Character's tables.
                boolean isUpper = c >= 'A' && c <= 'Z';
                letters += isUpper || c >= 'a' && c <= 'z' ? 1 : 0;
                upper += isUpper ? 1 : 0;
            } else {
                letters += Character.isLetter(c) ? 1 : 0;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters >= 8 && upper * 5 >= letters * 4;
    }

    /** What {@code \p{Lu}} matches: an upper-case letter (a code point). */
    static boolean isCapital(int cp) {
        return cp < 128 ? cp >= 'A' && cp <= 'Z' : Character.getType(cp) == Character.UPPERCASE_LETTER;
    }
}
