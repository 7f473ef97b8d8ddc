package org.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlMetadataReaderTest {

    private static ArticleMetadata read(String html) {
        MetadataDraft draft = new MetadataDraft();
        HtmlMetadataReader.read(Jsoup.parse(html), draft);
        return draft.build();
    }

    @Test
    void readsJsonLdWrappedInCdata() {
        ArticleMetadata m = read("""
                <html><head><script type="application/ld+json"><![CDATA[
                {"@type":"NewsArticle","headline":"Ferry service resumes","datePublished":"2022-04-02T08:00:00Z",
                 "author":{"@type":"Person","name":"Ines Moreau"},"publisher":{"@type":"Organization","name":"Harbour Post"}}
                ]]></script></head><body><p>Text.</p></body></html>""");
        assertEquals("Ferry service resumes", m.title());
        assertEquals("Ines Moreau", m.author());
        assertEquals("Harbour Post", m.outlet());
        assertEquals(LocalDate.of(2022, 4, 2), m.date());
    }

    @Test
    void decodesEntitiesEscapedTwiceInJsonLd() {
        ArticleMetadata m = read("""
                <script type="application/ld+json">{"@type":"BlogPosting",
                "headline":"&amp;#8216;Quiet&amp;#8217; streets &amp;amp; busy shops"}</script>""");
        assertEquals("‘Quiet’ streets & busy shops", m.title());
    }

    @Test
    void theSiteNameTagComesBeforeTheApplicationName() {
        ArticleMetadata m = read("""
                <meta name="application-name" content="Reader App"><meta property="og:site_name" content="Coast Gazette">
                <meta property="og:title" content="Pier reopens">""");
        assertEquals("Coast Gazette", m.outlet());
    }

    @Test
    void theApplicationNameIsTheLastResort() {
        assertEquals("Coast Gazette", read("<meta name=\"application-name\" content=\"Coast Gazette\"><title>Pier</title>").outlet());
    }

    @Test
    void dublinCoreCreatorWinsOverAPlainAuthorTag() {
        ArticleMetadata m = read("""
                <meta property="dc:creator og:ignored" content="Hana Sato"><meta name="author" content="Web Team">
                <meta property="x:title dc:title" content="Harvest festival returns">""");
        assertEquals("Hana Sato", m.author());
        assertEquals("Harvest festival returns", m.title());
    }



    @Test
    void repeatedAuthorTagsNameEveryAuthor() {
        assertEquals("Kooman, F.; Jong, Michiel de",
                read("<meta name=\"DC.Creator\" content=\"Kooman, F.\"><meta name=\"DC.Creator\" content=\"Jong, Michiel de\">").author());
    }

    @Test
    void severalDeclaredAuthorsAreListedWithCommas() {
        assertEquals("Amira Haddad, Tom Reilly", read("""
                <meta name="author" content="Amira Haddad"><meta name="author" content="Tom Reilly">""").author());
    }

    @Test
    void aSiteUserHandleIsNotAnAuthor() {
        assertNull(read("<meta name=\"author\" content=\"siteadmin\">").author());
    }

    @Test
    void parselyTagsAreRead() {
        ArticleMetadata m = read("""
                <meta name="parsely-title" content="Budget passes"><meta name="parsely-author" content="Lena Berg">
                <meta name="parsely-pub-date" content="2023-11-07T10:00:00Z">""");
        assertEquals("Budget passes", m.title());
        assertEquals("Lena Berg", m.author());
        assertEquals(LocalDate.of(2023, 11, 7), m.date());
    }

    @Test
    void anUnsetDateFromTheContentSystemIsNoDate() {
        assertNull(read("<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\">").date());
    }

    @Test
    void theAddressCarriesADateWhenNothingElseDoes() {
        assertEquals(LocalDate.of(2021, 7, 30),
                read("<link rel=\"canonical\" href=\"https://example.org/2021/07/30/flood-defences/\">").date());
    }

    @Test
    void theTitleLosesOnlyWhatFollowsTheLastSeparator() {
        assertEquals("Council approves the new cycle lanes",
                read("<title>Council approves the new cycle lanes | Town Crier</title>").title());
        assertEquals("Chapter 2 - The crossing - Tide Tales",
                read("<title>Chapter 2 - The crossing - Tide Tales | Story Archive</title>").title());
    }

    @Test
    void aShortTitleKeepsItsSeparatorRatherThanLosingHalf() {
        assertEquals("Snow - Live", read("<title>Snow - Live</title>").title());
    }

    @Test
    void aTitleThatIsTheSiteNameGivesWayToThePostHeading() {
        ArticleMetadata m = read("""
                <title>Moor Diary</title><h1><a href="/">Moor Diary</a></h1>
                <h2 class="entry-title">Curlews nesting on the high pasture again</h2>""");
        assertEquals("Curlews nesting on the high pasture again", m.title());
        assertEquals("Moor Diary", m.outlet());
    }

    @Test
    void aMetaTitleLosesTheOutletSuffixWhenThePagePrintsTheHeadlineWithoutIt() {
        ArticleMetadata m = read("""
                <meta property="og:site_name" content="Valley Echo"><meta property="og:title" content="Bridge closes for repairs - Valley Echo">
                <h1>Bridge closes for repairs</h1>""");
        assertEquals("Bridge closes for repairs", m.title());
    }

    @Test
    void jsonLdNameGivesWayToAHeadlineThatResemblesTheTitle() {
        ArticleMetadata m = read("""
                <title>Trams return to the city centre - Metro Wire</title>
                <script type="application/ld+json">{"@type":"NewsArticle","name":"Metro Wire",
                "headline":"Trams return to the city centre"}</script>""");
        assertEquals("Trams return to the city centre", m.title());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<meta property='article:author' content='https://example.org/people/rui'><meta name='author' content='Rui Costa'>| Rui Costa",
        "<meta name='byl' content='By Omar Haddad'>| Omar Haddad",
        "<article><p><a rel='author' href='/c'>Carla Mendes</a> March 4</p><span class='author'>Carla Mendes March 4</span></article>| Carla Mendes",
        "<article><span class='byline'>Carla Mendes March 4</span></article>| Carla Mendes",
        "<article><div class='byline'>Tom Archer Science Editor</div></article>| Tom Archer",
        "<article><div itemprop='author'><img src='a.jpg'><span itemprop='name'>Ada Quist</span><time>5 hours ago</time></div></article>| Ada Quist",
        "<div class='byline-section'><span class='author'>Li Wen</span><span class='publication'>Associated Press</span></div>| Li Wen"
    })
    void readsTheAuthorsNameAlone(String html, String author) {
        assertEquals(author, read(html).author());
    }



    @Test
    void theStorysBylineBeatsASidebarsAndComments() {
        ArticleMetadata m = read("""
                <body><aside><span class="byline">Decoy Columnist</span></aside>
                <div class="comments"><cite class="author">A Reader</cite></div>
                <article><p class="byline">By Noor Aziz</p><p>Story.</p></article></body>""");
        assertEquals("Noor Aziz", m.author());
    }

    @Test
    void anUnmarkedPostedByLineIsReadWithItsDate() {
        ArticleMetadata m = read("<div><p>Posted by Dan Price on 15/03/2024</p><p>The story.</p></div>");
        assertEquals("Dan Price", m.author());
        assertEquals(LocalDate.of(2024, 3, 15), m.date());
    }
}
