package org.gloss.features.quotations;

import java.util.Set;

/**
 * Quoted text that is not anyone's speech: tweet markup left in an article's text (status ids,
 * {@code @handles}, {@code pic.twitter.com/…} links) and the titles of works
 * ({@code the song "Bridge Over Troubled Water"}). Such spans are not quotations at all. Each test
 * is one pass over the characters, so it costs nothing beside the scan.
 */
final class NotSpeech {

    /** Words that, right before a quoted title, say it names a work. */
    private static final Set<String> WORK_WORDS = Set.of("song", "songs", "album", "albums", "book", "books",
            "film", "films", "movie", "movies", "novel", "play", "poem", "show", "series", "documentary",
            "memoir", "single", "track", "episode", "titled", "entitled", "called", "named", "dubbed",
            "headline", "hymn", "anthem", "opera", "musical", "painting", "program", "programme", "podcast",
            "essay", "article", "column", "sitcom", "played", "sang", "performed");
    /**
     * Prepositions that, before a quoted phrase in title case, place someone in a work: a show, a
     * paper, a book ({@code said on "Fox & Friends"}, {@code wrote in "The Art of the Deal"}).
     */
    private static final Set<String> PLACING_WORDS = Set.of("on", "in");
    /** Status ids are 15 digits or more; no year, sum or phone number in prose is that long. */
    private static final int STATUS_ID_DIGITS = 15;

    private NotSpeech() {
    }

    /** Whether {@code quoted} (a quotation's words) holds tweet markup. */
    static boolean isTweetMarkup(String quoted) {
        if (quoted.contains("pic.twitter.com") || quoted.contains("twitter.com/") || quoted.contains("t.co/")) {
            return true;
        }
        int digits = 0;
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            digits = c >= '0' && c <= '9' ? digits + 1 : 0;
            if (digits >= STATUS_ID_DIGITS) {
                return true;
            }
            if (c == '@' && (i == 0 || !Character.isLetterOrDigit(quoted.charAt(i - 1)))
                    && i + 1 < quoted.length() && isHandleChar(quoted.charAt(i + 1))) {
                return true; // an @handle (an e-mail address has a letter before its @)
            }
        }
        return false;
    }

    private static boolean isHandleChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /**
     * Whether a quotation whose words are {@code quoted}, opening at {@code start} of the paragraph
     * {@code view}, is the title of a work: its words are in title case and the word before its
     * opening mark names a work ({@code song}, {@code book}, {@code titled}, {@code called}…),
     * places someone in one ({@code on}, {@code in}) or is its owner's ({@code CBS's}).
     */
    static boolean isTitle(String view, int start, String quoted) {
        if (!titleCase(quoted)) {
            return false;
        }
        String before = wordBefore(view, start);
        return WORK_WORDS.contains(before) || PLACING_WORDS.contains(before) || afterOwnersName(view, start);
    }

    /**
     * Whether a capitalised possessive stands right before the opening mark: a network's or
     * author's work ({@code on CBS's "Face the Nation"}, {@code NBC’s "Meet the Press"}).
     */
    private static boolean afterOwnersName(String view, int start) {
        int i = start - 1;
        while (i >= 0 && (QuoteScanner.isSpace(view.charAt(i)) || QuoteScanner.isDouble(view.charAt(i)))) {
            i--;
        }
        if (i < 2 || view.charAt(i) != 's' || view.charAt(i - 1) != '\'' && view.charAt(i - 1) != '’') {
            return false;
        }
        int w = i - 2;
        while (w > 0 && !QuoteScanner.isSpace(view.charAt(w - 1))) {
            w--;
        }
        return w <= i - 2 && Character.isUpperCase(view.charAt(w));
    }

    /** The lowercase word before the opening mark (and a comma or colon after that word). */
    private static String wordBefore(String view, int start) {
        int i = start - 1;
        while (i >= 0 && (QuoteScanner.isSpace(view.charAt(i)) || QuoteScanner.isDouble(view.charAt(i)))) {
            i--;
        }
        if (i >= 0 && (view.charAt(i) == ',' || view.charAt(i) == ':')) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(view.charAt(i))) {
            i--;
        }
        return view.substring(i + 1, end).toLowerCase(java.util.Locale.ROOT);
    }

    /** The first word and every word of four letters or more capitalised ("Let It Be", "Night Train"). */
    private static boolean titleCase(String quoted) {
        boolean first = true;
        int i = 0;
        int n = quoted.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(quoted.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(quoted.charAt(i)) || quoted.charAt(i) == '\''
                    || quoted.charAt(i) == '’')) {
                i++;
            }
            if (i > start) {
                boolean upper = !Character.isLowerCase(quoted.charAt(start));
                if (!upper && (first || i - start >= 4)) {
                    return false;
                }
                first = false;
            }
        }
        return !first;
    }
}
