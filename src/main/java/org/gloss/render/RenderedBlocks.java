package org.gloss.render;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Makes the rendered Markdown's own block numbers the only ones, before sanitising. Raw HTML in
 * an article could write {@code <p data-block="0">} (which the sanitiser must allow, since Gloss
 * puts it there) and so duplicate a paragraph's number and its {@code id="p-1"}; Gloss's blocks
 * carry a proof attribute with a random value the content cannot know, and a number without it
 * is removed. And the text of a {@code <style>} or {@code <script>} inside a paragraph, which the
 * sanitiser would drop while analysis counted it, stays on the page as text, so that the marks
 * placed by character offset do not shift.
 */
final class RenderedBlocks {

    /** The attribute proving a block number is Gloss's own; removed before sanitising. */
    static final String PROOF_ATTR = "data-gloss-proof";

    private final String proof;

    RenderedBlocks() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        this.proof = HexFormat.of().formatHex(bytes);
    }

    /** The value Gloss's own blocks carry in {@link #PROOF_ATTR}. */
    String proof() {
        return proof;
    }

    /** Removes forged block numbers and every proof, and keeps in-paragraph script text as text. */
    void prepare(Document dirty) {
        for (Element el : dirty.body().getElementsByAttribute(MarkdownRenderer.BLOCK_ATTR)) {
            if (!proof.equals(el.attr(PROOF_ATTR))) {
                el.removeAttr(MarkdownRenderer.BLOCK_ATTR);
            }
        }
        for (Element el : dirty.body().getElementsByAttribute(PROOF_ATTR)) {
            el.removeAttr(PROOF_ATTR);
        }
        for (Element el : dirty.body().select("[" + MarkdownRenderer.BLOCK_ATTR + "] script, ["
                + MarkdownRenderer.BLOCK_ATTR + "] style")) {
            StringBuilder text = new StringBuilder();
            el.dataNodes().forEach((DataNode d) -> text.append(d.getWholeData()));
            el.replaceWith(new TextNode(text.toString()));
        }
    }
}
