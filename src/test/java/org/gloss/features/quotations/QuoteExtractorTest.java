package org.gloss.features.quotations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.ArticleTextExtractor;
import org.gloss.analyze.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteExtractorTest {

    private static List<Quote> extract(String markdown) {
        return new QuoteExtractor().extract(new ArticleTextExtractor().extract("t", markdown));
    }

    /** The speaker given the last quotation of {@code markdown}. */
    private static void assertLastSpeaker(String markdown, String speaker) {
        List<Quote> q = extract(markdown);
        assertEquals(speaker, q.get(q.size() - 1).speaker(), markdown);
    }

    static Stream<Arguments> marks() {
        return Stream.of(
                Arguments.of("He said “hello there friend” today.", List.of("hello there friend")),
                Arguments.of("He said \"hello there friend\" today.", List.of("hello there friend")),
                Arguments.of("Il a dit «nous restons ici» hier.", List.of("nous restons ici")),
                Arguments.of("US warns Russia to 'change its policies' and halt", List.of("change its policies")),
                Arguments.of("US warns Russia to ‘change its policies’ now", List.of("change its policies")),
                Arguments.of("Russia's move, The New Arab’s report: it hasn’t changed, the officers' mess.",
                        List.of()),
                Arguments.of("The students' union said 'no way' today.", List.of("no way")),
                Arguments.of("\"He called it 'madness' outright,\" she said.",
                        List.of("He called it 'madness' outright")),
                Arguments.of("“He called it “madness” outright,” she said.",
                        List.of("He called it “madness” outright")),
                Arguments.of("a promise to \"neutralize\" militants", List.of("neutralize")),
                Arguments.of("\"The violence must end,\" the ministry said, warning that escalation \"will bring"
                        + " chaos\".", List.of("The violence must end", "will bring chaos")),
                // Two apostrophes as marks (an archive style), beside possessives and a decade
                Arguments.of("''The dam will hold,'' the engineer said.", List.of("The dam will hold")),
                Arguments.of("The Smiths' barn, built in the '90s, burned. ''It went up fast,'' a neighbour said.",
                        List.of("It went up fast")),
                Arguments.of("''He called it 'a farce,''' the clerk said.", List.of("He called it 'a farce,'")),
                Arguments.of("The Joneses' dog and the '08 race and the workers' pay.", List.of()),
                Arguments.of("Il a dit « nous restons ici » hier.", List.of("nous restons ici")),
                Arguments.of("Er sagte: „Wir bleiben hier“, und ging.", List.of("Wir bleiben hier")),
                Arguments.of("Il a dit ‹ c'est fini › ce soir.", List.of("c'est fini")),
                Arguments.of("Il a dit ‹c'est fini› ce soir.", List.of("c'est fini")),
                Arguments.of("彼は「ここに残る」と言った。", List.of("ここに残る")),
                // Single quotes as the outer marks, double ones nested inside
                Arguments.of("‘He called it “madness” outright,’ she said.",
                        List.of("He called it “madness” outright")),
                Arguments.of("‘We cannot wait for the ministry’s answer any longer,’ the mayor said.",
                        List.of("We cannot wait for the ministry’s answer any longer")));
    }

    @ParameterizedTest
    @MethodSource("marks")
    void findsQuotedWordsAndNotApostrophes(String markdown, List<String> expected) {
        assertEquals(expected, extract(markdown).stream().map(Quote::text).toList());
    }

    @Test
    void joinsAStatementSplitByItsAttribution() {
        List<Quote> q = extract("\"The first half of it,\" he said. \"The second half here.\"");
        assertEquals(1, q.size());
        assertEquals(2, q.get(0).parts().size());
        assertEquals("The first half of it. The second half here.", q.get(0).text());
    }

    static Stream<Arguments> joins() {
        return Stream.of(
                // the attribution ends the sentence: so does the first part
                Arguments.of("\"Our eyes are open,\" she said. \"And the people are watching.\"",
                        "Our eyes are open. And the people are watching."),
                Arguments.of("\"Are our eyes open?\" she asked. \"The people are watching.\"",
                        "Are our eyes open? The people are watching."),
                Arguments.of("\"Our eyes are open,\" she said, adding: \"The people are watching.\"",
                        "Our eyes are open. The people are watching."),
                // an attribution's date is no sentence's end
                Arguments.of("\"Our eyes are open,\" Ana Ruiz said on Oct. 21. \"And the people are watching.\"",
                        "Our eyes are open. And the people are watching."),
                // the attribution interrupts one sentence: the words run on
                Arguments.of("\"The problem with the plan,\" she said, \"is the money behind it.\"",
                        "The problem with the plan is the money behind it."),
                // parts in different paragraphs keep their own punctuation
                Arguments.of("\"The first paragraph ends here.\n\n\"The second one goes on,\" she said.",
                        "The first paragraph ends here. The second one goes on"));
    }

    @ParameterizedTest
    @MethodSource("joins")
    void aSplitQuotationReadsAsTheSpeakerSaidIt(String markdown, String text) {
        List<Quote> q = extract(markdown);
        assertEquals(1, q.size(), markdown);
        assertEquals(text, q.get(0).text());
    }

    @Test
    void aNameAfterTheVerbEndsWithItsSentence() {
        List<Quote> q = extract("\"We need a deal on this,\" said Sen. Jane Roe. Sen. Tom Kerr disagreed."
                + " \"There is no deal to be had,\" he said.");
        assertEquals(List.of("Jane Roe", "Tom Kerr"), q.stream().map(Quote::speaker).toList());
        assertEquals("Jane Roe", extract("\"We need a deal on this,\" said Jane Roe. Kerr disagreed.").get(0).speaker());
        assertEquals("Jane Roe", extract("\"We need a deal on this,\" said Jane Roe. The Senate adjourned.").get(0)
                .speaker());
    }

    @Test
    void aSentenceAfterTheAttributionEndsTheStatement() {
        List<Quote> q = extract("\"It's a nothing burger,\" Tom Kerr said. Rep. Ana Ruiz (R-Ohio) agreed."
                + " \"Absolutely nothing,\" she said.");
        assertEquals(List.of("It's a nothing burger", "Absolutely nothing"), q.stream().map(Quote::text).toList());
        assertEquals(List.of("Tom Kerr", "Ana Ruiz"), q.stream().map(Quote::speaker).toList());
    }

    @Test
    void joinsAQuotationRunningOverParagraphs() {
        List<Quote> q = extract("“The talks have stalled.\n\n“We want what was promised,” Reyes said.");
        assertEquals(1, q.size());
        assertEquals(List.of(0, 1), q.get(0).parts().stream().map(Span::block).toList());
        assertEquals("The talks have stalled. We want what was promised", q.get(0).text());
    }

    static Stream<Arguments> runOnMarks() {
        return Stream.of(Arguments.of("\"", "\""), Arguments.of("“", "”"), Arguments.of("''", "''"),
                Arguments.of("‘", "’"), Arguments.of("« ", " »"), Arguments.of("„", "“"));
    }

    @ParameterizedTest
    @MethodSource("runOnMarks")
    void aQuotationReopenedAtEachParagraphIsOneQuotationWithOnePartEach(String open, String close) {
        List<Quote> q = extract(open + "The first paragraph of the statement.\n\n" + open
                + "The second one goes on.\n\n" + open + "The third one ends it," + close + " Jane Doe said.");
        assertEquals(1, q.size(), q.toString());
        assertEquals(List.of(0, 1, 2), q.get(0).parts().stream().map(Span::block).toList());
        assertEquals("Jane Doe", q.get(0).speaker());
    }

    @Test
    void aParagraphOpeningWithAnApostropheDoesNotRunOn() {
        assertEquals(List.of(), extract("'Tis the season, the shop owner said.\n\n'90s music played all day."));
    }

    @Test
    void anUnclosedQuotationEndsWithItsParagraphWhenTheNextDoesNotReopen() {
        List<Quote> q = extract("\"Never closed here.\n\nThe next paragraph is plain text.");
        assertEquals(List.of("Never closed here."), q.stream().map(Quote::text).toList());
    }

    @Test
    void partsPointAtTheWordsInTheBlock() {
        ArticleText t = new ArticleTextExtractor().extract("t", "She said \"it is done,\" and left.");
        Quote q = new QuoteExtractor().extract(t).get(0);
        assertEquals("it is done", t.text(q.parts().get(0)));
    }

    static Stream<Arguments> attributions() {
        return Stream.of(
                Arguments.of("\"Text of the quote here,\" Jane Doe said.", "Jane Doe"),
                Arguments.of("\"Text of the quote here,\" said Jane Doe.", "Jane Doe"),
                Arguments.of("Jane Doe said: \"Text of the quote here.\"", "Jane Doe"),
                Arguments.of("\"Text of the quote,\" Jane Doe told reporters on Monday.", "Jane Doe"),
                Arguments.of("According to Jane Doe, \"the text of the quote.\"", "Jane Doe"),
                Arguments.of("Jane Doe added that \"the text of it\" was wrong.", "Jane Doe"),
                Arguments.of("\"Text of the quote,\" the State Department said in a statement.", "State Department"),
                Arguments.of("\"Text of the quote,\" Transport Minister Amara Okafor said.", "Amara Okafor"),
                Arguments.of("\"Text of the quote,\" Mark Lowcock, the U.N.'s relief coordinator, said.",
                        "Mark Lowcock"),
                Arguments.of("Jane Doe, the envoy for peace, said the country was \"very worried\".", "Jane Doe"),
                Arguments.of("Jane Doe said the talks failed.\n\n\"Text of the quote,\" she said.", "Jane Doe"),
                Arguments.of("Envoy Jane Doe arrived.\n\n\"Text of the quote,\" Doe said.", "Jane Doe"),
                Arguments.of("But Doe on Wednesday said the talks were \"over for now\".", "Doe"),
                Arguments.of("Jane Doe said the talks failed. \"Those demands are fair.\"", "Jane Doe"),
                Arguments.of("\"It must stop,\" union leader Tomas Reyes said.", "Tomas Reyes"),
                Arguments.of("\"Text of the quote,\" a spokesman for the ministry said.", "a spokesman for the ministry"),
                Arguments.of("The sign on the gate read \"keep out of here\".", null));
    }

    /**
     * The speaker given the last quotation of each example: every shape of attribution below,
     * each source saying what it shows.
     */
    @ParameterizedTest
    @MethodSource({"attributions", "epithets", "subjectsNotObjects", "oneAsAnArticle", "officesNamedWithOf", "sourcesAndParties", "appositivesWithCommas", "describedAfterTheVerb", "describedBeforeTheName", "reportingShapes", "roles", "subjects", "notNames", "issueShapes",
            "colonSentences", "namedInApposition",
            "speechClauses"})
    void findsTheSpeaker(String markdown, String speaker) {
        assertLastSpeaker(markdown, speaker);
    }

    @Test
    void aQuoteOnlyParagraphContinuesTheSpeakerBefore() {
        List<Quote> q = extract("\"The first statement,\" Jane Doe said.\n\n\"The second statement follows.\"");
        assertEquals(List.of("Jane Doe", "Jane Doe"), q.stream().map(Quote::speaker).toList());
    }

    /**
     * A definite description by which news refers back to someone just named ({@code the Kentucky
     * Republican}): that person, when only one known person may be meant and the description's
     * gender allows; otherwise the description as printed.
     */
    static Stream<Arguments> epithets() {
        return Stream.of(
                Arguments.of("Sen. Carla Mendes blocked the bill. \"We will not be rushed,\" the Ohio Republican said.",
                        "Carla Mendes"),
                Arguments.of("Rep. Ana Ruiz spoke first.\n\n\"Nobody is above the law,\" the New Mexico Democrat said.",
                        "Ana Ruiz"),
                Arguments.of("Tom Kerr took the stage in Iowa. \"We are going to win,\" the 78-year-old senator insisted.",
                        "Tom Kerr"),
                Arguments.of("Ana Ruiz campaigned in Ohio. \"We are stronger together,\" the former secretary of state"
                        + " said.", "Ana Ruiz"),
                Arguments.of("Tom Kerr held a rally. \"We will win this state,\" the Republican front-runner told the crowd.",
                        "Tom Kerr"),
                // after the verb, ending the sentence; the person mentioned last by surname alone
                Arguments.of("Jane Van Der Berg won the round.\n\n\"It makes you more human,\" said the actress.",
                        "Jane Van Der Berg"),
                Arguments.of("Host Tom Kerr opened the show. Jane Van Der Berg won the round.\n\n\"We lost the baby,\""
                        + " Van Der Berg said.\n\n\"It makes you more human,\" said the singer.", "Jane Van Der Berg"),
                // two people it could be; a gender the person does not have; an office named without a holder
                Arguments.of("Sen. Carla Mendes blocked the bill, defying Speaker Tom Kerr. \"We will not be rushed,\""
                        + " the Ohio Republican said.", "Ohio Republican"),
                Arguments.of("Jane Roe, a council member, spoke first. \"We are going to win,\" the congressman said.",
                        "the congressman"),
                Arguments.of("Carla Mendes spoke on Tuesday. \"We are going to win,\" the president said.", "the president"),
                // two senators titled: the title decides, and it cannot
                Arguments.of("Sen. Carla Mendes spoke first.\n\nSen. Tom Kerr spoke next. \"We are going to win,\" the"
                        + " senator said.", "the senator"));
    }

    /**
     * The subject of a speech verb, past what stands between them: "herself", a party tag and an
     * appositive after it; and never the object of a preposition ending a phrase about the subject.
     */
    static Stream<Arguments> subjectsNotObjects() {
        return Stream.of(
                Arguments.of("Ana Ruiz herself, speaking in Philadelphia, said she had \"made a big mistake\" there.",
                        "Ana Ruiz"),
                Arguments.of("Ana Ruiz herself said she had \"made a big mistake\" there.", "Ana Ruiz"),
                Arguments.of("Sen. Tom Kerr, I-Vt., who is still in the race, said he was \"sick and tired of it all\".",
                        "Tom Kerr"),
                Arguments.of("\"The whole thing is a sham,\" Sen. Tom Kerr, R-Ky., said.", "Tom Kerr"),
                Arguments.of("A campaign aide, speaking on condition of anonymity, said \"we feel good about Nevada.\"",
                        "a campaign aide"),
                Arguments.of("The official, who was not authorised to speak, said \"the talks are over for now.\"",
                        "the official"),
                // the end of a clause about the subject, or a "the" phrase after a preposition: no speaker
                Arguments.of("Kerr, who won the Iowa caucuses, told reporters: \"We're going to keep fighting.\"", null),
                // ... unless the article prints that one word capitalised inside a sentence: a name
                Arguments.of("Campaigns in Iowa praised Kerr.\n\nKerr, who won the Iowa caucuses, told reporters:"
                        + " \"We're going to keep fighting.\"", "Kerr"),
                Arguments.of("Governors met President Kerr.\n\nKerr, speaking to reporters, said he was \"not happy\""
                        + " with the decision.", "Kerr"),
                Arguments.of("Many voters came out.\n\nVoters, speaking in Philadelphia, said they were \"tired of the"
                        + " whole thing\".", null),
                Arguments.of("Voters, speaking in Philadelphia, said they were \"tired of the whole thing\".", null),
                Arguments.of("Two people briefed on the talks said the deal was \"nowhere near done yet\".", null),
                // a title ending with a place, then the name: the name
                Arguments.of("China's ambassador to Britain Liu Wen has said China has \"the resolution and power\" to end it.",
                        "Liu Wen"),
                // a verb of speech in the passive: its subject was spoken to or of, and spoke no words
                Arguments.of("\"You are fired from this job,\" Tom Kerr was told by his manager.", null),
                Arguments.of("The company was accused of \"deliberate deception\" by the regulators.", null),
                Arguments.of("Rome and the Italian government have been accused of \"a humanitarian disaster\" there.",
                        null),
                Arguments.of("\"We will keep on fighting for this,\" Tom Kerr has said.", "Tom Kerr"),
                // a subject after a sentence break is no object of the sentence before
                Arguments.of("No fury like a fan scorned. Big Records has denied the claims, saying they were \"shocking"
                        + " and false.\"", "Big Records"));
    }

    /**
     * A sentence ending in a colon before the quotation, with no verb of speech: the person it
     * opens with, but no one when it opens otherwise.
     */
    static Stream<Arguments> colonSentences() {
        return Stream.of(
                Arguments.of("Republican strategist Tom Kerr was blunt: \"He's going to lose, and he's going to take the"
                        + " party with him.\"", "Tom Kerr"),
                Arguments.of("Kerr summed up the journey: \"It's old school meets new school.\"", null),
                Arguments.of("Jane Roe spoke last.\n\nRoe summed up the journey: \"It's old school meets new school.\"",
                        "Jane Roe"),
                Arguments.of("The sign on the door read: \"Closed until further notice, by order of the mayor.\"", null),
                Arguments.of("In Ohio, Jane Roe was blunt: \"He's going to lose, and he's going to take the party.\"", null));
    }

    /** A time is no speaker: "a month after X announced" names no one (X is not its subject either). */
    @Test
    void aTimeBeforeTheSubjectIsNoSpeaker() {
        assertLastSpeaker("The news came a month after Jane Roe announced that she was expecting \"a baby in the"
                + " spring.\"", null);
    }

    /** "One" opening a described, unnamed source, but not where it counts or opens a phrase. */
    static Stream<Arguments> oneAsAnArticle() {
        return Stream.of(
                Arguments.of("\"It's a disgrace,\" said one GOP senator, who asked not to be named.", "one GOP senator"),
                Arguments.of("\"It's a disgrace,\" one senior aide said.", "one senior aide"),
                Arguments.of("One senior official said the talks were \"going nowhere fast at this point.\"",
                        "one senior official"),
                Arguments.of("\"It's a disgrace,\" one of them said.", null));
    }

    /** An office named with "of" before its holder's name, after the verb or before it: the holder. */
    static Stream<Arguments> officesNamedWithOf() {
        return Stream.of(
                Arguments.of("\"We will keep up the pressure,\" said Secretary of State Jane Roe.", "Jane Roe"),
                Arguments.of("\"We will keep up the pressure,\" said Secretary of the Treasury Jane Roe.", "Jane Roe"),
                Arguments.of("\"We will keep up the pressure,\" said Chairman of the Joint Chiefs of Staff Mark Field.",
                        "Mark Field"),
                Arguments.of("\"We will keep up the pressure,\" said Director of National Intelligence Ana K. Ruiz on"
                        + " Monday.", "Ana K. Ruiz"),
                Arguments.of("\"We will keep up the pressure,\" said Minister of Foreign Affairs Pavel Orlov.", "Pavel Orlov"),
                Arguments.of("Minister of Foreign Affairs Pavel Orlov said: \"We will keep up the pressure.\"", "Pavel Orlov"),
                // before the verb too, with "the" inside the office's name
                Arguments.of("\"We will keep up the pressure,\" Speaker of the House Jane Roe said.", "Jane Roe"),
                Arguments.of("Speaker of the House Jane Roe said \"the president is not above the law.\"", "Jane Roe"),
                Arguments.of("\"We will keep up the pressure,\" Secretary of the Treasury Ana K. Ruiz told reporters.",
                        "Ana K. Ruiz"),
                // an office with no holder's name apart from its own words is kept as printed
                Arguments.of("\"We will keep up the pressure,\" the Minister of Foreign Affairs said.",
                        "Minister of Foreign Affairs"),
                Arguments.of("\"We will keep up the pressure,\" the Prime Minister said.", "Prime Minister"),
                // a person "of" a place or body is no office: the name as before
                Arguments.of("\"We will keep up the pressure,\" said Jane Roe of Oxfam.", "Jane Roe"));
    }

    /**
     * Where a speaker is a source named by a document of theirs ({@code according to a statement
     * from X}), and a governor's party alone after the name ({@code (D)}): the speaker.
     */
    static Stream<Arguments> sourcesAndParties() {
        return Stream.of(
                Arguments.of("\"We are reviewing the ruling,\" according to a statement from the Justice Department.",
                        "Justice Department"),
                Arguments.of("\"We are reviewing the ruling,\" according to the Justice Department.", "Justice Department"),
                Arguments.of("\"We have to do better for our children,\" Gov. Ana Ruiz (D) said at a news conference.",
                        "Ana Ruiz"),
                Arguments.of("\"We have to do better for our children,\" Mayor Tom Kerr (R) told reporters.", "Tom Kerr"));
    }

    /**
     * An appositive that opens with an article and holds commas of its own, between the name and
     * the verb: the name, but a list of names is no appositive.
     */
    static Stream<Arguments> appositivesWithCommas() {
        return Stream.of(
                Arguments.of("\"Experiments of this kind pay off when you get out more than you put in,\" Dan Nolan, a"
                        + " fellow at the Institute for Astrophysics in Munich, Germany, and co-author of the study,"
                        + " said in a statement.", "Dan Nolan"),
                Arguments.of("\"The vote was never close,\" Jane Roe, the party's treasurer since 2019, and a former"
                        + " mayor, told reporters.", "Jane Roe"),
                Arguments.of("Cmdr. Sam Roe, a spokesperson for the coalition, the U.S. operation against the group,"
                        + " told reporters the claim \"is patently false\".", "Sam Roe"),
                // no appositive: a list of names, or a second name after the first comma
                Arguments.of("\"The vote was never close,\" Jane Roe, Tom Kerr, Ana Ruiz, said.", null),
                Arguments.of("On Monday, the Daily Ledger, the mouthpiece of the ruling party, warned that there is"
                        + " \"no room for compromise at all\".", "Daily Ledger"));
    }

    /** A description before the name after the verb: the name, where it ends its clause. */
    static Stream<Arguments> describedAfterTheVerb() {
        return Stream.of(
                Arguments.of("\"We cannot wait another winter for the dredgers,\" said fisherman Paul Okoro.", "Paul Okoro"),
                Arguments.of("\u2018We cannot wait another winter for the dredgers,\u2019 said fisherman Paul Okoro.",
                        "Paul Okoro"),
                Arguments.of("\"The numbers moved again this week,\" said Republican pollster Jane Roe, part of the team.",
                        "Jane Roe"),
                Arguments.of("\"The numbers moved again this week,\" said veteran party strategist Jane Roe.", "Jane Roe"),
                // A surname alone in apposition, of a person named in full before (a lone capitalised
                // word before a comma is otherwise no one: "However, the minister said")
                Arguments.of("Tim Morrison, a former aide, testified on Thursday.\n\n\"If he had concerns, that's"
                        + " something I would have expected to hear,\" Morrison, Vindman's superior, said.", "Tim Morrison"),
                // A described name going on with where or when they spoke
                Arguments.of("\"Organics matter for life on that moon,\" said planetary geologist Rosa Lopes of the"
                        + " agency's laboratory in California.", "Rosa Lopes"),
                Arguments.of("\"We cannot wait another winter,\" said fisherman Paul Okoro on Monday.", "Paul Okoro"),
                // a one-word title followed by more is no name
                Arguments.of("\"We cannot wait another winter,\" said former Governor of Ohio.", null),
                // Read as before: a name going on with more words, a name right after the verb
                Arguments.of("\"The numbers moved again this week,\" said Jane Roe on Monday.", "Jane Roe"),
                Arguments.of("\"The numbers moved again this week,\" said Jane Roe.", "Jane Roe"));
    }

    /**
     * A longer description between the closing mark and the name that ends it, with its verb:
     * the person, when the words between are a description (no clause of their own).
     */
    static Stream<Arguments> describedBeforeTheName() {
        return Stream.of(
                Arguments.of("\"Life could mix with water in the deep crust,\" field scientist and study co-author"
                        + " Mara Olsen said.", "Mara Olsen"),
                Arguments.of("\"The ice is thinner than any model predicted,\" lead researcher and agency glacier"
                        + " scientist Tomas Berg said on Friday.", "Tomas Berg"),
                Arguments.of("\"The ice is thinner than any model predicted,\" a veteran harbour master turned"
                        + " county councillor Ruth Amos said.", "Ruth Amos"),
                // Words that make a clause of their own are no description: no speaker rather than a guess
                Arguments.of("\"We will win the county this autumn,\" was printed on the banners that campaign"
                        + " manager Ruth Amos said she liked.", null),
                Arguments.of("\"We will win the county this autumn,\" the mayor told reporters before"
                        + " Ruth Amos said anything.", "the mayor"));
    }

    /** Shapes of real reporting: an agency's report, a person's age, a described role with digits. */
    static Stream<Arguments> reportingShapes() {
        return Stream.of(
                Arguments.of("The state news agency reported that \"the talks will resume in the capital next week\".",
                        "the state news agency"),
                Arguments.of("\"The talks will resume in the capital next week,\" the state news agency reported.",
                        "the state news agency"),
                Arguments.of("Jane Roe, 54, a nurse from Leeds, said: \"The ward has never been this full in winter.\"",
                        "Jane Roe"),
                Arguments.of("Jane Roe, 54, of Leeds, said: \"The ward has never been this full in winter.\"",
                        "Jane Roe"),
                Arguments.of("Jane Roe runs the ward.\n\n\"It has never been this full in winter,\" Roe, 54, said.",
                        "Jane Roe"),
                Arguments.of("\"The ward has never been this full in winter,\" the 54-year-old nurse said.",
                        "the 54-year-old nurse"),
                Arguments.of("\"The ward has never been this full in winter,\" according to a hospital spokeswoman.",
                        "hospital spokeswoman"),
                // A legislator's party and state between the name and the verb
                Arguments.of("\"We will not back down on this,\" Sen. Tom Reyes (R-Texas) said.", "Tom Reyes"),
                Arguments.of("\"We will not back down on this,\" Rep. Ana Ruiz (D-N.Y.) told reporters on Tuesday.",
                        "Ana Ruiz"),
                Arguments.of("Senate Majority Leader Carla Mendes (R-Ky.) said Tuesday that \"we will not back down on"
                        + " this.\"", "Carla Mendes"),
                Arguments.of("\"We will not back down on this,\" Mendes, R-Ky., said on the Senate floor.", "Mendes"),
                // A described speaker with a clause about them
                Arguments.of("\"We will not back down on this,\" the official, who spoke on condition of anonymity,"
                        + " said.", "the official"));
    }

    /**
     * A role ("the senator") is the one person the text has given that office by a title before;
     * when it has given it to two people, or to no one, the role stays as printed.
     */
    static Stream<Arguments> roles() {
        String quote = "\n\nThe talks went on.\n\n\"We will not back down on this,\" ";
        return Stream.of(
                Arguments.of("President Jane Roe spoke on Monday." + quote + "the president said.", "Jane Roe"),
                Arguments.of("Sen. Tom Reyes (R-Texas) met the delegation." + quote + "the senator told reporters.",
                        "Tom Reyes"),
                Arguments.of("Prime Minister Ana Ruiz spoke." + quote + "the prime minister said.", "Ana Ruiz"),
                Arguments.of("Prime Minister Ana Ruiz spoke." + quote + "said the prime minister.", "Ana Ruiz"),
                // Not the same office, two holders, no title: the role as printed
                Arguments.of("Vice President Tom Reyes spoke." + quote + "the president said.", "the president"),
                Arguments.of("President Jane Roe met President Tom Reyes." + quote + "the president said.",
                        "the president"),
                Arguments.of("Jane Roe spoke on Monday." + quote + "the president said.", "the president"),
                // no one named: a description keeps its article, an institution's name drops it
                Arguments.of("The vote was close." + quote + "the Ohio senator said.", "the Ohio senator"),
                Arguments.of("The vote was close." + quote + "the State Department said.", "State Department"));
    }

    /**
     * A pronoun after a sentence naming two people it may stand for is the sentence's subject, the
     * one who opens it; when neither does, it is unclear and there is no speaker.
     */
    static Stream<Arguments> subjects() {
        String quote = "\"He has let the whole county down,\" he said.";
        return Stream.of(
                Arguments.of("President Tom Reyes attacked Rep. Adam Cole on Monday.\n\n" + quote, "Tom Reyes"),
                Arguments.of("Tom Reyes attacked Adam Cole on Monday. " + quote, "Tom Reyes"),
                Arguments.of("On Monday the board met Rep. Adam Cole and Sen. Tom Reyes. " + quote, null),
                // one person the pronoun may stand for: as before, the nearest
                Arguments.of("Rep. Adam Cole met Jane Roe on Monday. " + quote, "Adam Cole"));
    }

    /**
     * First person is the writer, never a name or part of one: {@code said I} gives no speaker,
     * and "Turkey I had my doubts" names no "Turkey I"; a verb or adverb opening a sentence is not
     * part of the name after it.
     */
    static Stream<Arguments> notNames() {
        return Stream.of(
                Arguments.of("Of the habits of Turkey I had my doubts.\n\n\"Turkey,\" said I, \"what do you think"
                        + " of the copies we made?\"", null),
                Arguments.of("\"We checked every one of the copies,\" I said.", null),
                Arguments.of("\"We checked every one of the copies,\" said I. \"Now go.\"", null),
                Arguments.of("\"Go,\" said I--\"go now, and take the copies with you.\"", null),
                Arguments.of("\"We checked every one of the copies,\" the clerks whom I asked said.", null),
                // The writer's attribution claims its quotation: not the speaker of the paragraph before
                Arguments.of("\"Not today,\" said Bartleby.\n\n\"Then when?\" said I, \"and why not today?\"", null),
                Arguments.of("Was Bartleby at his desk? Not at all.\n\n\"I would prefer not to go,\" said"
                        + " Bartleby.", "Bartleby"),
                Arguments.of("Accordingly Turkey read the copies aloud.\n\n\"That is all of them now,\" said"
                        + " Turkey.", "Turkey"));
    }

    /**
     * A paragraph opening with a quotation whose sentence goes on after the closing mark holds its
     * own attribution, even when it is not understood (another language, an unknown verb): the
     * previous paragraph's speaker would be a guess, so there is none (issue 18).
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "\u00ab Nous ne laisserons pas cette rivi\u00e8re mourir \u00bb, a d\u00e9clar\u00e9 le maire.",
            "\"The second statement follows from the first,\" as was pointed out at the time.",
            "\"The second statement follows from the first\" \u2014 a line the mayor repeated twice.",
            "\"The second statement follows from the first\"; the mayor would not say more."})
    void aQuotationWhoseSentenceGoesOnDoesNotTakeThePreviousSpeaker(String paragraph) {
        List<Quote> q = extract("\"The first statement,\" Jane Doe said.\n\n" + paragraph);
        assertEquals("Jane Doe", q.get(0).speaker());
        assertEquals(null, q.get(q.size() - 1).speaker(), paragraph);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"The second statement follows.\"", "\"The second statement follows.\" The talks went on.",
            "\u201cThe second statement follows.\u201d", "\"The second statement follows!\" ",
            "\"The second statement follows,\" he said, calling on the council to act.",
            "\"The second statement follows\" pic.twitter.com/x1qd40 March 22, 2020"})
    void aQuotationEndingItsSentenceCarriesThePreviousSpeakerOn(String paragraph) {
        List<Quote> q = extract("\"The first statement,\" Jane Doe said.\n\n" + paragraph);
        assertEquals(List.of("Jane Doe", "Jane Doe"), q.stream().map(Quote::speaker).toList(), paragraph);
    }

    /**
     * Someone's spokesman or manager named in apposition, and a person with where they are from
     * between name and verb: the person named, never the one whose spokesman they are, nor the place.
     */
    static Stream<Arguments> namedInApposition() {
        return Stream.of(
                Arguments.of("\"The senator has been clear about this for years,\" said Jane Roe's spokesman,"
                        + " Al Doyle.", "Al Doyle"),
                Arguments.of("\"The senator has been clear about this for years,\" said Jane Roe's spokesman.",
                        "Jane Roe's spokesman"),
                Arguments.of("\"The path runs through the delegates we are winning,\" Jane Roe's campaign"
                        + " manager, Tom Lau, wrote in a memo.", "Tom Lau"),
                Arguments.of("\"The path runs through the delegates we are winning,\" the manager, Tom Lau,"
                        + " said.", "Tom Lau"),
                Arguments.of("Jane Roe's campaign manager, Tom Lau, said: \"The path runs through the delegates.\"",
                        "Tom Lau"),
                // A new sentence after a full stop is no description of the name after it
                Arguments.of("Tom Lau spoke first. \"We will win the state.\" Back home, Jane Roe said the mood"
                        + " was grim.", null),
                Arguments.of("\"Our democracy is at stake,\" Democratic candidate Sen. Jane Roe of California"
                        + " said Thursday.", "Jane Roe"),
                Arguments.of("\"We are not going anywhere,\" Rep. Tom Lau from Ohio told reporters.", "Tom Lau"),
                // An office or an institution "of" a place is no person from it
                // A spokesperson for someone is the role as printed, never the one spoken for
                Arguments.of("\"That is simply not true,\" a spokesperson for Sen. Jane Roe said.",
                        "a spokesperson for Sen. Jane Roe"),
                Arguments.of("\"That is simply not true,\" a spokesman for House Speaker Jane Roe said.",
                        "a spokesman for House Speaker Jane Roe"),
                Arguments.of("\"That is simply not true,\" an aide to Senate Majority Leader Tom Kerr said.",
                        "an aide to Senate Majority Leader Tom Kerr"),
                // what a person owns, before the verb: as printed
                Arguments.of("\"The investigation is ongoing,\" Kerr's office said in a statement.", "Kerr's office"),
                Arguments.of("\"The investigation is ongoing,\" Tom Kerr’s campaign said.", "Tom Kerr’s campaign"),
                // a surname straight after the closing mark, with a clause on a person
                Arguments.of("\"It's a witch hunt,\" Kerr, who has denied wrongdoing, tweeted Friday.", "Kerr"),
                // a possessive pronoun's role, then the name
                Arguments.of("\"It's a fantasy,\" said her rival, former Mayor Tom Kerr.", "Tom Kerr"),
                Arguments.of("\"It's a fantasy,\" said his spokesman.", "his spokesman"),
                // A surname alone, described, in the attribution's place after the closing mark
                Arguments.of("\"We have a plan to win back the Senate,\" Lau, the minority leader, said.", "Lau"),
                Arguments.of("\"We have a plan to win back the Senate,\" Lau, a Democrat, said.", "Lau"),
                Arguments.of("Tom Kerr spoke. \"We have a plan to win back the Senate,\" Still, the senator,"
                        + " speaking Monday, said.", null),
                // An appositive never runs across a sentence's end
                Arguments.of("Jane Roe, the mayor, praised the workers. Tom Kerr, the governor, announced that"
                        + " the plant would close, saying \"we have no other choice left to us now.\"", "Tom Kerr"),
                Arguments.of("\"We have no other choice left,\" Tom Kerr, an aide to Gov. Jane Roe, said.", "Tom Kerr"),
                Arguments.of("\"The markets are calm today,\" Bank of America said.", null),
                Arguments.of("\"The markets are calm today,\" the Secretary of State said.", "Secretary of State"),
                Arguments.of("\"The markets are calm today,\" Secretary of State Jane Roe said.", "Jane Roe"));
    }

    /**
     * A participle or relative clause of speech with no attribution of its own in the sentence: the
     * sentence's subject, a person opening it or an institution named with "The"; an attribution in
     * the same sentence before the quotation wins, one in an earlier sentence does not.
     */
    static Stream<Arguments> speechClauses() {
        return Stream.of(
                Arguments.of("The Health Ministry dismissed the report, calling it \"a fiction from start to finish.\"",
                        "Health Ministry"),
                Arguments.of("Jane Roe said the talks failed. The Health Ministry dismissed the report, calling it"
                        + " \"a fiction from start to finish.\"", "Health Ministry"),
                Arguments.of("Tom Kerr, who has called the plan \"a disaster for every family here,\" said on"
                        + " Sunday that he would vote no.", "Tom Kerr"),
                Arguments.of("Tom Kerr chimed in, noting that the offer was \"a lovely gesture to all of us.\"",
                        "Tom Kerr"),
                Arguments.of("Jane Roe praised the workers. Tom Kerr announced that the plant would close, saying"
                        + " \"we have no other choice left to us now.\"", "Tom Kerr"),
                Arguments.of("\"The tariffs will hurt farmers more than anyone,\" the letter, signed by 100"
                        + " economists, said.", "the letter"),
                // A clause of no one named: no speaker
                Arguments.of("In the end the report was dismissed, with critics calling it \"a fiction from start to"
                        + " finish.\"", null));
    }

    static Stream<Arguments> notSpeech() {
        return Stream.of(
                Arguments.of("The post read: \"We won tonight! pic.twitter.com/aB3dE9fG\" and more.", List.of()),
                Arguments.of("See \"twitter.com/janeroe/status/123456789012345678\" for it.", List.of()),
                Arguments.of("The tweet: \"671234567890123456\" was deleted, Jane Doe said.", List.of()),
                Arguments.of("\"@janeroe @bobsmith\" Jane Doe said.", List.of()),
                Arguments.of("He sang the song \"Bridge Over Troubled Water\" at the close.", List.of()),
                Arguments.of("She wrote a book titled \"The Long Road Home\" and a film called \"Night Train\".",
                        List.of()),
                Arguments.of("His memoir, \"Why We Can't Wait,\" sold well.", List.of()),
                // A show or a paper someone spoke on or wrote in
                Arguments.of("\"The president has every right to fire anyone,\" Jane Roe said on \"Fox & Friends.\"",
                        List.of("The president has every right to fire anyone")),
                Arguments.of("Jane Doe wrote in \"The Daily Ledger\" last week.", List.of()),
                // a work named by its owner: a network's show, a site's button
                Arguments.of("Jane Roe said on CBS's \"Face the Nation\" that the plan was \"a total sham.\"",
                        List.of("a total sham.")),
                Arguments.of("Displaying Facebook’s \"Share\" button sends a request.", List.of()),
                // Not titles: a phrase in sentence case after "called", an e-mail address
                Arguments.of("Jane Doe called the plan \"a disgrace to the city\".", List.of("a disgrace to the city")),
                Arguments.of("\"Write to jane@example.org with your concerns,\" Jane Doe said.",
                        List.of("Write to jane@example.org with your concerns")));
    }

    @ParameterizedTest
    @MethodSource("notSpeech")
    void quotedTextThatIsNoOnesWordsIsNoQuotation(String markdown, List<String> expected) {
        assertEquals(expected, extract(markdown).stream().map(Quote::text).toList());
    }

    static Stream<Arguments> scareQuotes() {
        return Stream.of(
                Arguments.of("Jane Doe said the talks failed. Her \"reforms\" and \"new deal\" stalled.", null),
                Arguments.of("A promise to \"neutralize\" militants, Jane Doe said.", null),
                Arguments.of("Jane Doe said the plan was reckless.\n\n\"Reckless\" is the word.", null),
                Arguments.of("\"Absolutely not,\" Jane Doe said.", "Jane Doe"),
                Arguments.of("Asked again, Jane Doe said: \"Never.\"", "Jane Doe"),
                Arguments.of("Jane Doe said the plan was \"utterly reckless\".", "Jane Doe"));
    }

    @ParameterizedTest
    @MethodSource("scareQuotes")
    void oneOrTwoWordsHaveASpeakerOnlyAsAWholeReply(String markdown, String speaker) {
        for (Quote q : extract(markdown)) {
            assertEquals(speaker, q.speaker(), markdown);
        }
    }

    static Stream<Arguments> describedAndDashedSpeakers() {
        return Stream.of(
                Arguments.of("\"We are in a very tight race now,\" Democratic strategist Lee Park, who advised the"
                        + " campaign, told the Herald.", "Lee Park"),
                Arguments.of("\"Stand up and be counted tonight,\" thundered the mayor's deputy, councilwoman Rosa"
                        + " Vance.", "Rosa Vance"),
                Arguments.of("\"We will not give up on this city.\" ― Ana Ruiz", "Ana Ruiz"),
                Arguments.of("\"We will not give up on this city.\" — Ana Ruiz, mayor", "Ana Ruiz"),
                Arguments.of("\"We will not give up on this city\" – Ana Ruiz.", "Ana Ruiz"),
                Arguments.of("\"We will not give up on this city\" — a promise the city never kept.", null));
    }

    @ParameterizedTest
    @MethodSource("describedAndDashedSpeakers")
    void findsASpeakerAfterADescriptionAnUnusualVerbOrADash(String markdown, String speaker) {
        List<Quote> q = extract(markdown);
        assertEquals(1, q.size(), markdown);
        assertEquals(speaker, q.get(0).speaker(), markdown);
    }

    static Stream<Arguments> pronouns() {
        return Stream.of(
                // the nearest person named before whom the text does not make a man
                Arguments.of("Mr. Tom Baker met Linda Cole on Friday. Baker left early.\n\n"
                        + "\"We need more time to finish this,\" she said.", "Linda Cole"),
                Arguments.of("Senator Ruth Ames met Congressman Eli Ward.\n\n\"We need more time for this,\" he said.",
                        "Eli Ward"),
                // a first name after an institution's words and a title gives the gender too
                Arguments.of("Tom Baker spoke first. House Speaker Linda Cole spoke next.\n\n\"We need more time"
                        + " for this,\" he said.", "Tom Baker"),
                // no one it can be, or two it could be: no speaker rather than a guess
                Arguments.of("Mr. Tom Baker spoke first on Friday.\n\n\"We need more time to finish this,\" she said.",
                        null),
                Arguments.of("Jordan Lee met Casey Kim on Friday.\n\n\"We need more time to finish this,\" she said.",
                        null),
                // a surname that is also a first name gives no gender; a party's member is no name
                Arguments.of("Rep. Ilhan Omar, a Minnesota Democrat, spoke on Monday.\n\nJones criticized Omar.\n\n"
                        + "\"We are not going anywhere,\" she wrote.", "Ilhan Omar"),
                // the sentence's subject, whose gender is the pronoun's, over someone named after
                // them whose gender the text does not give
                Arguments.of("Linda Cole campaigned with Sen. Jordan Lee on Friday.\n\n\"We need more time to"
                        + " finish this,\" she said.", "Linda Cole"),
                Arguments.of("Jordan Lee campaigned with Casey Kim on Friday.\n\n\"We need more time to"
                        + " finish this,\" she said.", null),
                // the subject after a short opening phrase is the subject still
                Arguments.of("Linda Cole spoke in Ohio.\n\nLater, Cole lashed out at Rep. Jordan Lee. \"We need more"
                        + " time to finish this,\" she wrote.", "Linda Cole"),
                Arguments.of("In response to Casey Kim, Jordan Lee spoke. Linda Cole met them.\n\n\"We need"
                        + " more time to finish this,\" he said.", null),
                Arguments.of("The talks in Syria. He said the fighting \"would not end this year at all\".", null),
                // a person introduced by a preposition, quoted by pronoun in a split quotation
                Arguments.of("For Ines Duarte of Save the Tagus, the problem is money. \"The river is dying in front"
                        + " of us,\" she told The Courier. \"It must stop.\"", "Ines Duarte"));
    }

    @ParameterizedTest
    @MethodSource("pronouns")
    void aPronounStandsForTheNearestCompatiblePersonOrNoOne(String markdown, String speaker) {
        List<Quote> q = extract(markdown);
        assertEquals(1, q.size(), markdown);
        assertEquals(speaker, q.get(0).speaker(), markdown);
    }

    @Test
    void aSpeakerIsANameOrARoleNeverAPieceOfASentence() {
        assertEquals("He", Names.clean("Syria. He"));
        assertEquals(null, Names.clean("interview for this article. When"));
        assertEquals(null, Names.clean("United States and"));
        assertEquals("Priya Nair", Names.clean("For Priya Nair"));
        assertEquals("Ruth Ames", Names.clean("Sen. Ruth Ames"));
        List<Quote> q = extract("She gave an interview for this article. When asked, the group said \"nothing will"
                + " change here soon\".");
        assertEquals("the group", q.get(0).speaker());
    }

    /** Issue 18, each shape of "What was seen" as a new user would write it. */
    static Stream<Arguments> issueShapes() {
        return Stream.of(
                // a title and a description before the name
                Arguments.of("\"We are seeing a real shift among suburban women,\" Republican pollster Jane Roe, part of"
                        + " the team conducting the survey, told NBC.", "Jane Roe"),
                // an institution's title before a person's name, a place after it
                Arguments.of("\"We have spent too many nights like this one,\" Senate Majority Leader Carla Mendes said.",
                        "Carla Mendes"),
                Arguments.of("\"This is a national scandal, not a local squabble,\" Local MP Helen Morgan said.",
                        "Helen Morgan"),
                Arguments.of("Sen. Dale Whitaker of Ohio, who voted against the bill, said it \"kicks the can down the"
                        + " road again\".", "Dale Whitaker"),
                // the verb of an attribution that blames
                Arguments.of("His deputy, Sen. Paul Okoro, blamed the delay on \"a handful of members who want a fight.\"",
                        "Paul Okoro"),
                // an agency's words, then a sentence about the ministry: the agency said them
                Arguments.of("The Maritime Safety Agency warned that ships were queuing. \"Vessels waiting at anchor pose a"
                        + " real risk to crews.\" The Ministry of Transport said on Monday it would appoint a mediator.",
                        "Maritime Safety Agency"),
                // ... but a short attribution after a closed sentence is the quotation's own
                Arguments.of("The talks resumed. \"Vessels waiting at anchor pose a real risk to crews.\" Elif Demir said"
                        + " on Monday.", "Elif Demir"),
                // "For Priya Nair of ...": the person introduced, not a place named before her
                Arguments.of("Campaigners say the River Wye turned green.\n\nFor Priya Nair of Friends of the Wye, the"
                        + " problem is money. \"The river is dying in front of our eyes,\" she told The Ledger. \"It must"
                        + " stop.\"", "Priya Nair"),
                // a pronoun stands for the senator just introduced, not one quoted paragraphs before
                Arguments.of("\"We keep passing patches instead,\" Sen. Dale Whitaker said.\n\nSen. Rosa Linares of"
                        + " Arizona voted yes. \"I don't like this bill,\" she said.", "Rosa Linares"),
                // a place named as a sentence's subject is no one a pronoun can stand for
                Arguments.of("Volunteers sampling the River Wye say pollution is rising.\n\nGareth Pryce, a poultry"
                        + " farmer, disputed the findings. \"We follow every rule they give us,\" he said.",
                        "Gareth Pryce"));
    }

    @Test
    void aNestedQuotationClosingWithItsPartStillJoinsTheNext() {
        List<Quote> q = extract("\"He told me, 'I had to look them in the eye,'\" Whitaker said. \"That's what these"
                + " games cost.\"");
        assertEquals(1, q.size(), q.toString());
        assertEquals("He told me, 'I had to look them in the eye.' That's what these games cost.", q.get(0).text());
    }

    @Test
    void anInstitutionAndItsSpokespersonAreOneSpeaker() {
        assertEquals(true, Names.compatible("An Environment Agency spokesman", "Environment Agency"));
        assertEquals(true, Names.compatible("a spokeswoman for the ministry", "the ministry"));
        assertEquals(false, Names.compatible("a spokeswoman for the ministry", "Maritime Safety Agency"));
        assertEquals(false, Names.compatible("An Environment Agency spokesman", "Maritime Safety Agency"));
    }
}
