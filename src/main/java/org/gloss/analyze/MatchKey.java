package org.gloss.analyze;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quotation's words normalised for matching across outlets: Unicode NFKC, one form for every
 * quote mark and apostrophe, dashes as word breaks, case folded, British spellings in their
 * American form; an ellipsis becomes a {@link #GAP} that may skip words and a bracketed editorial
 * insertion ({@code [Syrian Democratic Forces]}) a {@link #WILD} that stands for a few words.
 */
public record MatchKey(List<String> tokens) {

    /** An ellipsis: the printing left words out here. */
    public static final String GAP = "…";
    /** A bracketed insertion: the editor replaced a few words here. */
    public static final String WILD = "[]";

    private static final Pattern ELLIPSIS = Pattern.compile("\\.\\s*\\.\\s*\\.|…");
    private static final Pattern BRACKETS = Pattern.compile("\\[[^\\]]{0,80}\\]");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[‘’‚‛′`´]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[“”„‟″«»]");
    private static final Pattern BREAKS = Pattern.compile("[\\p{Pd}/]");
    private static final Pattern EDGE_APOSTROPHES = Pattern.compile("^'+|'+$");
    private static final Pattern DEFENCE = Pattern.compile("(?:def|off|pret)ences?");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}']+|…|\\[\\]");
    private static final Pattern OUR = Pattern.compile("^(\\p{L}{3,})our(s|ed|ing|ite|ites|able|ably|ful|less)?$");
    private static final Pattern ISE = Pattern.compile("^(\\p{L}{2,})is(e|es|ed|ing|ation|ations|er|ers)$");
    private static final Pattern YSE = Pattern.compile("^(\\p{L}{2,})ys(e|es|ed|ing)$");
    private static final Pattern TRE = Pattern.compile("^(\\p{L}{2,})(t|b)re(s)?$");
    private static final Set<String> OUR_EXCEPTIONS = Set.of("detour", "contour", "devour", "troubadour", "paramour");
    private static final Set<String> ISE_EXCEPTIONS = Set.of("advertise", "exercise", "comprise", "compromise",
            "surprise", "enterprise", "supervise", "televise", "devise", "revise", "despise", "disguise", "premise",
            "promise", "expertise", "franchise", "merchandise", "improvise", "otherwise", "likewise", "precise",
            "concise", "paradise", "treatise", "chastise", "incise", "excise", "demise", "apprise", "circumcise",
            "praise", "cruise", "bruise", "arise", "raise", "noise", "poise", "anise", "reprise", "valise");

    public MatchKey {
        tokens = List.copyOf(tokens);
    }

    /** The key of {@code text} as printed. */
    public static MatchKey of(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        // The patterns are compiled once: this runs on every quotation and, for shared passages,
        // on every sentence of the corpus.
        s = DOUBLE_QUOTES.matcher(SINGLE_QUOTES.matcher(s).replaceAll("'")).replaceAll("\"");
        s = ELLIPSIS.matcher(s).replaceAll(" … ");
        s = BRACKETS.matcher(s).replaceAll(" [] ");
        s = BREAKS.matcher(s).replaceAll(" ").toLowerCase(Locale.ROOT).replace("ß", "ss");
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            String t = m.group();
            if (t.indexOf('\'') >= 0) {
                t = EDGE_APOSTROPHES.matcher(t).replaceAll("");
            }
            if (!t.isEmpty()) {
                out.add(t.equals(GAP) || t.equals(WILD) ? t : american(t));
            }
        }
        return new MatchKey(out);
    }

    /** Words other than gaps, counting a bracketed insertion as one. */
    public int words() {
        int n = 0;
        for (String t : tokens) {
            if (!t.equals(GAP)) {
                n++;
            }
        }
        return n;
    }

    /** The plain words only (no gaps or wildcards), for indexing. */
    public List<String> plainWords() {
        return tokens.stream().filter(t -> !t.equals(GAP) && !t.equals(WILD)).toList();
    }

    /** One spelling for British/American pairs: -our/-or, -ise/-ize, -yse/-yze, -tre/-ter, -ence/-ense. */
    static String american(String w) {
        String r = w;
        // Each pattern needs its suffix letters somewhere in the word; most words have none of
        // them, and a contains() is far cheaper than a failing match.
        if (!r.contains("our") && !r.contains("is") && !r.contains("ys") && !r.contains("re")
                && !r.contains("ence")) {
            return r;
        }
        Matcher our = OUR.matcher(r);
        if (our.matches() && !OUR_EXCEPTIONS.contains(our.group(1) + "our")) {
            return our.group(1) + "or" + nz(our.group(2));
        }
        Matcher ise = ISE.matcher(r);
        if (ise.matches() && !ISE_EXCEPTIONS.contains(ise.group(1) + "ise") && ise.group(1).length() >= 3) {
            return ise.group(1) + "iz" + ise.group(2);
        }
        Matcher yse = YSE.matcher(r);
        if (yse.matches()) {
            return yse.group(1) + "yz" + yse.group(2);
        }
        Matcher tre = TRE.matcher(r);
        if (tre.matches()) {
            return tre.group(1) + tre.group(2) + "er" + nz(tre.group(3));
        }
        if (DEFENCE.matcher(r).matches()) {
            return r.replace("ence", "ense");
        }
        return r;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
