package org.gloss.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A photo's caption and credit as a page prints them under the picture: "Idlib has become the
 * final frontier [Getty]", "Syrians flee ... on Wednesday. (Photo: AFP)", "Mehmet Guzel / AP / TASS",
 * "Photo: Reuters". Either part may be null.
 */
record ImageCaption(String caption, String credit) {

    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(?:photo(?:graph)?s?|image|picture|pic|credit|photo credit|illustration)"
            + "(?:\\s+by)?\\s*:\\s*");
    private static final Pattern TRAILING_BRACKET = Pattern.compile("^(.*?)\\s*\\[([^\\[\\]]{1,80})\\]$");
    private static final Pattern TRAILING_PAREN = Pattern.compile("^(.*?)\\s*\\(([^()]{1,80})\\)\\.?$");
    private static final Pattern TRAILING_LABEL = Pattern.compile(
            "^(.*?[.!?\"”])\\s+((?:photo(?:graph)?|image|picture|credit)s?(?:\\s+by)?\\s*:\\s*.{1,60})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AGENCY_HINT = Pattern.compile(
            "\\b(getty|images|photo|pool|handout|file|via|courtesy|\\p{Lu}{2,})\\b|/", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_PART = Pattern.compile("[\\p{Lu}\\d][\\p{L}\\d.'&-]*(?:\\s+(?:[\\p{Lu}\\d][\\p{L}\\d.'&-]*|via|for|de|al|von|van))*");

    /** Reads a caption line; empty when the line is not one. */
    static Optional<ImageCaption> parse(String line) {
        String s = InlineMarkdown.plain(line).strip();
        if (s.isEmpty() || s.length() > 400) {
            return Optional.empty();
        }
        Optional<String> creditOnly = creditOnly(s);
        if (creditOnly.isPresent()) {
            return Optional.of(new ImageCaption(null, creditOnly.get()));
        }
        Matcher m = TRAILING_BRACKET.matcher(s);
        if (m.matches() && isCreditWords(m.group(2)) && !m.group(1).isEmpty()) {
            return Optional.of(new ImageCaption(m.group(1), stripLabel(m.group(2))));
        }
        m = TRAILING_PAREN.matcher(s);
        // "(SDF)" after a name is an abbreviation; "(AFP)" after a finished sentence is a credit.
        if (m.matches() && !m.group(1).isEmpty() && (LABEL.matcher(m.group(2)).find()
                || isCreditWords(m.group(2)) && AGENCY_HINT.matcher(m.group(2)).find()
                && (TextLines.endsSentence(m.group(1)) || m.group(2).contains("/")))) {
            return Optional.of(new ImageCaption(m.group(1), stripLabel(m.group(2))));
        }
        m = TRAILING_LABEL.matcher(s);
        if (m.matches()) {
            return Optional.of(new ImageCaption(m.group(1), stripLabel(m.group(2))));
        }
        return Optional.empty();
    }

    /**
     * A line that is nothing but a credit: "Photo: AFP", "(Reuters)", "[Getty]", "Mehmet Guzel / AP /
     * TASS", "AFP via Getty Images".
     */
    static Optional<String> creditOnly(String s) {
        String inner = s.replaceAll("^[\\[(]\\s*|\\s*[\\])]$", "");
        if (LABEL.matcher(inner).find()) {
            String rest = stripLabel(inner);
            return rest.split("\\s+").length <= 10 && !rest.isEmpty() ? Optional.of(rest) : Optional.empty();
        }
        boolean bracketed = !inner.equals(s);
        String[] parts = inner.split("\\s*/\\s*");
        boolean slashCredit = parts.length >= 2 && inner.split("\\s+").length <= 10;
        boolean viaCredit = inner.matches("(?i)\\p{Lu}[\\w.\\s]{0,30}\\s+via\\s+\\p{Lu}[\\w\\s]{0,30}");
        if ((slashCredit || viaCredit || bracketed && AGENCY_HINT.matcher(inner).find()) && isCreditWords(inner)) {
            return Optional.of(inner);
        }
        return Optional.empty();
    }

    private static boolean isCreditWords(String s) {
        String t = stripLabel(s.strip());
        if (t.isEmpty() || t.split("\\s+").length > 8) {
            return false;
        }
        for (String part : t.split("\\s*[/,;]\\s*")) {
            if (!NAME_PART.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String stripLabel(String s) {
        return LABEL.matcher(s.strip()).replaceFirst("").strip();
    }
}
