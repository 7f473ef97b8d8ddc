package org.gloss.core;

import java.util.List;
import java.util.Locale;

/**
 * The known name a mistyped one most likely meant ({@code titel} → {@code title}), for messages
 * about unknown keys and fields: within two edits (Levenshtein distance), the first listed on a tie.
 */
public final class DidYouMean {

    /** The most edits between a typo and the name it is taken for. */
    public static final int MAX_DISTANCE = 2;

    private DidYouMean() {
    }

    /** The known name nearest {@code name} (case ignored), within {@link #MAX_DISTANCE}; null when none is. */
    public static String closest(String name, List<String> known) {
        if (name.length() > 64) {
            return null; // no key is that long; and the distance costs length squared
        }
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (String k : known) {
            int d = distance(name.toLowerCase(Locale.ROOT), k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    /** "; did you mean 'X'?" for the nearest known name, else " (known: A, B, C)" listing them in order. */
    public static String suggestion(String name, List<String> known) {
        String meant = closest(name, known);
        return meant != null ? "; did you mean '" + meant + "'?" : " (known: " + String.join(", ", known) + ")";
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
