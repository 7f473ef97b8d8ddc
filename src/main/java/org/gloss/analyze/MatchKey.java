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
 * quote mark and apostrophe, dashes as word breaks, case folded, accents removed, British spellings in their
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
    private static final String SINGLE_QUOTE_CHARS = "‘’‚‛′`´";
    private static final Pattern EDGE_APOSTROPHES = Pattern.compile("^'+|'+$");
    private static final Pattern DEFENCE = Pattern.compile("(?:def|off|pret)ences?");
    private static final Pattern OUR = Pattern.compile("^(\\p{L}{3,})our(s|ed|ing|ite|ites|able|ably|ful|less)?$");
    private static final Pattern ISE = Pattern.compile("^(\\p{L}{2,})is(e|es|ed|ing|ation|ations|er|ers)$");
    private static final Pattern YSE = Pattern.compile("^(\\p{L}{2,})ys(e|es|ed|ing)$");
    private static final Pattern TRE = Pattern.compile("^(\\p{L}{2,})(t|b)re(s)?$");
    /** The endings {@link #ISE}, {@link #YSE} and {@link #TRE} can match. */
    private static final List<String> ISE_ENDINGS = List.of("ise", "ises", "ised", "ising", "isation", "isations",
            "iser", "isers");
    private static final List<String> YSE_ENDINGS = List.of("yse", "yses", "ysed", "ysing");
    private static final List<String> TRE_ENDINGS = List.of("tre", "bre", "tres", "bres");
    static final Set<String> OUR_EXCEPTIONS = Set.of("detour", "contour", "devour", "troubadour", "paramour");
    static final Set<String> ISE_EXCEPTIONS = Set.of("advertise", "exercise", "comprise", "compromise",
            "surprise", "enterprise", "supervise", "televise", "devise", "revise", "despise", "disguise", "premise",
            "promise", "expertise", "franchise", "merchandise", "improvise", "otherwise", "likewise", "precise",
            "concise", "paradise", "treatise", "chastise", "incise", "excise", "demise", "apprise", "circumcise",
            "praise", "cruise", "bruise", "arise", "raise", "noise", "poise", "anise", "reprise", "valise");

    public MatchKey {
        tokens = List.copyOf(tokens);
    }

    /**
     * {@code s} without accents ({@code José Nuñez} → {@code Jose Nunez}): the combining marks of
     * its canonical decomposition (U+0300–U+036F) removed, then composed again. Outlets print names
     * with and without accents, and the same words are the same quotation. Only text holding a
     * letter beyond ASCII or a mark is decomposed, so plain text costs one scan.
     */
    public static String withoutAccents(String s) {
        boolean accented = false;
        for (int i = 0; i < s.length() && !accented; i++) {
            char c = s.charAt(i);
            // Only a letter beyond ASCII or a mark can carry an accent: the dashes, quote marks and
            // ellipses of ordinary English text are passed over without decomposing it.
            accented = c >= '\u00C0' && (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK);
        }
        if (!accented) {
            return s;
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c < '\u0300' || c > '\u036F') {
                out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** The key of {@code text} as printed. */
    public static MatchKey of(String text) {
        char[] plain = plainText(text);
        if (plain != null) {
            return new MatchKey(tokens(words(plain)));
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        // This runs on every quotation and, for shared passages, on every sentence of the corpus:
        // each replacement runs only when its characters are there, quote marks are mapped
        // character by character, and the words are cut out by a scan, not a regex. Double quote
        // marks, dashes and slashes need no replacing: no word holds them, so they break words.
        s = singleQuotesAsApostrophes(s);
        if (mayHoldEllipsis(s)) {
            s = ELLIPSIS.matcher(s).replaceAll(" … ");
        }
        if (s.indexOf('[') >= 0) {
            s = BRACKETS.matcher(s).replaceAll(" [] ");
        }
        s = withoutAccents(s.toLowerCase(Locale.ROOT).replace("ß", "ss"));
        return new MatchKey(tokens(words(s.toCharArray())));
    }

    /** The words as the key holds them: apostrophes trimmed from their edges, in American spelling. */
    private static List<String> tokens(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String t : words) {
            if (t.indexOf('\'') >= 0) {
                t = EDGE_APOSTROPHES.matcher(t).replaceAll("");
            }
            if (!t.isEmpty()) {
                out.add(t.equals(GAP) || t.equals(WILD) ? t : american(t));
            }
        }
        return out;
    }

    /**
     * Most sentences are ASCII with curly quote marks and dashes: for them (no other character,
     * no bracket, nothing an ellipsis can be made of) every step before the words are cut is
     * already known, and done here in one pass over a char array: NFKC leaves such text as it is
     * (none of these characters has a decomposition or combines), there is no accent to remove, and
     * folding case is ASCII's. Returns the text so prepared, or null when it needs the full steps.
     */
    private static char[] plainText(String text) {
        char[] c = text.toCharArray();
        boolean afterDot = false;
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if (ch < 0x80) {
                if (ch == '[' || ch == '.' && afterDot) {
                    return null;
                }
                afterDot = ch == '.' || afterDot && isSpace(ch);
                if (ch >= 'A' && ch <= 'Z') {
                    c[i] = (char) (ch + ('a' - 'A'));
                } else if (ch == '`') {
                    c[i] = '\'';
                }
            } else if (ch == '‘' || ch == '’') {
                c[i] = '\'';
                afterDot = false;
            } else if (ch == '“' || ch == '”' || ch == '–' || ch == '—') {
                afterDot = false;
            } else {
                return null;
            }
        }
        return c;
    }

    /** {@code s} with every character of {@link #SINGLE_QUOTE_CHARS} replaced by an apostrophe. */
    private static String singleQuotesAsApostrophes(String s) {
        char[] c = s.toCharArray();
        boolean replaced = false;
        for (int i = 0; i < c.length; i++) {
            // The marks are '`', '´' and characters from U+2018 on: most characters are below '´'.
            char ch = c[i];
            if ((ch == '`' || ch >= '´') && SINGLE_QUOTE_CHARS.indexOf(ch) >= 0) {
                c[i] = '\'';
                replaced = true;
            }
        }
        return replaced ? new String(c) : s;
    }

    /** False only when {@link #ELLIPSIS} cannot match: no "…" and no two dots with only spaces between. */
    private static boolean mayHoldEllipsis(String s) {
        boolean afterDot = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '…' || c == '.' && afterDot) {
                return true;
            }
            afterDot = c == '.' || afterDot && isSpace(c);
        }
        return false;
    }

    /**
     * What a {@code find()} loop of {@code [\p{L}\p{N}']+|…|\[\]} yields: runs of letters, numbers
     * and apostrophes (by code point), ellipses and bracket pairs.
     */
    private static List<String> words(char[] c) {
        // On a char array: String.charAt checks its index and coder on every call, which C1 keeps.
        int n = c.length;
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int end = i;
            while (end < n) {
                char ch = c[end];
                if (ch < 0x80) {
                    if (!isAsciiWordPart(ch)) {
                        break;
                    }
                    end++;
                } else {
                    int cp = Character.codePointAt(c, end);
                    if (!isWordPart(cp)) {
                        break;
                    }
                    end += Character.charCount(cp);
                }
            }
            if (end > i) {
                out.add(new String(c, i, end - i));
                i = end;
            } else if (c[i] == '…') {
                out.add(GAP);
                i++;
            } else if (c[i] == '[' && i + 1 < n && c[i + 1] == ']') {
                out.add(WILD);
                i += 2;
            } else {
                i += Character.charCount(Character.codePointAt(c, i));
            }
        }
        return out;
    }

    private static boolean isAsciiWordPart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'';
    }

    /** A letter ({@code \p{L}}), a number ({@code \p{N}}) or an apostrophe. */
    private static boolean isWordPart(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'';
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** White space as the patterns' {@code \s} means it: ASCII only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
        if (r.length() < 5) {
            return r; // every pattern needs five letters or more (two before -tre, -yse)
        }
        // Each pattern is tried only on words with its letters where it needs them: most words
        // (and the common "is", "this", "are", "there") have none, and a failing match is costly.
        if (r.indexOf("our", 3) >= 0) {
            Matcher our = OUR.matcher(r);
            if (our.matches() && !OUR_EXCEPTIONS.contains(our.group(1) + "our")) {
                return our.group(1) + "or" + nz(our.group(2));
            }
        }
        // Every ending of ISE holds "is" at most eight characters from the end, of YSE "ys" at most
        // five, of TRE "re" two or three: one look for those letters passes over most words.
        int n = r.length();
        if (r.indexOf("is", n - 8) >= 0 && endsWithAny(r, ISE_ENDINGS)) {
            Matcher ise = ISE.matcher(r);
            if (ise.matches() && !ISE_EXCEPTIONS.contains(ise.group(1) + "ise") && ise.group(1).length() >= 3) {
                return ise.group(1) + "iz" + ise.group(2);
            }
        }
        if (r.indexOf("ys", n - 5) >= 0 && endsWithAny(r, YSE_ENDINGS)) {
            Matcher yse = YSE.matcher(r);
            if (yse.matches()) {
                return yse.group(1) + "yz" + yse.group(2);
            }
        }
        if ((r.charAt(n - 1) == 'e' || r.charAt(n - 1) == 's' && r.charAt(n - 2) == 'e') && endsWithAny(r, TRE_ENDINGS)) {
            Matcher tre = TRE.matcher(r);
            if (tre.matches()) {
                return tre.group(1) + tre.group(2) + "er" + nz(tre.group(3));
            }
        }
        if (r.contains("ence") && DEFENCE.matcher(r).matches()) {
            return r.replace("ence", "ense");
        }
        return r;
    }

    private static boolean endsWithAny(String w, List<String> endings) {
        for (String e : endings) {
            if (w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
