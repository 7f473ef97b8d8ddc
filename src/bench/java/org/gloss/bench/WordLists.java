package org.gloss.bench;

import java.util.List;
import java.util.Random;

/**
 * The vocabulary synthetic articles are made from: small hand-written lists of news words, so the
 * generator needs no downloaded data and its text looks like wire copy to a parser.
 */
final class WordLists {

    static final List<String> OUTLETS = List.of(
            "The Northern Ledger", "Harbour Daily", "Meridian Post", "The Continental Review",
            "Capital Wire", "Eastbank Times", "The Morning Courier", "Riverside Herald", "Global Desk",
            "The Weekly Observer", "Frontier News", "Atlas Press Agency", "The Plains Gazette",
            "Coastline Report", "The Civic Journal", "Highland Chronicle", "Delta Dispatch",
            "The Evening Standard-Bearer", "Summit Bulletin", "Crossroads Monitor", "The Lantern",
            "Westgate Telegraph", "Union Signal", "The Quarterly Record");

    static final List<String> FIRST_NAMES = List.of(
            "Amira", "Daniel", "Sofia", "Tomasz", "Leila", "Marcus", "Ingrid", "Kofi", "Yara", "Pavel",
            "Helena", "Omar", "Clara", "Rustam", "Naomi", "Jonas", "Farida", "Luca", "Mei", "Andrei");

    static final List<String> LAST_NAMES = List.of(
            "Haddad", "Kowalski", "Lindqvist", "Mensah", "Petrov", "Okafor", "Brennan", "Sato", "Alvarez",
            "Novak", "Farouk", "Whitfield", "Demir", "Castellanos", "Ibrahim", "Varga", "Moreau", "Tanaka",
            "Osei", "Rahimi");

    static final List<String> ROLES = List.of(
            "the foreign minister", "a senior envoy", "the defence secretary", "a spokesperson for the council",
            "the regional governor", "an aid coordinator", "the army chief of staff", "a United Nations official",
            "the opposition leader", "a ceasefire monitor");

    static final List<String> PLACES = List.of(
            "in the northern province", "near the border crossing", "along the eastern highway",
            "in the capital", "around the river valley", "at the coastal port", "in the contested district",
            "outside the provincial centre", "across the southern plains", "in the mountain villages");

    static final List<String> TIMES = List.of(
            "On Monday", "Late on Tuesday", "Early on Wednesday", "On Thursday", "By Friday evening",
            "Over the weekend", "Last month", "Earlier this week", "In recent days", "Since January");

    static final List<String> SUBJECTS = List.of(
            "government forces", "the delegation", "local officials", "aid agencies", "residents",
            "the monitoring group", "negotiators", "the armed factions", "international observers",
            "the ministry", "civil defence teams", "security services");

    static final List<String> VERBS = List.of(
            "reported", "rejected", "announced", "discussed", "questioned", "confirmed", "postponed",
            "welcomed", "criticised", "negotiated", "denied", "investigated");

    static final List<String> OBJECTS = List.of(
            "a new round of talks", "the proposed ceasefire", "the closure of the crossing",
            "the movement of supply convoys", "plans for a joint patrol", "the evacuation of civilians",
            "reports of shelling", "the exchange of prisoners", "a draft agreement", "the deployment of troops",
            "the reopening of the market", "the distribution of winter supplies");

    static final List<String> CLAUSES = List.of(
            "according to people familiar with the matter", "amid growing pressure from neighbouring states",
            "after weeks of stalled diplomacy", "despite warnings from humanitarian groups",
            "as fighting continued nearby", "while the harvest season approached",
            "in a statement released late in the day", "following an emergency meeting",
            "without giving further details", "as thousands of families remained displaced");

    /** British spellings the spelling variant turns into American ones. */
    static final List<String[]> SPELLINGS = List.of(
            new String[] {"behaviour", "behavior"}, new String[] {"defence", "defense"},
            new String[] {"organise", "organize"}, new String[] {"centre", "center"},
            new String[] {"programme", "program"}, new String[] {"favour", "favor"},
            new String[] {"neighbouring", "neighboring"}, new String[] {"recognise", "recognize"});

    static final List<String> QUOTE_OPENINGS = List.of(
            "We will not accept", "Nobody can ignore", "The world must recognise", "Our people deserve",
            "It is time to end", "We are deeply concerned about", "There is no excuse for",
            "We strongly favour", "The council will organise", "This government has always opposed");

    static final List<String> QUOTE_OBJECTS = List.of(
            "the reckless behaviour of armed groups", "a programme of reconstruction in the region",
            "the collapse of the defence agreement", "any attack on the humanitarian centre",
            "the suffering of families who fled their homes", "a lasting settlement for the neighbouring districts",
            "the blockade of food and medicine", "the silence of the international community",
            "a return to the negotiating table", "the use of heavy weapons near civilians");

    static final List<String> QUOTE_ENDINGS = List.of(
            "and we will say so in every meeting we attend", "because the cost of delay is measured in lives",
            "and the next weeks will show who is serious", "whatever the other side claims in public",
            "and we expect our partners to stand with us", "before the winter makes everything worse",
            "and that message has been delivered clearly", "even if the talks take many more months");

    /** Second sentences that make a shared statement as long as real quotations (30 words and more). */
    static final List<String> QUOTE_SECONDS = List.of(
            "Nobody in this building should pretend that the families waiting at the crossing can wait much longer",
            "We have said this to every delegation that came through our offices since the spring",
            "The people who pay for every week of delay are the ones who never sat at the table",
            "If the other side wants a settlement, it knows exactly where to find us and what we need",
            "There will be no second chance if this season is wasted on statements and press conferences");

    /** Words local speakers say, each quoted by one article only: the numbers make every one its own. */
    static final List<String> LOCAL_QUOTES = List.of(
            "We lost the shop after %d days and nobody has told us whether the other %d can go back",
            "The trucks come at night now, %d of them last week, and only %d made it past the checkpoint",
            "My %d children ask me every morning whether the school for the %d families will open again",
            "We were promised %d tanks of water by the end of the month and we have had %d",
            "Everyone here knows %d people who left, and %d of them did not come back");

    /** What critics call a plan in scare quotes: one or two words, no one's speech. */
    static final List<String> SCARE_QUOTES = List.of("reckless", "a gamble", "unity", "temporary", "a pause");

    static final List<String> GLOSSARY_ADJECTIVES = List.of(
            "National", "Joint", "Regional", "United", "Provisional", "Independent", "Federal", "Civil",
            "Democratic", "Eastern", "Northern", "Popular");

    static final List<String> GLOSSARY_NOUNS = List.of(
            "Relief", "Security", "Liberation", "Reconstruction", "Monitoring", "Coordination", "Defence",
            "Transition", "Humanitarian", "Border", "Resistance", "Development");

    static final List<String> GLOSSARY_BODIES = List.of(
            "Council", "Front", "Mission", "Authority", "Committee", "Forces", "Agency", "Alliance",
            "Movement", "Office");

    private WordLists() {
    }

    /** The pronoun for a speaker with this first name (the list alternates women's and men's names). */
    static String pronoun(String firstName) {
        return FIRST_NAMES.indexOf(firstName) % 2 == 0 ? "she" : "he";
    }

    static String pick(List<String> words, Random random) {
        return words.get(random.nextInt(words.size()));
    }
}
