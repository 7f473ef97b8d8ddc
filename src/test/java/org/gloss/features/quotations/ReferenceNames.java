package org.gloss.features.quotations;

import org.gloss.analyze.MatchKey;

/**
 * {@link Names#compatible} as it was first written, from the two strings on every call: kept to
 * pin the comparison of precomputed {@link Names.Voice}s to it ({@code NamesCompatibleDifferentialTest}).
 */
final class ReferenceNames {

    private ReferenceNames() {
    }

    static boolean compatible(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String x = Names.voiceOf(MatchKey.withoutAccents(a.toLowerCase(java.util.Locale.ROOT)));
        String y = Names.voiceOf(MatchKey.withoutAccents(b.toLowerCase(java.util.Locale.ROOT)));
        if (x.equals(y) || x.endsWith(" " + y) || y.endsWith(" " + x)) {
            return true;
        }
        String[] xs = x.split(" ");
        String[] ys = y.split(" ");
        return xs[xs.length - 1].equals(ys[ys.length - 1]) && (xs.length == 1 || ys.length == 1
                || xs[0].equals(ys[0]));
    }
}
