package org.gloss.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gloss.core.Cancellation;

/**
 * Reads text copied from a web page. The page's head (everything above the first run of story
 * paragraphs) gives the metadata: headline, dek, byline, date, outlet, photo caption. The rest is
 * the story, from which furniture (by pattern, shape and position) is dropped, subheadings are
 * marked and paragraphs broken mid-sentence are joined. The story's words are kept as printed.
 */
final class PlainTextArticleReader implements ArticleReader {

    private static final Pattern SOURCE = Pattern.compile(
            "(?i)^(?:source|sources|via|originally published (?:by|in|on|at)|first published (?:by|in|on|at)"
            + "|republished from|courtesy(?: of)?)\\s*:?\\s+(.+)$");
    private static final Pattern URL_LABEL = Pattern.compile(
            "(?i)^(?:original(?:ly)?[ -]?(?:url|link|article|source|story|published at)|source url|url|link|permalink"
            + "|read (?:the )?(?:original|full) (?:article|story)(?: at| here)?)\\s*:?\\s*(.*)$");
    private static final Pattern URL = Pattern.compile("^<?(https?://[^\\s<>]+?)>?$");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*$");
    /** "Series Name: headline of another story" – a promo for another piece, not a subheading. */
    private static final Pattern LABELLED_PROMO = Pattern.compile("^\\p{Lu}[\\p{L}\\d&'’ -]{1,30}:\\s+\\p{Lu}.*");
    private static final Pattern BREADCRUMB = Pattern.compile(
            "^\\p{Lu}[\\p{L}&' -]{0,30}(\\s*[|›>»/]\\s*\\p{Lu}[\\p{L}&' -]{0,30})+$");
    private static final int HEAD_WINDOW = 16;
    private static final int MAX_SUBHEADING_WORDS = 10;
    private static final int MIN_PROMO_WORDS = 7;

    private final FurnitureRules furniture;

    PlainTextArticleReader() {
        this(FurnitureRules.builtIn());
    }

    PlainTextArticleReader(FurnitureRules furniture) {
        this.furniture = furniture;
    }

