package org.gloss.render;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One article's share of the search index as bytes, for the persistent build cache: its
 * documents {@link SearchFragments#scored scored} (each word's score and what a result shows), so
 * that a build after an edit scores only the edited article's documents again. A document's
 * scores depend on the document alone (lunr's BM25 with b = 0; the inverse document frequency is
 * applied when the index is cut), so a share is the same whichever articles stand beside it.
 *
 * <p>The article's words are written once (so that any string comes back equal), and so are its
 * distinct scores (as their bits: the index ranks by them, so they must come back equal); each
 * document is then its shown bytes and, per word, two indexes into those tables, as varints.
 */
final class SearchParts {

    private SearchParts() {
    }

    /** The bytes of an article's documents, scored. */
    static byte[] write(List<SearchFragments.Scored> docs) {
        Map<String, Integer> words = new HashMap<>();
        List<String> wordList = new ArrayList<>();
        Map<Long, Integer> scores = new HashMap<>();
        List<Long> scoreList = new ArrayList<>();
        for (SearchFragments.Scored d : docs) {
            for (int i = 0; i < d.words().length; i++) {
                if (words.putIfAbsent(d.words()[i], wordList.size()) == null) {
                    wordList.add(d.words()[i]);
                }
                long bits = Double.doubleToRawLongBits(d.scores()[i]);
                if (scores.putIfAbsent(bits, scoreList.size()) == null) {
                    scoreList.add(bits);
                }
            }
        }
        Out out = new Out();
        out.varint(wordList.size());
        for (String w : wordList) {
            out.string(w);
        }
        out.varint(scoreList.size());
        for (long bits : scoreList) {
            out.longBits(bits);
        }
        out.varint(docs.size());
        for (SearchFragments.Scored d : docs) {
            out.varint(d.shown().length);
            out.bytes(d.shown(), d.shown().length);
            out.varint(d.words().length);
            for (int i = 0; i < d.words().length; i++) {
                out.varint(words.get(d.words()[i]));
                out.varint(scores.get(Double.doubleToRawLongBits(d.scores()[i])));
            }
        }
        return Arrays.copyOf(out.buf, out.size);
    }

    /**
     * The documents {@link #write} wrote, or null when {@code part} is not such bytes (the cache
     * checks its entries, but a part that does not read back is made again rather than trusted).
     */
    static List<SearchFragments.Scored> read(byte[] part) {
        try {
            ByteBuffer in = ByteBuffer.wrap(part);
            String[] words = new String[count(in, part.length)];
            for (int i = 0; i < words.length; i++) {
                words[i] = string(in);
            }
            double[] scores = new double[count(in, part.length / 8)];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = Double.longBitsToDouble(in.getLong());
            }
            int n = count(in, part.length);
            List<SearchFragments.Scored> docs = new ArrayList<>(n);
            for (int d = 0; d < n; d++) {
                byte[] shown = new byte[count(in, in.remaining())];
                in.get(shown);
                int size = count(in, in.remaining() / 2);
                String[] w = new String[size];
                double[] s = new double[size];
                for (int i = 0; i < size; i++) {
                    w[i] = words[index(in, words.length)];
                    s[i] = scores[index(in, scores.length)];
                }
                docs.add(new SearchFragments.Scored(w, s, shown));
            }
            return in.hasRemaining() ? null : docs;
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A word: its length, then one byte per character when every character is below U+0100 (most
     * words), else two (UTF-16, surrogates as they are, so that any string comes back equal).
     */
    private static String string(ByteBuffer in) {
        int head = count(in, in.remaining() * 2 + 1);
        int length = head >>> 1;
        if ((head & 1) == 0) {
            byte[] latin1 = new byte[length];
            in.get(latin1);
            return new String(latin1, StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = in.getChar();
        }
        return new String(chars);
    }

    /** An index into a table of {@code bound} entries. */
    private static int index(ByteBuffer in, int bound) {
        int v = varint(in);
        if (v < 0 || v >= bound) {
            throw new IllegalArgumentException("not a search part");
        }
        return v;
    }

    /** A count of at most {@code max} (what the part's length allows). */
    private static int count(ByteBuffer in, int max) {
        int n = varint(in);
        if (n < 0 || n > max) {
            throw new IllegalArgumentException("not a search part");
        }
        return n;
    }

    private static int varint(ByteBuffer in) {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            byte b = in.get();
            v |= (b & 0x7f) << shift;
            if (b >= 0) {
                return v;
            }
        }
        throw new IllegalArgumentException("not a search part");
    }

    /** A growing byte array (no stream's locks: this runs for every article of a cold build). */
    private static final class Out {
        byte[] buf = new byte[4096];
        int size;

        void varint(int v) {
            room(5);
            while ((v & ~0x7f) != 0) {
                buf[size++] = (byte) ((v & 0x7f) | 0x80);
                v >>>= 7;
            }
            buf[size++] = (byte) v;
        }

        void longBits(long v) {
            room(8);
            for (int shift = 56; shift >= 0; shift -= 8) {
                buf[size++] = (byte) (v >>> shift);
            }
        }

        void bytes(byte[] b, int length) {
            room(length);
            System.arraycopy(b, 0, buf, size, length);
            size += length;
        }

        void string(String s) {
            boolean latin1 = true;
            for (int i = 0; i < s.length() && latin1; i++) {
                latin1 = s.charAt(i) < 0x100;
            }
            varint(s.length() << 1 | (latin1 ? 0 : 1));
            if (latin1) {
                bytes(s.getBytes(StandardCharsets.ISO_8859_1), s.length());
            } else {
                room(2 * s.length());
                for (int i = 0; i < s.length(); i++) {
                    buf[size++] = (byte) (s.charAt(i) >>> 8);
                    buf[size++] = (byte) s.charAt(i);
                }
            }
        }

        private void room(int n) {
            if (size + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
            }
        }
    }
}
