package org.gloss.features.quotations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gloss.analyze.MatchKey;

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
            "Lt.", "Col.", "Colonel", "Major", "Maj.", "Captain", "Capt.", "Commander", "Cmdr.", "Admiral", "Adm.",
            "Brig.", "Cpl.", "Pvt.", "Det.", "Insp.", "Supt.", "Rev.",
            "Sgt.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof.", "Professor", "Senator",
            "Sen.", "Rep.", "Congressman", "Congresswoman", "Governor", "Gov.", "Mayor", "Judge", "Justice",
            "King", "Queen", "Prince", "Princess", "Sheikh", "Emir", "Pope", "Chief", "Head", "Director",
            "Chairman", "Chairwoman", "Leader", "Official", "Officer", "Executive", "Supreme", "Former",
            "Acting", "Senior", "Top", "Coordinator", "Commissioner", "High", "UN", "U.N.", "US", "U.S.",
            "UK", "U.K.", "EU", "Regional", "National", "Security", "Adviser", "Advisor", "MP", "MEP", "Majority",
            "Minority", "Whip", "Speaker", "Councillor", "Councilor", "Sheriff", "Attorney",
            // the last word of an office named with "of" ("Minister of Foreign Affairs", "Chief of Staff")
            "Affairs", "Staff", "Intelligence", "Treasury");

    /** The small words inside an office's name ("Minister of Foreign Affairs"). */
    private static final Set<String> OFFICE_LINKS = Set.of("of", "for", "the");

    private static final Set<String> INSTITUTION_WORDS = Set.of(
            "Ministry", "Department", "Office", "Council", "Kremlin", "Government", "Army", "Forces",
            "Force", "Agency", "Committee", "Organisation", "Organization", "Union", "Nations", "House",
            "Pentagon", "Commission", "Court", "Group", "Party", "Observatory", "Military", "Police",
            "Embassy", "Times", "News", "Post", "Bank", "Fund", "Corps", "Authority", "Administration",
            "States", "Kingdom", "Republic", "Coalition", "Front", "Brigade", "Assembly", "Parliament",
            "Senate", "Congress", "Service", "Press", "Reuters", "Company", "Institute", "Centre", "Center",
            "Network", "Watch", "Amnesty", "Cross", "Crescent", "Alliance", "Command", "Media");

    /**
     * What a run of capitals ending in these describes is a party's member, not a name
     * ({@code a Minnesota Democrat}, {@code the Kentucky Republican}).
     */
    private static final Set<String> PARTY_MEMBERS = Set.of("Democrat", "Democrats", "Republican", "Republicans");

    /** Words that open a sentence before its subject ("But Jeffrey said"). */
    private static final Set<String> CONNECTIVES = Set.of(
            "But", "And", "Yet", "So", "Meanwhile", "However", "Also", "Then", "Still", "Instead", "Now",
            "Later", "Earlier", "Separately", "While", "When", "After", "Before", "Since", "Although",
            "Though", "As", "If", "Whether", "Speaking", "Today", "Yesterday", "Indeed", "Moreover", "Finally",
            // prepositions opening a sentence before a name ("For Priya Nair of ..., the problem is")
            "For", "Of", "In", "At", "On", "To", "From", "With", "By", "Like", "Unlike", "Among", "Asked",
            "Under", "Over", "Without", "During", "Until", "Despite", "Where", "Why", "How", "What",
            "Who", "Which",
            // adverbs linking a sentence to the one before ("Accordingly Turkey read the copies")
            "Accordingly", "Therefore", "Thus", "Hence", "Otherwise", "Nevertheless", "Nonetheless",
            "Furthermore", "Besides", "Perhaps", "Suddenly", "Eventually", "Initially", "Ultimately",
            "Fortunately", "Unfortunately", "Additionally", "Likewise", "Similarly", "Consequently",
            // verbs opening a question ("Was Bartleby at his desk?"); not Will or May, which are names
            "Was", "Were", "Is", "Are", "Did", "Does", "Do", "Has", "Have", "Had", "Could", "Would",
            "Should", "Shall", "Must", "Can");

    /** Nouns of time, which a described speaker never begins with ("a day after", "the week before"). */
    private static final Set<String> TIME_NOUNS = Set.of("day", "days", "week", "weeks", "month", "months", "year",
            "years", "hour", "hours", "minute", "minutes", "moment", "time", "night", "morning", "evening",
            "afternoon", "decade", "while");

    /** Words a speaker never ends with: the subject pattern ran into the next clause ("United States and"). */
    private static final Set<String> NEVER_LAST = Set.of("and", "or", "but", "nor", "of", "the", "a", "an",
            "to", "in", "for", "with", "that", "which", "who", "when", "as", "at", "by", "on", "from", "this",
            "his", "her", "their", "its", "our", "not", "also");

    /** Abbreviations that end with a full stop inside a name ("Sen.", "Jr.", "Corp."). */
    private static final Set<String> ABBREVIATIONS = Set.of("Jr.", "Sr.", "St.", "Inc.", "Corp.", "Ltd.", "Co.",
            "Bros.", "Mt.", "Ft.", "Gen.", "Sen.", "Rep.", "Gov.", "Capt.", "Prof.", "Lt.", "Col.", "Maj.",
            "Sgt.", "Adm.", "Mr.", "Mrs.", "Ms.", "Dr.", "Rev.", "Hon.", "Supt.", "Cmdr.", "Messrs.");

    /** Words in front of a name that say a man is meant. */
    private static final Set<String> MALE_CUES = Set.of("Mr", "Mr.", "Sir", "King", "Prince", "Lord", "Father",
            "Brother", "Congressman", "Spokesman", "Chairman", "Councilman", "Assemblyman", "Businessman",
            "Sheikh", "Emir", "Pope", "actor", "businessman", "father", "husband", "son", "brother", "grandfather",
            "man", "congressman", "spokesman", "chairman", "councilman", "uncle", "nephew", "boyfriend", "widower");
    /** Words in front of a name that say a woman is meant. */
    private static final Set<String> FEMALE_CUES = Set.of("Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Madam", "Dame",
            "Lady", "Queen", "Princess", "Sister", "Mother", "Congresswoman", "Spokeswoman", "Chairwoman",
            "Councilwoman", "Assemblywoman", "Businesswoman", "actress", "businesswoman", "mother", "wife",
            "daughter", "sister", "grandmother", "woman", "congresswoman", "spokeswoman", "chairwoman",
            "councilwoman", "aunt", "niece", "girlfriend", "widow", "waitress", "heiress");
    /** First names that, in English-language news, almost always name a man. */
    private static final Set<String> MALE_NAMES = Set.of("James", "John", "Robert", "Michael", "William",
            "David", "Richard", "Joseph", "Thomas", "Tom", "Charles", "Christopher", "Daniel", "Matthew",
            "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian",
            "George", "Edward", "Ronald", "Timothy", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas",
            "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Frank",
            "Gregory", "Raymond", "Alexander", "Patrick", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Henry",
            "Peter", "Adam", "Nathan", "Zachary", "Walter", "Harold", "Carl", "Arthur", "Roger", "Keith",
            "Jeremy", "Lawrence", "Sean", "Christian", "Albert", "Joe", "Ethan", "Austin", "Bruce", "Ralph",
            "Roy", "Eugene", "Louis", "Wayne", "Bobby", "Mitch", "Bernie", "Ted", "Mike", "Bill", "Jim", "Bob",
            "Chuck", "Ben", "Tim", "Marco", "Rand", "Vladimir", "Xi", "Emmanuel", "Boris", "Barack",
            "Mohammed", "Muhammad", "Ahmed", "Ali", "Hassan", "Ivan", "Sergei", "Hans", "Pierre", "Juan",
            "Carlos", "Jose", "Luis", "Pedro", "Tomas", "Ahmad", "Omar", "Igor", "Dmitry", "Giuseppe");
    /** First names that, in English-language news, almost always name a woman. */
    private static final Set<String> FEMALE_NAMES = Set.of("Mary", "Patricia", "Jennifer", "Linda",
            "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Nancy", "Lisa", "Betty", "Margaret",
            "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Dorothy", "Carol", "Amanda", "Melissa",
            "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen", "Amy", "Angela",
            "Shirley", "Anna", "Brenda", "Pamela", "Emma", "Nicole", "Helen", "Samantha", "Katherine",
            "Christine", "Debra", "Rachel", "Carolyn", "Janet", "Catherine", "Maria", "Heather", "Diane",
            "Ruth", "Julie", "Olivia", "Joyce", "Virginia", "Victoria", "Kelly", "Lauren", "Christina", "Joan",
            "Evelyn", "Judith", "Megan", "Andrea", "Cheryl", "Hannah", "Jacqueline", "Martha", "Gloria",
            "Teresa", "Ann", "Sara", "Frances", "Kathryn", "Janice", "Jean", "Abigail", "Alice",
            "Julia", "Judy", "Sophia", "Grace", "Denise", "Amber", "Doris", "Marilyn", "Danielle", "Beverly",
            "Isabella", "Theresa", "Diana", "Natalie", "Brittany", "Charlotte", "Marie", "Kayla", "Alexis",
            "Lori", "Jane", "Nikki", "Kamala", "Ursula", "Hillary",
            "Fatima", "Aisha", "Priya", "Lena", "Amara", "Ana", "Elena", "Olga", "Irina", "Sofia", "Ingrid");

    /**
     * Offices a title in front of a name gives its bearer, by the title word ({@code Sen.} and
     * {@code Senator} are one office), so that "the senator" can be known as the one person the text
     * has given that title.
     */
    private static final java.util.Map<String, String> OFFICES = java.util.Map.ofEntries(
            java.util.Map.entry("President", "president"), java.util.Map.entry("Senator", "senator"),
            java.util.Map.entry("Sen.", "senator"), java.util.Map.entry("Governor", "governor"),
            java.util.Map.entry("Gov.", "governor"), java.util.Map.entry("Mayor", "mayor"),
            java.util.Map.entry("Minister", "minister"), java.util.Map.entry("Secretary", "secretary"),
            java.util.Map.entry("Chancellor", "chancellor"), java.util.Map.entry("Rep.", "representative"),
            java.util.Map.entry("Representative", "representative"),
            java.util.Map.entry("Congressman", "congressman"), java.util.Map.entry("Congresswoman", "congresswoman"),
            java.util.Map.entry("Ambassador", "ambassador"), java.util.Map.entry("Judge", "judge"),
            java.util.Map.entry("General", "general"), java.util.Map.entry("Gen.", "general"),
            java.util.Map.entry("Speaker", "speaker"), java.util.Map.entry("Sheriff", "sheriff"),
            java.util.Map.entry("Commissioner", "commissioner"), java.util.Map.entry("Envoy", "envoy"),
            java.util.Map.entry("Spokesman", "spokesman"), java.util.Map.entry("Spokeswoman", "spokeswoman"),
            java.util.Map.entry("Chairman", "chairman"), java.util.Map.entry("Chairwoman", "chairwoman"),
            java.util.Map.entry("King", "king"), java.util.Map.entry("Queen", "queen"),
            java.util.Map.entry("Pope", "pope"));

    /**
     * The offices the titles in {@code run} (the words naming someone, titles first) give its
     * bearer: {@code Sen. Ted Cruz} → senator; {@code Vice President X} is "vice president" and
     * {@code Prime Minister X} "prime minister", never "president" or "minister" alone.
     */
    static Set<String> offices(String run) {
        Set<String> out = new java.util.HashSet<>();
        String[] words = SPACES.split(run.strip());
        for (int i = 0; i < words.length; i++) {
            String office = OFFICES.get(words[i]);
            if (office == null) {
                continue;
            }
            String before = i > 0 ? words[i - 1] : "";
            out.add(before.equals("Vice") || before.equals("Prime") ? before.toLowerCase(java.util.Locale.ROOT) + " " + office
                    : office);
        }
        return out;
    }

    /**
     * The office a described speaker names ({@code the senator}, {@code the former prime minister}),
     * as {@link #offices} names them; null when {@code role} names none.
     */
    static String officeOf(String role) {
        String[] words = SPACES.split(role.strip().toLowerCase(java.util.Locale.ROOT));
        if (words.length < 2 || !words[0].equals("the")) {
            return null;
        }
        String last = words[words.length - 1];
        if (!OFFICES.containsValue(last)) {
            return null;
        }
        String before = words[words.length - 2];
        return before.equals("vice") || before.equals("prime") ? before + " " + last : last;
    }

    /**
     * The last words of a definite description by which news refers back to someone it has just
     * named ({@code Mitch McConnell … "…," the Kentucky Republican said}), with the gender each
     * gives. Heads of state and other offices a story may mention without naming their holder
     * ("the president", "the pope") are not among them: for those only a title decides.
     */
    private static final java.util.Map<String, Gender> EPITHETS = java.util.Map.ofEntries(
            java.util.Map.entry("republican", Gender.UNKNOWN), java.util.Map.entry("democrat", Gender.UNKNOWN),
            java.util.Map.entry("senator", Gender.UNKNOWN), java.util.Map.entry("governor", Gender.UNKNOWN),
            java.util.Map.entry("mayor", Gender.UNKNOWN), java.util.Map.entry("lawmaker", Gender.UNKNOWN),
            java.util.Map.entry("legislator", Gender.UNKNOWN), java.util.Map.entry("politician", Gender.UNKNOWN),
            java.util.Map.entry("candidate", Gender.UNKNOWN), java.util.Map.entry("nominee", Gender.UNKNOWN),
            java.util.Map.entry("billionaire", Gender.UNKNOWN), java.util.Map.entry("congressman", Gender.MALE),
            java.util.Map.entry("congresswoman", Gender.FEMALE), java.util.Map.entry("businessman", Gender.MALE),
            java.util.Map.entry("businesswoman", Gender.FEMALE), java.util.Map.entry("actor", Gender.UNKNOWN),
            java.util.Map.entry("actress", Gender.FEMALE), java.util.Map.entry("singer", Gender.UNKNOWN),
            java.util.Map.entry("front-runner", Gender.UNKNOWN), java.util.Map.entry("frontrunner", Gender.UNKNOWN),
            java.util.Map.entry("hopeful", Gender.UNKNOWN), java.util.Map.entry("contender", Gender.UNKNOWN),
            java.util.Map.entry("challenger", Gender.UNKNOWN), java.util.Map.entry("incumbent", Gender.UNKNOWN),
            java.util.Map.entry("mogul", Gender.UNKNOWN), java.util.Map.entry("developer", Gender.UNKNOWN),
            java.util.Map.entry("star", Gender.UNKNOWN), java.util.Map.entry("secretary", Gender.UNKNOWN),
            java.util.Map.entry("lady", Gender.FEMALE));

    /**
     * The gender a definite description of a person gives ({@code the Kentucky Republican},
     * {@code the 78-year-old senator}, {@code the former secretary of state}), or null when {@code
     * role} is no such description: it begins with "the" and its head, the last word or the one
     * before "of", is one of {@link #EPITHETS}.
     */
    static Gender epithet(String role) {
        String[] words = SPACES.split(role.strip());
        if (words.length < 2 || !words[0].equalsIgnoreCase("the")) {
            return null;
        }
        int head = words.length - 1;
        for (int i = 2; i < words.length; i++) {
            if (words[i].equals("of")) {
                head = i - 1; // "the former secretary of state": the secretary
                break;
            }
        }
        String last = words[head];
        if (last.endsWith(".")) {
            last = last.substring(0, last.length() - 1); // "said the actress." ends a sentence
        }
        return EPITHETS.get(last.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether {@code c} is punctuation as {@code \\p{P}} means it. */
    private static boolean isPunctuation(char c) {
        int t = Character.getType(c);
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
                || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                || t == Character.OTHER_PUNCTUATION;
    }

    /** Whether {@code word} is an abbreviation that ends with its full stop inside a name ("Sen.", "Jr."). */
    static boolean isAbbreviation(String word) {
        return ABBREVIATIONS.contains(word);
    }

    /** A person's gender as the text gives it. */
    enum Gender { MALE, FEMALE, UNKNOWN }

    private static final Pattern NATIONALITY = Pattern.compile("\\p{Lu}\\p{L}+(?:ish|ian|ese|an|i)");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final Pattern SPOKESPERSON = Pattern.compile("(?:(?:an?|the) )?(?:(.+?)(?:'s|’s)? "
            + "(?:spokes(?:man|woman|person)|official|press office))|(?:an?|the) (?:spokes(?:man|woman|person)"
            + "|official) (?:for|of|at) (?:the )?(.+)");
    // Compiled once: these run on every attribution (String.split and matches compile per call).
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile(".*\\p{Ll}[.,;:]$");
    private static final Pattern PARTICLE = Pattern.compile(
            "(?:al|el|bin|ibn|de|van|von|der|da|di|du|le|la|del|abu|bint)(?:-.*)?");

    private Names() {
    }

    /** The name without titles, "the", or a possessive ending; null when nothing is left. */
    static String clean(String raw) {
        List<String> t = new ArrayList<>(Arrays.asList(SPACES.split(afterSentenceBreak(raw).strip())));
        while (t.size() > 1 && CONNECTIVES.contains(t.get(0))) {
            t.remove(0);
        }
        if (t.isEmpty() || t.get(0).isEmpty() || CONNECTIVES.contains(t.get(0))
                || NEVER_LAST.contains(t.get(t.size() - 1))) {
            return null; // "interview for this article. When", "United States and": no speaker
        }
        if (t.size() > 2 && AttributionShape.ARTICLES.contains(t.get(0)) && TIME_NOUNS.contains(t.get(1))) {
            return null; // "a month after Jane Roe announced": a time, not who spoke
        }
        // "the State Department" is "State Department"; "the Vermont senator", a description, keeps it
        if (!t.isEmpty() && (t.get(0).equals("The") || t.get(0).equals("the")) && t.size() > 1
                && Character.isUpperCase(t.get(1).charAt(0)) && !Character.isLowerCase(t.get(t.size() - 1).charAt(0))) {
            t.remove(0);
        }
        if (t.isEmpty()) {
            return null;
        }
        if (t.size() > 1 && AttributionShape.ARTICLES.contains(t.get(0)) && Character.isUpperCase(t.get(0).charAt(0))) {
            // "The government said" at a sentence's start is "the government", "A campaign aide" "a campaign aide"
            t.set(0, t.get(0).toLowerCase(java.util.Locale.ROOT));
        }
        t.set(t.size() - 1, POSSESSIVE.matcher(t.get(t.size() - 1)).replaceFirst(""));
        String last = t.get(t.size() - 1);
        if (last.length() > 2 && SENTENCE_END.matcher(last).matches()) {
            t.set(t.size() - 1, last.substring(0, last.length() - 1)); // "said Reyes." ends a sentence
        }
        // "a spokesperson for Sen. Jane Roe": a described role is who spoke, kept as printed; cutting
        // at its last title would leave the name of the one spoken for
        boolean describedRole = AttributionShape.ARTICLES.contains(t.get(0)) && t.size() > 2
                && Character.isLowerCase(t.get(1).charAt(0));
        if (describedRole) {
            return String.join(" ", t).strip();
        }
        if (!isInstitution(t)) {
            dropTitles(t);
        } else {
            personAfterTitle(t); // "Senate Majority Leader Carla Mendes": the person, not the Senate
        }
        String name = String.join(" ", t).strip();
        return name.isEmpty() ? null : name;
    }

    /**
     * What follows the last sentence end in a subject the patterns ran over one with ("Syria. He"
     * → "He"): a word of three letters or more ending with a full stop, not an abbreviation.
     */
    static String afterSentenceBreak(String raw) {
        int cut = sentenceBreak(raw, false, false);
        return cut < 0 ? raw : raw.substring(cut).strip();
    }

    /**
     * Whether a new sentence opens in {@code raw}: a sentence break as {@link #afterSentenceBreak}
     * finds one, followed by a capital ({@code said on Oct. 21} holds none).
     */
    static boolean holdsNewSentence(String raw) {
        return sentenceBreak(raw, true, false) >= 0;
    }

    /**
     * What comes before the first sentence break followed by a capital, a name the patterns ran
     * past its sentence's end with ("said Sen. Jane Roe. Sen. Tom Kerr" → "Sen. Jane Roe."), or
     * {@code raw} when there is none.
     */
    static String beforeSentenceBreak(String raw) {
        int cut = sentenceBreak(raw, true, true);
        return cut < 0 ? raw : raw.substring(0, cut);
    }

    /** Where the text after the last (or first) sentence break begins (before its white space), or -1. */
    private static int sentenceBreak(String raw, boolean capitalAfter, boolean first) {
        int cut = -1;
        for (int i = raw.indexOf('.'); i >= 0; i = raw.indexOf('.', i + 1)) {
            if (i + 1 < raw.length() && Character.isWhitespace(raw.charAt(i + 1))) {
                int w = i;
                while (w > 0 && !Character.isWhitespace(raw.charAt(w - 1))) {
                    w--;
                }
                String word = raw.substring(w, i + 1);
                if (i - w >= 3 && !ABBREVIATIONS.contains(word) && word.indexOf('.') == word.length() - 1
                        && (!capitalAfter || capitalAfter(raw, i + 1))) {
                    cut = i + 1;
                    if (first) {
                        return cut;
                    }
                }
            }
        }
        return cut;
    }

    private static boolean capitalAfter(String raw, int from) {
        int i = from;
        while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
            i++;
        }
        return i < raw.length() && Character.isUpperCase(raw.charAt(i));
    }

    /**
     * The gender a run of words naming someone gives them: a title or role word in front
     * ({@code Mr.}, {@code Congresswoman}, {@code actress}) or a first name that is clearly a man's
     * or a woman's; {@code UNKNOWN} otherwise. {@code before} is the word in front of the run.
     */
    static Gender gender(String run, String before) {
        boolean opening = true;
        String[] words = SPACES.split(run.strip());
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (opening && CONNECTIVES.contains(w)) {
                continue; // "For Priya Nair": the name begins after the preposition
            }
            opening = false;
            if (MALE_CUES.contains(w)) {
                return Gender.MALE;
            }
            if (FEMALE_CUES.contains(w)) {
                return Gender.FEMALE;
            }
            if (!TITLES.contains(w) && !NATIONALITY.matcher(w).matches()) {
                // the first word of the name itself, a first name only when a surname follows it
                // ("Omar" alone, after "Ilhan Omar", is her surname)
                boolean first = i < words.length - 1;
                return first && MALE_NAMES.contains(w) ? Gender.MALE : first && FEMALE_NAMES.contains(w) ? Gender.FEMALE
                        : MALE_CUES.contains(before) ? Gender.MALE
                        : FEMALE_CUES.contains(before) ? Gender.FEMALE : Gender.UNKNOWN;
            }
        }
        return Gender.UNKNOWN;
    }

    /**
     * Drops a title in front of a name: everything up to the last title word with a name after it
     * ("Transport Minister Amara Okafor", "Deputy Foreign Minister Sedat Onal"), then leading
     * nationalities while a full name remains ("Turkish Recep Tayyip Erdogan").
     */
    private static void dropTitles(List<String> t) {
        if (t.stream().allMatch(w -> TITLES.contains(w) || OFFICE_LINKS.contains(w))) {
            return; // "Prime Minister", "Director of National Intelligence": an office, no one's name
        }
        int cut = -1;
        for (int i = 0; i < t.size() - 1; i++) {
            if (TITLES.contains(t.get(i))) {
                cut = i;
            }
        }
        if (cut >= 0 && officeWithoutHolder(t, cut)) {
            return;
        }
        if (cut >= 0) {
            t.subList(0, cut + 1).clear();
        }
        if (t.size() > 2 && (t.get(0).equals("of") || t.get(0).equals("for"))) {
            // "Secretary of the Treasury Janet Yellen": the office's own words, then its holder,
            // whose name is taken as two words (three with a middle initial or a particle)
            t.remove(0);
            if (t.get(0).equals("the")) {
                t.remove(0);
            }
            int keep = holderWords(t);
            if (t.size() > keep) {
                t.subList(0, t.size() - keep).clear();
            }
        }
        while (t.size() > 2 && NATIONALITY.matcher(t.get(0)).matches()) {
            t.remove(0);
        }
    }

    /**
     * Whether the title at {@code cut} opens an office named with "of" or "for" that leaves no
     * holder's name apart from the office's own words: "Secretary of the Treasury" (none),
     * "Minister of Foreign Affairs" and "Secretary of State Pompeo" (no telling the office's last
     * words from a name's), kept as printed rather than cut to "Foreign Affairs" or "State Pompeo".
     * "Secretary of State Mike Pompeo" has words to spare before the holder's, and is cut.
     */
    private static boolean officeWithoutHolder(List<String> t, int cut) {
        int after = cut + 1;
        if (after >= t.size() || !(t.get(after).equals("of") || t.get(after).equals("for"))) {
            return false;
        }
        after += after + 1 < t.size() && t.get(after + 1).equals("the") ? 2 : 1;
        return t.size() - after <= holderWords(t);
    }

    /** How many last words name an office's holder: two, three with a middle initial or a particle. */
    private static int holderWords(List<String> t) {
        String middle = t.size() >= 3 ? t.get(t.size() - 2) : "";
        return middle.matches("\\p{Lu}\\.") || PARTICLE.matcher(middle).matches() ? 3 : 2;
    }

    /**
     * Keeps only the person's name when an institution's title stands before it: what follows the
     * last title word, when that is two or more capitalised words none of them an institution's.
     */
    private static void personAfterTitle(List<String> t) {
        int last = -1;
        for (int i = 0; i < t.size(); i++) {
            if (TITLES.contains(t.get(i))) {
                last = i;
            }
        }
        List<String> rest = t.subList(last + 1, t.size());
        if (last >= 0 && rest.size() >= 2 && !isInstitution(rest)
                && rest.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)))) {
            t.subList(0, last + 1).clear();
        } else if (last >= 0 && !rest.isEmpty() && !officeWithoutHolder(t, last) && (rest.get(0).equals("of") || rest.get(0).equals("for"))) {
            // "Speaker of the House Nancy Pelosi": the office's words, then its holder's name
            List<String> holder = t.subList(t.size() - holderWords(t), t.size());
            if (!isInstitution(holder) && holder.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)))) {
                t.subList(0, t.size() - holder.size()).clear();
            }
        }
    }

    /** Whether a title, a role word or a clearly gendered first name in {@code run} (or just before it) says it names a person. */
    static boolean titled(String run, String before) {
        if (TITLES.contains(before) || MALE_CUES.contains(before) || FEMALE_CUES.contains(before)) {
            return true;
        }
        for (String w : SPACES.split(run.strip())) {
            if (TITLES.contains(w) || MALE_CUES.contains(w) || FEMALE_CUES.contains(w) || MALE_NAMES.contains(w)
                    || FEMALE_NAMES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person's name: two or more capitalised words, none of them an institution's, nor "I" (the
     * writer: "the habits of Turkey I had" names no one).
     */
    static boolean isPerson(String name) {
        if (name == null) {
            return false;
        }
        List<String> t = Arrays.asList(SPACES.split(name));
        return t.size() >= 2 && t.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)) && !w.equals("I")
                || PARTICLE.matcher(w).matches())
                && !isInstitution(t) && !PARTY_MEMBERS.contains(t.get(t.size() - 1));
    }

    /**
     * Whether {@code name} is the writer's own voice ("I said", "said I--", "we asked", "the
     * mysteries which I", "I now"): no speaker to name.
     */
    static boolean isFirstPerson(String name) {
        // Called for every attribution: "I" as a word, perhaps with punctuation after it, found
        // without splitting the name or running a pattern over each word.
        for (int i = name.indexOf('I'); i >= 0; i = name.indexOf('I', i + 1)) {
            boolean starts = i == 0 || Character.isWhitespace(name.charAt(i - 1));
            int end = i + 1;
            while (end < name.length() && isPunctuation(name.charAt(end))) {
                end++;
            }
            if (starts && (end == name.length() || Character.isWhitespace(name.charAt(end)))) {
                return true; // "I now", "which I", "I--": a clause of the writer's, no name
            }
        }
        String bare = name.strip();
        return bare.equals("We") || bare.equals("we");
    }

    /**
     * The institution a lowercase speaker speaks for when it is its spokesperson ({@code an
     * environment agency spokesman}, {@code a spokeswoman for the ministry}), without a leading
     * article; otherwise the speaker itself.
     */
    static String voiceOf(String speaker) {
        // Called for every candidate pair: the pattern runs only on the few speakers it can match.
        if (speaker.contains("spokes") || speaker.contains("official") || speaker.contains("press office")) {
            java.util.regex.Matcher m = SPOKESPERSON.matcher(speaker);
            if (m.matches()) {
                return m.group(1) != null ? m.group(1) : m.group(2);
            }
        }
        return speaker.startsWith("the ") ? speaker.substring(4) : speaker;
    }

    private static boolean isInstitution(List<String> tokens) {
        return tokens.stream().anyMatch(INSTITUTION_WORDS::contains);
    }

    /** True when {@code a} and {@code b} may name the same speaker (equal, or one's surname is the other). */
    static boolean compatible(String a, String b) {
        // Most pairs linking compares: the same speaker, printed the same way.
        return a.equals(b) || compatible(voice(a), voice(b));
    }

    /**
     * A speaker as {@link #compatible} compares them, worked out once: linking compares each
     * quotation's speaker with those of every candidate printing ({@code ReferenceNames} in the
     * tests keeps the comparison as it was, made from the strings on every call).
     */
    record Voice(String name, String voice, String[] words) {
    }

    /**
     * The speaker {@code name} as compared: one person whether an outlet prints the name's accents
     * or not (José Nuñez, Jose Nunez); one speaker whether an institution or its spokesperson is named.
     */
    static Voice voice(String name) {
        String v = voiceOf(MatchKey.withoutAccents(name.toLowerCase(java.util.Locale.ROOT)));
        return new Voice(name, v, v.split(" "));
    }

    /** {@link #compatible(String, String)} of two speakers' {@link #voice}s. */
    static boolean compatible(Voice a, Voice b) {
        if (a.name().equals(b.name())) {
            return true;
        }
        String x = a.voice();
        String y = b.voice();
        if (x.equals(y) || endsWithWord(x, y) || endsWithWord(y, x)) {
            return true;
        }
        String[] xs = a.words();
        String[] ys = b.words();
        return xs[xs.length - 1].equals(ys[ys.length - 1]) && (xs.length == 1 || ys.length == 1
                || xs[0].equals(ys[0]));
    }

    /** Whether {@code s} ends with a space and then {@code end}. */
    private static boolean endsWithWord(String s, String end) {
        int at = s.length() - end.length() - 1;
        return at >= 0 && s.charAt(at) == ' ' && s.endsWith(end);
    }
}
