package org.gloss.ingest;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an outlet's name in what a page prints about itself: a copyright line ("© 2024 The Ledger
 * Ltd. All rights reserved."), a masthead line that the page names again elsewhere, or the name
 * the text uses whose letters spell the domain ("newarab.com" ↔ "The New Arab",
 * "middleeasteye.net" ↔ "Middle East Eye"). A domain alone is not a name.
 */
final class OutletNames {

    /** Runs of capitalised words, optionally led by "The", as names are printed. */
    private static final Pattern NAME = Pattern.compile(
            "(?:\\bThe\\s+)?\\p{Lu}[\\p{L}\\d&'.-]*(?:[\\s\\u00a0]+(?:of\\s+|the\\s+|for\\s+|and\\s+|&\\s+)?\\p{Lu}[\\p{L}\\d&'.-]*){0,5}");

    private static final Pattern COPYRIGHT_MARK = Pattern.compile("(?i)^(?:copyright|©|\\(c\\))(?:\\s*(?:©|\\(c\\)))?\\s*");
    private static final Pattern YEARS = Pattern.compile("(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:19|20)?\\d\\d)?");
    private static final Pattern RIGHTS = Pattern.compile("(?i)[\\s.,;|-]*all rights reserved\\.?$");
    private static final Pattern COMPANY = Pattern.compile("(?i),?\\s+(?:ltd|limited|inc|llc|plc|gmbh|corp|s\\.a|ag)\\.?$");
    private static final int MAX_NAME_WORDS = 5;

    private OutletNames() {
    }

    /** The owner a copyright line names, without years, company suffix and "All rights reserved". */
    static Optional<String> fromCopyright(String line) {
        String s = InlineMarkdown.plain(line).strip();
        Matcher mark = COPYRIGHT_MARK.matcher(s);
        if (!mark.lookingAt()) {
            return Optional.empty();
        }
        s = RIGHTS.matcher(s.substring(mark.end())).replaceFirst("");
        s = s.replaceFirst("^" + YEARS.pattern() + "[,.]?\\s+", "").replaceFirst("[,.]?\\s+" + YEARS.pattern() + "$", "");
        s = COMPANY.matcher(s.strip()).replaceFirst("").replaceAll("[.,]+$", "").strip();
        return TextLines.isNameLike(s, MAX_NAME_WORDS) ? Optional.of(s) : Optional.empty();
    }

    /**
     * The first line, when a photo credit or a copyright line of the page gives the same name: a
     * masthead. Without that it may as well be a section label ("Europe") that the story uses too.
     */
    static Optional<String> fromMasthead(List<String> lines, String title) {
        if (lines.size() < 2) {
            return Optional.empty();
        }
        String first = InlineMarkdown.plain(lines.get(0)).strip();
        if (!TextLines.isNameLike(first, MAX_NAME_WORDS) || title != null && TextLines.key(first).equals(TextLines.key(title))) {
            return Optional.empty();
        }
        String key = TextLines.key(first);
        for (String line : lines.subList(1, lines.size())) {
            Optional<String> named = fromCopyright(line).or(() -> ImageCaption.parse(line).map(ImageCaption::credit));
            if (named.isPresent() && TextLines.key(named.get()).equals(key)) {
                return Optional.of(first);
            }
        }
        return Optional.empty();
    }

    /** The host of a web address without "www."; empty when the address has none. */
    static Optional<String> host(String url) {
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? Optional.empty() : Optional.of(h.toLowerCase(Locale.ROOT).replaceFirst("^(www\\d?|m|amp|en|english)\\.", ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The name in {@code text} that spells the domain of {@code url}. */
    static Optional<String> fromUrl(String url, String text) {
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
