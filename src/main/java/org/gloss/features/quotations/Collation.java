package org.gloss.features.quotations;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One printing of a quotation set against the fullest printing, word by word (java-diff-utils):
 * the words both share, the fuller printing's words this one changed or left out ({@code del}),
 * and the words it has instead ({@code ins}); the same word with other punctuation or capitals is
 * {@code punct}. Words the fuller printing has before or after the
 * stretch this one quotes are not differences but a shorter quotation, shown as one {@code gap}.
 */
final class Collation {

    private static final Pattern SINGLE_QUOTES = Pattern.compile("[‘’‚‛′]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[“”„‟″]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]");

    /** A run of words and how it compares with the fullest printing. */
    record Piece(String kind, String text) {
        Map<String, Object> toMap() {
            return Map.of("kind", kind, "text", text);
        }
    }

    private Collation() {
    }

    static List<Piece> compare(String fullest, String variant) {
        List<String> a = words(fullest);
        List<String> b = words(variant);
        List<AbstractDelta<String>> deltas = DiffUtils.diff(key(a), key(b), true).getDeltas();
        int first = firstShared(deltas);
        int last = lastShared(deltas);
        List<Piece> out = new ArrayList<>();
        for (int d = 0; d < deltas.size(); d++) {
            AbstractDelta<String> delta = deltas.get(d);
            List<String> src = slice(a, delta.getSource().getPosition(), delta.getSource().size());
            List<String> dst = slice(b, delta.getTarget().getPosition(), delta.getTarget().size());
            if (delta.getType() == DeltaType.EQUAL) {
                equal(src, dst, out);
                continue;
            }
            if (!src.isEmpty()) {
                boolean outside = d < first || d > last;
                out.add(outside ? new Piece("gap", "…") : new Piece("del", String.join(" ", src)));
            }
            if (!dst.isEmpty()) {
                out.add(new Piece("ins", String.join(" ", dst)));
            }
        }
        return out;
    }

    /** Words both printings have; a difference only of punctuation or capitals is marked as such. */
    private static void equal(List<String> src, List<String> dst, List<Piece> out) {
        List<String> run = new ArrayList<>();
        for (int i = 0; i < dst.size(); i++) {
            if (typography(src.get(i)).equals(typography(dst.get(i)))) {
                run.add(dst.get(i));
                continue;
            }
            if (!run.isEmpty()) {
                out.add(new Piece("same", String.join(" ", run)));
                run.clear();
            }
            out.add(new Piece("punct", dst.get(i)));
        }
        if (!run.isEmpty()) {
            out.add(new Piece("same", String.join(" ", run)));
        }
    }

    private static int firstShared(List<AbstractDelta<String>> deltas) {
        for (int i = 0; i < deltas.size(); i++) {
            if (deltas.get(i).getType() == DeltaType.EQUAL) {
                return i;
            }
        }
        return deltas.size();
    }

    private static int lastShared(List<AbstractDelta<String>> deltas) {
        for (int i = deltas.size() - 1; i >= 0; i--) {
            if (deltas.get(i).getType() == DeltaType.EQUAL) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> slice(List<String> words, int from, int size) {
        return words.subList(from, from + size);
    }

    private static List<String> words(String s) {
        String t = s.strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }

    /** Words as aligned: letters and digits only, in lower case, so punctuation never hides a word. */
    private static List<String> key(List<String> words) {
        return words.stream().map(Collation::wordKey).toList();
    }

    /** One word as aligned: its letters and digits, in lower case. */
    static String wordKey(String w) {
        String lower = typography(w).toLowerCase(Locale.ROOT);
        return isAscii(lower) ? asciiLettersAndDigits(lower) : NOT_WORD.matcher(lower).replaceAll("");
    }

    /** A word as printed, less the shape of its quote marks and Unicode compatibility forms. */
    static String typography(String w) {
        if (isAscii(w)) {
            return w; // NFKC leaves ASCII as it is, and no ASCII character is a curly quote
        }
        String s = Normalizer.normalize(w, Normalizer.Form.NFKC);
        return DOUBLE_QUOTES.matcher(SINGLE_QUOTES.matcher(s).replaceAll("'")).replaceAll("\"");
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** What removing {@code NOT_WORD} leaves of an ASCII string: its letters and digits. */
    private static String asciiLettersAndDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.length() == s.length() ? s : out.toString();
    }
}