    @Override
    public ConvertedArticle read(String text, String fileName) throws ArticleFormatException {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String s = TextLines.normalizeSpace(line);
            if (!s.isEmpty()) {
                lines.add(s);
            }
        }
        if (lines.isEmpty()) {
            throw new ArticleFormatException("no article text");
        }
        MetadataDraft meta = new MetadataDraft();
        int bodyStart = readHead(lines, meta);
        List<String> body = new ArrayList<>(lines.subList(bodyStart, lines.size()));
        List<String> paragraphs = readBody(body, meta);
        if (meta.outlet() == null && meta.url() != null) {
            OutletNames.fromUrl(meta.url(), text).ifPresent(meta::outlet);
        }
        if (paragraphs.isEmpty()) {
            throw new ArticleFormatException("no story text: every line looks like page furniture");
        }
        return new ConvertedArticle(meta.build(), String.join("\n\n", paragraphs) + "\n");
    }

    // ---- head -----------------------------------------------------------------------------

    /** Reads the metadata from the head; returns the index of the first story line. */
    private int readHead(List<String> lines, MetadataDraft meta) {
        int storyStart = firstStoryRun(lines);
        int headEnd = -1;
        for (int i = 0; i < storyStart; i++) {
            if (isHeadMarker(lines, i)) {
                headEnd = i;
            }
        }
        String title = findTitle(lines.subList(0, headEnd + 1));
        if (title == null) {
            // The headline may stand below the last head marker ("Print this page" above it).
            for (int i = headEnd + 1; i < storyStart; i++) {
                if (isHeadlineLike(InlineMarkdown.plain(lines.get(i))) && !isBreadcrumb(lines.get(i))) {
                    headEnd = i;
                    title = findTitle(lines.subList(0, headEnd + 1));
                    break;
                }
            }
        }
        List<String> head = lines.subList(0, headEnd + 1);
        meta.title(title);
        boolean titleSeen = false;
        boolean dekSeen = false;
        List<String> leftovers = new ArrayList<>();
        for (int i = 0; i < head.size(); i++) {
            String line = head.get(i);
            String plain = InlineMarkdown.plain(line);
            if (title != null && TextLines.key(line).equals(TextLines.key(title))) {
                titleSeen = true;
                continue;
            }
            if (readMetadataLine(head, i, meta) || furniture.isFurniture(plain)) {
                continue;
            }
            if (!titleSeen) {
                continue; // a section label or kicker above the headline
            }
            if (!dekSeen && TextLines.words(plain) >= 6 && !TextLines.isStory(plain) || !dekSeen && isDek(plain)) {
                meta.description(plain);
                dekSeen = true;
            } else if (TextLines.isNameLike(plain, 5) && meta.outlet() == null && isNextToTitle(head, i, title)) {
                meta.outlet(plain); // an outlet or edition line printed with the headline
            } else if (TextLines.words(plain) >= 8 && TextLines.isStory(plain)) {
                leftovers.add(line); // a sentence, never dropped: it goes back to the story
            }
        }
        if (title == null && headEnd < 0 && !lines.isEmpty() && isHeadlineLike(lines.get(0))) {
            meta.title(InlineMarkdown.plain(lines.get(0)));
            headEnd = 0;
        }
        if (title != null && !furniture.isFurniture(InlineMarkdown.plain(lines.get(0)))) {
            OutletNames.fromMasthead(lines, title).ifPresent(meta::outlet);
        }
        if (!leftovers.isEmpty()) {
            lines.subList(0, headEnd + 1).clear();
            lines.addAll(0, leftovers);
            return 0;
        }
        return headEnd + 1;
    }

    private static boolean isDek(String plain) {
        return TextLines.words(plain) >= 6 && TextLines.words(plain) <= 60;
    }

    /** The first of two story paragraphs in a row (or the first story paragraph, in a short piece). */
    private int firstStoryRun(List<String> lines) {
        int firstStory = -1;
        for (int i = 0; i < lines.size(); i++) {
            Cancellation.check();
            if (isStoryLine(lines.get(i))) {
                if (firstStory < 0) {
                    firstStory = i;
                }
                if (i + 1 < lines.size() && isStoryLine(lines.get(i + 1))) {
                    return Math.min(i, HEAD_WINDOW);
                }
            }
        }
        return firstStory < 0 ? Math.min(1, lines.size()) : Math.min(firstStory, HEAD_WINDOW);
    }

    private boolean isStoryLine(String line) {
        String plain = InlineMarkdown.plain(line);
        return TextLines.isStory(plain) && ImageCaption.parse(plain).isEmpty() && !furniture.isFurniture(plain);
    }

    /** Lines that only a page's head prints: dates, bylines, captions, sources, furniture, a repeated headline. */
    private boolean isHeadMarker(List<String> lines, int i) {
        String line = lines.get(i);
        String plain = InlineMarkdown.plain(line);
        return DateParser.dateLine(plain).isPresent() || BylineParser.author(line).isPresent()
                || ImageCaption.parse(line).isPresent() || furniture.isFurniture(plain)
                || SOURCE.matcher(plain).matches() || URL_LABEL.matcher(plain).matches() || URL.matcher(plain).matches()
                || isRepeated(lines, i);
    }

    private static boolean isRepeated(List<String> lines, int i) {
        String k = TextLines.key(lines.get(i));
        for (int j = 0; j < i; j++) {
            if (!k.isEmpty() && TextLines.key(lines.get(j)).equals(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The headline: a line the head prints twice (pages often repeat it), else the first
     * headline-shaped line; a short line right above a longer one is a section label, not the headline.
     */
    private String findTitle(List<String> head) {
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < head.size(); i++) {
            String plain = InlineMarkdown.plain(head.get(i));
            if (isRepeated(head, i) && isHeadlineLike(plain) && !furniture.isFurniture(plain)) {
                return plain;
            }
        }
        for (int i = 0; i < head.size(); i++) {
            String line = head.get(i);
            String plain = InlineMarkdown.plain(line);
            if (isHeadlineLike(plain) && !isMetadataShaped(line) && !furniture.isFurniture(plain) && !isBreadcrumb(plain)) {
                candidates.add(plain);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        if (candidates.size() > 1 && TextLines.words(candidates.get(0)) <= 3
                && TextLines.words(candidates.get(1)) > TextLines.words(candidates.get(0))
                && head.indexOf(candidates.get(1)) == head.indexOf(candidates.get(0)) + 1) {
            return candidates.get(1);
        }
        return candidates.get(0);
    }

    /** "World | Middle East", "News › Europe": a section path printed above the headline. */
    private static boolean isBreadcrumb(String line) {
        return BREADCRUMB.matcher(InlineMarkdown.plain(line).strip()).matches();
    }

    private boolean isMetadataShaped(String line) {
        String plain = InlineMarkdown.plain(line);
        return DateParser.dateLine(plain).isPresent() || BylineParser.author(line).isPresent()
                || ImageCaption.parse(line).isPresent() || SOURCE.matcher(plain).matches()
                || URL_LABEL.matcher(plain).matches() || URL.matcher(plain).matches();
    }

    private static boolean isHeadlineLike(String plain) {
        int w = TextLines.words(plain);
        return w >= 2 && w <= 30 && plain.length() <= 250 && !plain.strip().endsWith(".")
                && (TextLines.startsUpper(plain) || plain.matches("^[\"“‘'].*"));
    }

    private static boolean isNextToTitle(List<String> head, int i, String title) {
        String k = TextLines.key(title == null ? "" : title);
        return i > 0 && TextLines.key(head.get(i - 1)).equals(k)
                || i + 1 < head.size() && TextLines.key(head.get(i + 1)).equals(k);
    }

    // ---- metadata lines anywhere ------------------------------------------------------------

    /** Takes what a metadata line says into {@code meta}; true when the line was one. */
    private boolean readMetadataLine(List<String> lines, int i, MetadataDraft meta) {
        String line = lines.get(i);
        String plain = InlineMarkdown.plain(line);
        Optional<java.time.LocalDate> date = DateParser.dateLine(plain);
        if (date.isPresent()) {
            meta.date(date.get());
            return true;
        }
        Optional<String> author = BylineParser.author(line);
        if (author.isPresent()) {
            meta.author(author.get());
            BylineParser.date(line).ifPresent(meta::date);
            return true;
        }
        Matcher url = URL_LABEL.matcher(plain);
        if (url.matches()) {
            String rest = url.group(1).strip();
            Matcher u = URL.matcher(rest.isEmpty() && i + 1 < lines.size() ? lines.get(i + 1) : rest);
            if (u.matches()) {
                meta.url(u.group(1));
            }
            return true;
        }
        Matcher bare = URL.matcher(plain);
        if (bare.matches()) {
            meta.url(bare.group(1));
            return true;
        }
        Matcher source = SOURCE.matcher(plain);
        if (source.matches()) {
            String v = source.group(1).strip();
            Matcher u = URL.matcher(v);
            if (u.matches()) {
                meta.url(u.group(1));
            } else if (TextLines.words(v) <= 6) {
                meta.outlet(v);
            } else {
                return false;
            }
            return true;
        }
        Optional<ImageCaption> caption = ImageCaption.parse(line);
        if (caption.isPresent()) {
            meta.image(caption.get());
            return true;
        }
        return false;
    }

    // ---- body -------------------------------------------------------------------------------

    private List<String> readBody(List<String> lines, MetadataDraft meta) {
        int end = dropTail(lines, meta);
        List<Block> blocks = new ArrayList<>();
        String titleKey = meta.title() == null ? "" : TextLines.key(meta.title());
        for (int i = 0; i < end; i++) {
            String line = lines.get(i);
            String plain = InlineMarkdown.plain(line);
            boolean linksFollow = i + 1 < end && InlineMarkdown.isLinkOnly(lines.get(i + 1));
            if (furniture.isFurniture(plain) || InlineMarkdown.isLinkOnly(line)
                    || TextLines.key(line).equals(titleKey) || isPromo(plain) || linksFollow && isListHeader(plain)) {
                continue;
            }
            if (!TextLines.isStory(plain) && isMetadataShaped(line)) {
                readMetadataLine(lines, i, meta);
                if (URL_LABEL.matcher(plain).matches() && plain.endsWith(":") && i + 1 < end
                        && URL.matcher(lines.get(i + 1)).matches()) {
                    i++;
                }
                continue;
            }
            Matcher h = MARKDOWN_HEADING.matcher(line);
            if (h.matches()) {
                blocks.add(Block.heading(h.group(1)));
            } else if (isSubheading(lines, i, end)) {
                blocks.add(Block.heading(line));
            } else {
                blocks.add(Block.paragraph(line));
            }
        }
        return render(joinBroken(blocks));
    }

    /** Drops furniture after the last story paragraph (footer prompts, the outlet's name, the source URL). */
    private int dropTail(List<String> lines, MetadataDraft meta) {
        int end = lines.size();
        while (end > 0) {
            String line = lines.get(end - 1);
            String plain = InlineMarkdown.plain(line);
            boolean urlFollows = end < lines.size() && URL.matcher(lines.get(end)).matches();
            boolean linksFollow = end < lines.size() && InlineMarkdown.isLinkOnly(lines.get(end));
            int list = HeadlineList.startOfListEndingAt(lines, end);
            if (list < end) {
                end = list; // a "most read" list of numbered headlines
                continue;
            }
            OutletNames.fromCopyright(plain).ifPresent(meta::outlet);
            if (URL_LABEL.matcher(plain).matches() || URL.matcher(plain).matches()
                    || SOURCE.matcher(plain).matches() && !TextLines.isStory(plain)) {
                readMetadataLine(lines, end - 1, meta);
            } else if (!(furniture.isFurniture(plain) || InlineMarkdown.isLinkOnly(line)
                    || TextLines.isNameLike(plain, 5) && !TextLines.endsSentence(plain) || urlFollows
                    && plain.endsWith(":") || linksFollow && isListHeader(plain))) {
                break;
            }
            end--;
        }
        return end;
    }

    /** "You might also like", "More on this story": a short line heading a list of links. */
    private static boolean isListHeader(String plain) {
        return TextLines.words(plain) <= 8 && !TextLines.endsSentence(plain);
    }

    /** A headline-shaped line with a series label ("Syria Weekly: ..."): a promo for another story. */
    private static boolean isPromo(String plain) {
        return LABELLED_PROMO.matcher(plain).matches() && !TextLines.endsSentence(plain)
                && !plain.strip().endsWith(",") && TextLines.words(plain) >= MIN_PROMO_WORDS
                && !plain.matches(".*[\"“”].*");
    }

    /** A short line without sentence punctuation standing between two paragraphs of the story. */
    private boolean isSubheading(List<String> lines, int i, int end) {
        String plain = InlineMarkdown.plain(lines.get(i));
        if (i == 0 || i + 1 >= end || TextLines.words(plain) > MAX_SUBHEADING_WORDS || plain.length() > 90
                || !TextLines.startsUpper(plain) || TextLines.endsSentence(plain) || plain.matches(".*[,;:\"“”]$")
                || TextLines.isFunctionWord(TextLines.lastWord(plain))) {
            return false;
        }
        String next = InlineMarkdown.plain(lines.get(i + 1));
        return !TextLines.startsLower(next) && TextLines.words(next) >= TextLines.words(plain);
    }

    /**
     * Joins a paragraph that breaks off mid-sentence (no closing punctuation, ending on a name or a
     * small word) with the paragraph that continues it, as copy-paste often splits one.
     */
    private static List<Block> joinBroken(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            Block prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && !prev.heading() && !b.heading() && continues(prev.text(), b.text())) {
                out.set(out.size() - 1, Block.paragraph(prev.text() + " " + b.text()));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private static boolean continues(String prev, String next) {
        String p = InlineMarkdown.plain(prev);
        if (!TextLines.endsBare(p) && !p.endsWith(",") || TextLines.words(p) < 6) {
            return false;
        }
        if (TextLines.startsLower(next)) {
            return true;
        }
        String last = TextLines.lastWord(p);
        String tail = p.substring(Math.max(0, p.length() - 40));
        boolean quoteNearEnd = tail.matches(".*[\"“”].*");
        return !quoteNearEnd && !last.isEmpty()
                && (Character.isUpperCase(last.codePointAt(0)) || TextLines.isFunctionWord(last));
    }

    private static List<String> render(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            String md = InlineMarkdown.toMarkdown(b.text());
            out.add(b.heading() ? "## " + md : md);
        }
        return out;
    }

    /** A paragraph or a subheading of the story, as printed. */
    private record Block(String text, boolean heading) {
        static Block heading(String text) {
            return new Block(text, true);
        }

        static Block paragraph(String text) {
            return new Block(text, false);
        }
    }
}
