package org.gloss.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Writes some elements of a JSON array on their own, as UTF-8 bytes that an {@link ArrayBytes}
 * later puts into the array: the file comes out exactly as one generator writing every element
 * would have written it, but each part can be kept between builds ({@link PartCache}) and a file
 * of kept parts is assembled by copying bytes, without encoding anything again.
 */
public final class JsonParts {

    /** What writes the elements of a part. */
    @FunctionalInterface
    public interface Elements {
        void write(JsonGenerator g) throws IOException;
    }

    /** What a pretty-printed array in a field of the root object starts and ends with. */
    private static final int PRETTY_OPEN = "{\n  \"x\" : [ ".length();
    private static final int PRETTY_CLOSE = " ]\n}".length();

    /**
     * One factory for every part (it is thread-safe and holds no state of a build). Buffers are
     * not recycled: parts are small and many, and the default thread-local recycling cost more to
     * look up than a fresh buffer.
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .recyclerPool(JsonRecyclerPools.nonRecyclingPool()).build();
    /** Where a part's buffer starts: about one article's share. */
    private static final int PART_SIZE = 1 << 12;
    /** The items of one part when parts are not kept ({@link #parts}). */
    static final int BATCH = 256;

    private JsonParts() {
    }

    /**
     * The elements as written compactly, through {@code filter} (the search index escapes line
     * separators): separated by commas, without brackets.
     */
    static byte[] compact(UnaryOperator<Writer> filter, Elements elements) {
        byte[] array = Utf8Text.of(PART_SIZE, out -> {
            Writer filtered = filter.apply(out);
            JsonGenerator g = JSON.createGenerator(filtered);
            g.writeStartArray();
            elements.write(g);
            g.writeEndArray();
            g.flush();
            filtered.flush();
        });
        return Arrays.copyOfRange(array, 1, array.length - 1);
    }

    /**
     * The elements as pretty-printed in an array that is a field of the root object (as in
     * {@code annotations.json}), whose indentation they take.
     */
    public static byte[] pretty(Elements elements) {
        byte[] object = Utf8Text.of(PART_SIZE, out -> {
            JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("x");
            elements.write(g);
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
        });
        int to = object.length - PRETTY_CLOSE;
        return to > PRETTY_OPEN ? Arrays.copyOfRange(object, PRETTY_OPEN, to) : new byte[0]; // "[ ]": none
    }

    /** The items cut into runs of consecutive items with an equal {@code by}: one part each, say per article. */
    public static <T> List<List<T>> runs(List<T> items, Function<T, ?> by) {
        List<List<T>> runs = new ArrayList<>();
        Object last = null;
        for (T item : items) {
            Object key = by.apply(item);
            if (runs.isEmpty() || !key.equals(last)) {
                runs.add(new ArrayList<>());
                last = key;
            }
            runs.get(runs.size() - 1).add(item);
        }
        return runs;
    }

    /**
     * The items cut into the parts a section is made of: one per article (a run of consecutive
     * items with an equal {@code article}) when {@code parts} keeps them, so an edit re-makes its
     * article's share; else batches of {@link #BATCH} items, so that a section of hundreds of
     * megabytes (at 100,000 articles) is never made as one array, yet each part's own cost (a
     * generator, its buffer) is nothing beside its items'.
     */
    public static <T> List<List<T>> parts(List<T> items, PartCache parts, Function<T, ?> article) {
        if (parts.keeps()) {
            return runs(items, article);
        }
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < items.size(); from += BATCH) {
            batches.add(items.subList(from, Math.min(items.size(), from + BATCH)));
        }
        return batches;
    }

    /** What writes one element of an array. */
    @FunctionalInterface
    public interface ElementWriter<T> {
        void write(JsonGenerator g, T item) throws IOException;
    }

    /**
     * Adds {@code items} to a pretty {@code array}: one part per article when {@code parts} keeps
     * them (an edit re-writes its article's share; {@code key} gives what a part shows from its
     * run of items, and {@code kind} names the parts), else in batches, each handed to the
     * array as it is made ({@link #parts}).
     */
    public static <T> void perArticle(ArrayBytes array, PartCache parts, String kind, List<T> items,
                                      Function<T, String> article, Function<List<T>, Object> key,
                                      ElementWriter<T> writer) {
        for (List<T> run : parts(items, parts, article)) {
            array.add(parts.get(kind + ":" + article.apply(run.get(0)), () -> key.apply(run), () -> pretty(g -> {
                for (T item : run) {
                    writer.write(g, item);
                }
            })));
        }
    }

    /** A JSON array written from parts: {@code [a,b]} compact, {@code [ a, b ]} pretty ({@code [ ]} when empty). */
    public static final class ArrayBytes {

        private final Consumer<byte[]> out;
        private final boolean pretty;
        private boolean empty = true;

        /** Opens the array at the end of {@code out}. */
        public ArrayBytes(ByteChunks out, boolean pretty) {
            this(out::add, pretty);
        }

        /**
         * Opens the array in what {@code out} is handed, in turn: each part as it is added (kept,
         * not copied), so the array need never be held whole.
         */
        public ArrayBytes(Consumer<byte[]> out, boolean pretty) {
            this.out = out;
            this.pretty = pretty;
            out.accept(ascii(pretty ? "[ " : "["));
        }

        /** Adds a part's elements; an empty part adds nothing. */
        public ArrayBytes add(byte[] part) {
            if (part.length > 0) {
                if (!empty) {
                    out.accept(ascii(pretty ? ", " : ","));
                }
                out.accept(part);
                empty = false;
            }
            return this;
        }

        /** Closes the array. */
        public void close() {
            out.accept(ascii(pretty && !empty ? " ]" : "]"));
        }

        private static byte[] ascii(String s) {
            return s.getBytes(StandardCharsets.US_ASCII);
        }
    }
}
