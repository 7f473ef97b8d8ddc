package org.gloss.bench;

import java.util.List;

/** One synthetic article: its file name, outlet, full Markdown (front matter included) and how it printed each shared quotation. */
public record GeneratedArticle(String fileName, String outlet, String markdown, List<QuoteVariant> variants) {

    public GeneratedArticle {
        variants = List.copyOf(variants);
    }

    /** Words in the body, roughly as a reader counts them. */
    public int wordCount() {
        String body = markdown.substring(markdown.indexOf("\n---\n") + 5);
        return body.split("\\s+").length;
    }
}
