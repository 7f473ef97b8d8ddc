package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Random;
import org.gloss.Features;
import org.gloss.Gloss;
import org.gloss.core.OutputFile;
import org.gloss.core.SiteLayout;
import org.gloss.ingest.Article;
import org.gloss.render.ByteChunks;
import org.gloss.render.JsonParts;
import org.gloss.render.JsonSection;
import org.gloss.render.PartCache;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code annotations.json} written part by part into a stream, as the build now writes it, must be
 * byte for byte the file assembled whole into one array, as it was: the plain assembly is kept
 * here as the reference.
 */
class AnnotationsJsonTest {

    static Gloss.Site site;
    static List<Article> articles;
    static List<JsonSection> sections;

    @BeforeAll
    static void assemble() {
        site = new Gloss(SiteFixture.CONTENT, SiteFixture.TEMPLATES).assemble();
        articles = site.ingested().articles();
        sections = Features.all().stream().map(f -> f.jsonSection(articles, site.annotations())).toList();
    }

    @Test
    void streamedIsTheWholeArrayAssembly() throws IOException {
        byte[] plain = plain(articles, sections);
        assertTrue(plain.length > 10_000, "the sample site's annotations are not trivial");
        for (PartCache parts : new PartCache[] {PartCache.disabled(), PartCache.keeping()}) {
            for (int seed = 0; seed < 3; seed++) {
                // Each chunk copied as it arrives, into a writer that takes it in random pieces.
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                AnnotationsJson.write(articles, sections, parts, pieces(out, new Random(seed)));
                assertArrayEquals(plain, out.toByteArray(), "keeps=" + parts.keeps());
            }
        }
        OutputFile built = site.files().stream().filter(f -> f.path().equals(SiteLayout.ANNOTATIONS)).findFirst()
                .orElseThrow();
        assertArrayEquals(plain, built.content(), "the build's file");
    }

    /** The plain version: every part into one list of chunks, joined once into an array of the file's size. */
    private static byte[] plain(List<Article> articles, List<JsonSection> sections) {
        ByteChunks out = new ByteChunks();
        out.add("{\n  \"articles\" : ");
        JsonParts.ArrayBytes array = new JsonParts.ArrayBytes(out, true);
        array.add(JsonParts.pretty(g -> {
            for (Article a : articles) {
                writeArticle(g, a);
            }
        }));
        array.close();
        for (JsonSection section : sections) {
            out.add(",\n  \"" + section.name() + "\" : ");
            JsonParts.ArrayBytes elements = new JsonParts.ArrayBytes(out, true);
            section.write(elements, PartCache.disabled());
            elements.close();
        }
        out.add("\n}\n");
        return out.toByteArray();
    }

    private static void writeArticle(JsonGenerator g, Article a) throws IOException {
        var md = a.metadata();
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("source", a.source());
        g.writeStringField("title", md.title());
        g.writeStringField("outlet", md.outlet());
        g.writeStringField("author", md.author());
        g.writeStringField("date", md.date() == null ? null : md.date().toString());
        g.writeStringField("url", md.url());
        g.writeStringField("description", md.description());
        g.writeStringField("markdown", SiteLayout.markdownCopy(a.id()));
        g.writeStringField("page", SiteLayout.articlePage(a.id()));
        g.writeEndObject();
    }

    /** A stream that hands {@code to} what it is given in random pieces, one byte at a time now and then. */
    private static OutputStream pieces(ByteArrayOutputStream to, Random random) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                to.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                while (len > 0) {
                    int n = random.nextInt(10) == 0 ? 1 : Math.min(len, 1 + random.nextInt(4096));
                    if (n == 1) {
                        write(b[off]);
                    } else {
                        to.write(b, off, n);
                    }
                    off += n;
                    len -= n;
                }
            }
        };
    }
}
