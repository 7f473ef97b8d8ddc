package org.gloss.ingest;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an outlet's name from its web address: the name the text itself uses whose letters spell
 * the domain ("newarab.com" ↔ "The New Arab", "middleeasteye.net" ↔ "Middle East Eye"). Without
 * such a name in the text there is no outlet to report: a domain is not a name.
 */
public final class OutletNames {

    /** Runs of capitalised words, optionally led by "The", as names are printed. */
    private static final Pattern NAME = Pattern.compile(
            "(?:\\bThe\\s+)?\\p{Lu}[\\p{L}\\d&'.-]*(?:[\\s\\u00a0]+(?:of\\s+|the\\s+|for\\s+|and\\s+|&\\s+)?\\p{Lu}[\\p{L}\\d&'.-]*){0,5}");

    private OutletNames() {
    }

    /** The host of a web address without "www."; empty when the address has none. */
    public static Optional<String> host(String url) {
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? Optional.empty() : Optional.of(h.toLowerCase(Locale.ROOT).replaceFirst("^(www\\d?|m|amp|en|english)\\.", ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The name in {@code text} that spells the domain of {@code url}. */
    public static Optional<String> fromUrl(String url, String text) {
        Optional<String> host = host(url);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        String label = host.get().split("\\.")[0].replaceAll("[^a-z0-9]", "");
        if (label.length() < 3) {
            return Optional.empty();
        }
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String words = m.group().replaceAll("[’']s$", "").replace('\u00a0', ' ');
            Optional<String> hit = prefixSpelling(words, label);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    /** The leading words of {@code words} whose letters are exactly {@code label}, with or without "The". */
    private static Optional<String> prefixSpelling(String words, String label) {
        String[] w = words.split("\\s+");
        for (int start = 0; start < w.length && start < 2; start++) {
            StringBuilder letters = new StringBuilder();
            for (int end = start; end < w.length; end++) {
                letters.append(squash(w[end]));
                String name = String.join(" ", java.util.Arrays.copyOfRange(w, start, end + 1));
                String withoutThe = squash(name.replaceFirst("^The\\s+", ""));
                if (letters.toString().equals(label) || withoutThe.equals(label)) {
                    return Optional.of(name.replaceAll("[’'.,]+$", ""));
                }
                if (letters.length() > label.length() + 3) {
                    break;
                }
            }
        }
        return Optional.empty();
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
