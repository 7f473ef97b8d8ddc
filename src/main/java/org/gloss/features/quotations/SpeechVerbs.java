package org.gloss.features.quotations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verbs that attribute speech in news writing ({@code said}, {@code told}, {@code warned}…), as
 * a pattern fragment for the attribution patterns and as a fast scan for where they occur.
 */
final class SpeechVerbs {

    static final List<String> WORDS = List.of("said", "says", "say", "told", "tells", "added", "adds", "stated",
            "states", "declared", "declares", "announced", "announces", "wrote", "writes", "tweeted", "warned",
            "warns", "noted", "notes", "explained", "explains", "insisted", "argued", "asked", "replied", "continued",
            "stressed", "urged", "claimed", "alleged", "acknowledged", "admitted", "commented", "remarked",
            "recalled", "concluded", "observed", "posted", "responded", "answered", "emphasised", "emphasized",
            "underlined", "cautioned", "complained", "predicted", "suggested", "vowed", "pledged", "promised",
            "maintained", "confirmed", "denied", "conceded", "accused", "condemned", "described", "characterised",
            "characterized", "reiterated", "agreed", "calls", "called", "reported", "reports",
            // less common ones, still only ever verbs of speech in news copy
            "exhorted", "exhorts", "quipped", "quips", "joked", "jokes", "shouted", "shouts", "yelled", "exclaimed",
            "mused", "muses", "boasted", "boasts", "lamented", "laments", "protested", "countered", "counters",
            "retorted", "retorts", "snapped", "interjected", "whispered", "thundered", "fumed", "scoffed",
            "opined", "proclaimed", "implored", "pleaded", "wondered", "reasoned", "elaborated", "clarified",
            "testified", "recounted", "assured", "contended", "contends", "asserted", "asserts", "affirmed",
            "texted", "emailed", "griped", "grumbled", "bragged", "chided", "scolded", "insists", "argues",
            "recalls", "asks", "tweets", "observes", "concedes", "acknowledges", "admits", "cautions", "blamed",
            "blames");
    /**
     * A non-capturing alternation of {@link #WORDS}, written as a trie ({@code s(?:a(?:id|ys?)|…)}):
     * the attribution patterns try it at many places in every paragraph, and a flat alternation of
     * 150 verbs tries every one of them at each. Every use is followed by a word's end, where only
     * one verb can match, so the order of the alternatives never changes a match.
     */
    static final String REGEX = "(?:" + trie(WORDS) + ")";

    private static final Set<String> SET = Set.copyOf(WORDS);
    private static final int LONGEST = WORDS.stream().mapToInt(String::length).max().orElseThrow();
    /** The verbs' String hash codes, ascending: a word whose hash is not here is no verb. */
    private static final int[] HASHES = WORDS.stream().mapToInt(String::hashCode).sorted().distinct().toArray();
    /** Confirms a scan's hit the way the attribution patterns see a verb: followed by a word boundary. */
    private static final Pattern AT = Pattern.compile(REGEX + "\\b");

    private SpeechVerbs() {
    }

    /**
     * Where a speech verb begins that does not continue a word ({@code "unsaid"} holds none): the
     * only verbs the attribution patterns can end with, since each puts a space, comma or quotation
     * mark before its verb.
     */
    static int[] in(String s) {
        int[] out = new int[4];
        int n = 0;
        Matcher confirm = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z' || i > 0 && isWordChar(s.charAt(i - 1))) {
                continue;
            }
            int end = i + 1;
            int hash = c; // String.hashCode of the word so far: most words are no verb, and need no substring
            while (end < s.length() && end - i <= LONGEST && s.charAt(end) >= 'a' && s.charAt(end) <= 'z') {
                hash = 31 * hash + s.charAt(end);
                end++;
            }
            if (end - i >= 3 && Arrays.binarySearch(HASHES, hash) >= 0 && SET.contains(s.substring(i, end))) {
                confirm = confirm == null ? AT.matcher(s).useTransparentBounds(true) : confirm;
                if (confirm.region(i, s.length()).lookingAt()) {
                    out = n == out.length ? Arrays.copyOf(out, n * 2) : out;
                    out[n++] = i;
                }
            }
            i = end - 1;
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * A pattern matching exactly {@code words} (lower-case letters), prefixes shared; a group
     * wherever it has more than one way on, so that it can follow a letter.
     */
    static String trie(List<String> words) {
        TreeMap<Character, List<String>> byFirst = new TreeMap<>();
        boolean empty = false;
        for (String w : new TreeSet<>(words)) {
            if (w.isEmpty()) {
                empty = true;
            } else {
                byFirst.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w.substring(1));
            }
        }
        List<String> branches = new ArrayList<>();
        byFirst.forEach((c, rest) -> branches.add(rest.equals(List.of("")) ? String.valueOf(c) : c + trie(rest)));
        String body = String.join("|", branches);
        if (branches.size() == 1 && !empty) {
            return body;
        }
        return empty ? "(?:" + body + ")?" : "(?:" + body + ")";
    }

    /** A character {@code \b} counts as part of a word. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
