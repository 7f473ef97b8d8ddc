package org.gloss.render;

import java.util.Set;

/**
 * Which plural form a whole number takes in a language: the CLDR cardinal categories
 * ({@code zero}, {@code one}, {@code two}, {@code few}, {@code many}, {@code other}) for whole
 * numbers, written out for the shipped languages and the common families, since the JDK has no
 * public plural-rules API. A language not listed here uses {@code one} for 1 and {@code other}
 * else, as English does; a messages file only needs the forms its language uses, and
 * {@code other} is always the fallback.
 */
final class PluralRules {

    /** Languages with a single form for every number. */
    private static final Set<String> NO_PLURAL = Set.of("id", "ja", "km", "ko", "lo", "ms", "my", "th", "vi", "zh",
            "yue");
    /** Languages where 0 and 1 take the singular. */
    private static final Set<String> ZERO_ONE = Set.of("fr", "hy", "kab", "pt", "ff");
    /** East Slavic: 1, 21… one; 2–4, 22–24… few; the rest many. */
    private static final Set<String> EAST_SLAVIC = Set.of("ru", "uk", "be");

    private PluralRules() {
    }

    /** The category of {@code n} in {@code language} (an ISO 639 code, lower case). */
    static String category(String language, long n) {
        long abs = Math.abs(n);
        long mod10 = abs % 10;
        long mod100 = abs % 100;
        if (NO_PLURAL.contains(language)) {
            return "other";
        }
        if (ZERO_ONE.contains(language)) {
            return abs <= 1 ? "one" : "other";
        }
        if (EAST_SLAVIC.contains(language)) {
            if (mod10 == 1 && mod100 != 11) {
                return "one";
            }
            return mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? "few" : "many";
        }
        if (language.equals("pl")) {
            if (abs == 1) {
                return "one";
            }
            return mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? "few" : "many";
        }
        if (language.equals("cs") || language.equals("sk")) {
            return abs == 1 ? "one" : abs >= 2 && abs <= 4 ? "few" : "other";
        }
        if (language.equals("ar")) {
            if (abs <= 2) {
                return abs == 0 ? "zero" : abs == 1 ? "one" : "two";
            }
            return mod100 >= 3 && mod100 <= 10 ? "few" : mod100 >= 11 ? "many" : "other";
        }
        if (language.equals("he") || language.equals("iw")) {
            return abs == 1 ? "one" : abs == 2 ? "two" : "other";
        }
        return abs == 1 ? "one" : "other";
    }
}
