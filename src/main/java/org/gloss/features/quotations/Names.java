package org.gloss.features.quotations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tidies the names news text gives speakers: drops titles and nationalities in front of a person's
 * name ({@code Turkish President Recep Tayyip Erdogan} → {@code Recep Tayyip Erdogan}), a leading
 * "the" before an institution, a possessive ending; and tells people from institutions.
 */
final class Names {

    private static final Set<String> TITLES = Set.of(
            "President", "Vice", "Prime", "Minister", "Foreign", "Defence", "Defense", "Interior",
            "Deputy", "Secretary", "State", "Special", "Envoy", "Representative", "Spokesman",
            "Spokeswoman", "Spokesperson", "Presidential", "Ambassador", "Chancellor", "General", "Gen.",
            "Lt.", "Col.", "Colonel", "Major", "Maj.", "Captain", "Capt.", "Commander", "Admiral", "Adm.",
            "Sgt.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof.", "Professor", "Senator",
            "Sen.", "Rep.", "Congressman", "Congresswoman", "Governor", "Gov.", "Mayor", "Judge", "Justice",
            "King", "Queen", "Prince", "Princess", "Sheikh", "Emir", "Pope", "Chief", "Head", "Director",
            "Chairman", "Chairwoman", "Leader", "Official", "Officer", "Executive", "Supreme", "Former",
            "Acting", "Senior", "Top", "Coordinator", "Commissioner", "High", "UN", "U.N.", "US", "U.S.",
            "UK", "U.K.", "EU", "Regional", "National", "Security", "Adviser", "Advisor");

    private static final Set<String> INSTITUTION_WORDS = Set.of(
            "Ministry", "Department", "Office", "Council", "Kremlin", "Government", "Army", "Forces",
            "Force", "Agency", "Committee", "Organisation", "Organization", "Union", "Nations", "House",
            "Pentagon", "Commission", "Court", "Group", "Party", "Observatory", "Military", "Police",
            "Embassy", "Times", "News", "Post", "Bank", "Fund", "Corps", "Authority", "Administration",
            "States", "Kingdom", "Republic", "Coalition", "Front", "Brigade", "Assembly", "Parliament",
            "Senate", "Congress", "Service", "Press", "Reuters", "Company", "Institute", "Centre", "Center",
            "Network", "Watch", "Amnesty", "Cross", "Crescent", "Alliance", "Command", "Media");

    /** Words that open a sentence before its subject ("But Jeffrey said"). */
    private static final Set<String> CONNECTIVES = Set.of(
            "But", "And", "Yet", "So", "Meanwhile", "However", "Also", "Then", "Still", "Instead", "Now",
            "Later", "Earlier", "Separately", "While", "When", "After", "Before", "Since", "Although",
            "Though", "As", "If", "Speaking", "Today", "Yesterday", "Indeed", "Moreover", "Finally");

    private static final Pattern NATIONALITY = Pattern.compile("\\p{Lu}\\p{L}+(?:ish|ian|ese|an|i)");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    // Compiled once: these run on every attribution (String.split and matches compile per call).
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile(".*\\p{Ll}[.,;:]$");
    private static final Pattern PARTICLE = Pattern.compile(
            "(?:al|el|bin|ibn|de|van|von|der|da|di|du|le|la|del|abu|bint)(?:-.*)?");

    private Names() {
    }

    /** The name without titles, "the", or a possessive ending; null when nothing is left. */
    static String clean(String raw) {
        List<String> t = new ArrayList<>(Arrays.asList(SPACES.split(raw.strip())));
        while (t.size() > 1 && CONNECTIVES.contains(t.get(0))) {
            t.remove(0);
        }
        if (!t.isEmpty() && (t.get(0).equals("The") || t.get(0).equals("the")) && t.size() > 1
                && Character.isUpperCase(t.get(1).charAt(0))) {
            t.remove(0);
        }
        if (t.isEmpty()) {
            return null;
        }
        if (t.get(0).equals("The") && t.size() > 1) {
            t.set(0, "the"); // "The government said" at a sentence's start is "the government"
        }
        t.set(t.size() - 1, POSSESSIVE.matcher(t.get(t.size() - 1)).replaceFirst(""));
        String last = t.get(t.size() - 1);
        if (last.length() > 2 && SENTENCE_END.matcher(last).matches()) {
            t.set(t.size() - 1, last.substring(0, last.length() - 1)); // "said Reyes." ends a sentence
        }
        if (!isInstitution(t)) {
            dropTitles(t);
        }
        String name = String.join(" ", t).strip();
        return name.isEmpty() ? null : name;
    }

    /**
     * Drops a title in front of a name: everything up to the last title word with a name after it
     * ("Transport Minister Amara Okafor", "Deputy Foreign Minister Sedat Onal"), then leading
     * nationalities while a full name remains ("Turkish Recep Tayyip Erdogan").
     */
    private static void dropTitles(List<String> t) {
        int cut = -1;
        for (int i = 0; i < t.size() - 1; i++) {
            if (TITLES.contains(t.get(i))) {
                cut = i;
            }
        }
        if (cut >= 0) {
            t.subList(0, cut + 1).clear();
        }
        while (t.size() > 2 && NATIONALITY.matcher(t.get(0)).matches()) {
            t.remove(0);
        }
    }

    /** A person's name: two or more capitalised words, none of them an institution's. */
    static boolean isPerson(String name) {
        if (name == null) {
            return false;
        }
        List<String> t = Arrays.asList(SPACES.split(name));
        return t.size() >= 2 && t.stream().allMatch(w -> Character.isUpperCase(w.charAt(0))
                || PARTICLE.matcher(w).matches())
                && !isInstitution(t);
    }

    private static boolean isInstitution(List<String> tokens) {
        return tokens.stream().anyMatch(INSTITUTION_WORDS::contains);
    }

    /** True when {@code a} and {@code b} may name the same speaker (equal, or one's surname is the other). */
    static boolean compatible(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        if (x.equals(y) || x.endsWith(" " + y) || y.endsWith(" " + x)) {
            return true;
        }
        String[] xs = x.split(" ");
        String[] ys = y.split(" ");
        return xs[xs.length - 1].equals(ys[ys.length - 1]) && (xs.length == 1 || ys.length == 1
                || xs[0].equals(ys[0]));
    }
}
