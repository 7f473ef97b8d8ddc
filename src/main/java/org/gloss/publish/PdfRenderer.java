package org.gloss.publish;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.gloss.core.BuildException;
import org.gloss.core.Problem;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * HTML → PDF with openhtmltopdf. The Liberation fonts (from the {@code openpdf-fonts-extra} jar,
 * covering accented Latin, Greek and Cyrillic) are embedded, so nothing is fetched at run time and
 * the PDF reads the same everywhere. Paper size comes from {@link Paper}; the CSS sets none.
 */
public final class PdfRenderer {

    /** Paper the PDF is laid out on, in millimetres. */
    public enum Paper {
        A4(210f, 297f), LETTER(215.9f, 279.4f);

        final float width;
        final float height;

        Paper(float width, float height) {
            this.width = width;
            this.height = height;
        }
    }

    private record Face(String family, String file, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face("Liberation Serif", "LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("Liberation Serif", "LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("Liberation Serif", "LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
            new Face("Liberation Serif", "LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC),
            new Face("Liberation Sans", "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("Liberation Sans", "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("Liberation Sans", "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
            new Face("Liberation Sans", "LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC),
            new Face("Liberation Mono", "LiberationMono-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("Liberation Mono", "LiberationMono-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("Liberation Mono", "LiberationMono-Italic.ttf", 400, FontStyle.ITALIC),
            new Face("Liberation Mono", "LiberationMono-BoldItalic.ttf", 700, FontStyle.ITALIC));

    private PdfRenderer() {
    }

    /** Renders {@code html} (a whole document with its CSS inline) to PDF bytes. */
    static byte[] render(String html, Paper paper) {
        // openhtmltopdf reports every font load and unknown CSS property on stderr; the packet's CSS
        // carries browser-only properties on purpose, so its chatter would only be noise for users.
        XRLog.setLoggingEnabled(false);
        Document doc = Jsoup.parse(html);
        // No base URI that points anywhere: the packet has nothing to load.
        org.w3c.dom.Document w3c = new W3CDom().fromJsoup(doc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                // A tagged, accessible PDF (PDF/UA). It also means the renderer loads none of PDF's
                // built-in fonts, whose Symbol face PDFBox could only fake with a system font (and
                // said so on every run): every glyph comes from the embedded Liberation faces.
                .usePdfUaAccessibility(true)
                .withW3cDocument(w3c, "about:blank")
                .useDefaultPageSize(paper.width, paper.height, PageSizeUnits.MM);
        for (Face f : FACES) {
            builder.useFont(() -> font(f.file()), f.family(), f.weight(), f.style(), true);
        }
        try {
            builder.toStream(out).run();
        } catch (IOException | RuntimeException e) {
            throw new BuildException(Problem.error("packet.pdf", "cannot render the PDF: " + e.getMessage()), e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream("liberation/" + file);
        if (in == null) {
            throw new BuildException(Problem.error("classpath", "missing font liberation/" + file));
        }
        return in;
    }
}
