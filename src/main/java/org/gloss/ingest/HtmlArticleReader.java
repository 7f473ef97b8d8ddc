package org.gloss.ingest;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved web page: metadata from structured data, meta tags and the visible byline; the
 * story by content scoring, cleaned of furniture and converted to Markdown with its characters
 * exactly as printed.
 */
final class HtmlArticleReader implements ArticleReader {

    /** Deepest element nesting read; real pages nest a few dozen levels. */
    static final int MAX_DEPTH = 256;

    private final FurnitureRules furniture;
    private final FlexmarkHtmlConverter converter;

    HtmlArticleReader() {
        this(FurnitureRules.builtIn());
    }

    HtmlArticleReader(FurnitureRules furniture) {
        this.furniture = furniture;
        MutableDataSet options = new MutableDataSet()
                // Curly quotes, dashes and ellipses stay the characters the outlet printed.
                .set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
                .set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)
                .set(FlexmarkHtmlConverter.NBSP_TEXT, " ")
                .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
                .set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false)
                .set(FlexmarkHtmlConverter.RENDER_COMMENTS, false)
                // A page's id and class attributes are its own plumbing, not the story's: no {#id} markers.
                .set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false)
                .set(FlexmarkHtmlConverter.SKIP_ATTRIBUTES, true);
        this.converter = FlexmarkHtmlConverter.builder(options).build();
    }

    @Override
    public ConvertedArticle read(String text, String fileName) throws ArticleFormatException {
        Document doc = Jsoup.parse(text);
        checkDepth(doc);
        MetadataDraft meta = new MetadataDraft();
        HtmlMetadataReader.read(doc, meta).ifPresent(Element::remove); // "Posted by X on DATE" is not story text
        if (meta.url() != null) {
            doc.setBaseUri(meta.url());
        }
        PageCleaner.clean(doc);
        Element story = new ReadabilityExtractor(furniture).extract(doc);
        firstFigure(story, doc).ifPresent(meta::image);
        new HtmlStoryCleaner(furniture, meta.title(), meta.description()).clean(story);
        BlockFlattener.flatten(story);
        if (meta.outlet() == null && meta.url() != null) {
            OutletNames.fromUrl(meta.url(), doc.text()).ifPresent(meta::outlet);
        }
        String body = TextLines.normalizeBlankLines(separateQuotes(converter.convert(story.outerHtml())));
        if (body.isBlank()) {
            throw new ArticleFormatException("no story text found in the page");
        }
        return new ConvertedArticle(meta.build(), body);
    }

    /**
     * A blank line before every block quote: the converter writes a quote straight under the
     * paragraph before it, which Markdown reads the same but an editor does not.
     */
    static String separateQuotes(String md) {
        return md.replaceAll("(?m)^(?![>\\s])(.+)\n(?=> )", "$1\n\n");
    }

    /**
     * Refuses a page nested deeper than any real page is: the story search looks at every
     * element's text, so its work grows with the square of the depth (160,000 nested {@code div}s
     * took minutes).
     */
    private static void checkDepth(Document doc) throws ArticleFormatException {
        int[] deepest = {0};
        doc.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth));
        if (deepest[0] > MAX_DEPTH) {
            throw new ArticleFormatException("HTML nested more than " + MAX_DEPTH
                    + " elements deep (the limit); not a page Gloss can read");
        }
    }

    /** The story's first picture: its caption and credit go to the front matter. */
    private static java.util.Optional<ImageCaption> firstFigure(Element story, Document doc) {
        Element fig = story.selectFirst("figure:has(figcaption)");
        if (fig == null) {
            fig = doc.selectFirst("figure:has(figcaption)");
        }
        if (fig == null) {
            return java.util.Optional.empty();
        }
        Element cap = fig.selectFirst("figcaption");
        Element credit = cap.selectFirst(".credit, .copyright, [class*=credit], small, cite");
        String creditText = null;
        if (credit != null) {
            creditText = TextLines.normalizeSpace(credit.text()).replaceAll("^(?i)(photo|image|credit)s?\\s*:\\s*", "");
            credit.remove();
        }
        String captionText = TextLines.normalizeSpace(cap.text());
        if (creditText == null) {
            java.util.Optional<ImageCaption> parsed = ImageCaption.parse(captionText);
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return java.util.Optional.of(new ImageCaption(captionText.isEmpty() ? null : captionText, creditText));
    }
}
