package org.gloss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.gloss.core.OutputFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A fingerprint made chunk by chunk, as a streamed file is written, must be the one made of the
 * whole array at once: pinned to the plain version (the two CRCs of the whole array) over random
 * chunkings.
 */
class FingerprintTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7})
    void chunksGiveTheFingerprintOfTheWholeArray(int seed) throws IOException {
        Random random = new Random(seed);
        byte[] whole = new byte[seed == 0 ? 0 : random.nextInt(1 << 18)];
        random.nextBytes(whole);
        List<byte[]> chunks = chunks(whole, random);

        Fingerprint fp = new Fingerprint();
        for (byte[] c : chunks) {
            if (c.length == 1 && random.nextBoolean()) {
                fp.write(c[0]);
            } else {
                fp.write(c, 0, c.length);
            }
        }
        assertArrayEquals(plain(whole), fp.value());
        assertArrayEquals(plain(whole), StoredPages.fingerprint(whole));

        Path file = tmp.resolve("f" + seed);
        Files.write(file, whole);
        assertArrayEquals(plain(whole), Fingerprint.of(file));

        // A watched streamed file passes its bytes through unchanged and reports their fingerprint.
        List<byte[]> reported = new ArrayList<>();
        OutputFile watched = Fingerprint.watched(OutputFile.streamed("data/x.json", out -> {
            for (byte[] c : chunks) {
                out.write(c);
            }
        }), reported::add);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        watched.writeTo(written);
        assertArrayEquals(whole, written.toByteArray());
        assertEquals(1, reported.size());
        assertArrayEquals(plain(whole), reported.get(0));
    }

    @ParameterizedTest
    @ValueSource(ints = {11, 12})
    void anyChangedByteChangesIt(int seed) {
        Random random = new Random(seed);
        byte[] whole = new byte[1 + random.nextInt(1 << 12)];
        random.nextBytes(whole);
        byte[] changed = whole.clone();
        changed[random.nextInt(changed.length)] ^= (byte) (1 + random.nextInt(255));
        assertFalse(java.util.Arrays.equals(StoredPages.fingerprint(whole), StoredPages.fingerprint(changed)));
    }

    /** Random cuts of {@code whole}, empty chunks and single bytes among them. */
    private static List<byte[]> chunks(byte[] whole, Random random) {
        List<byte[]> chunks = new ArrayList<>();
        int at = 0;
        while (at < whole.length) {
            int n = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> 1;
                case 2 -> random.nextInt(100);
                default -> random.nextInt(1 << 14);
            };
            n = Math.min(n, whole.length - at);
            chunks.add(java.util.Arrays.copyOfRange(whole, at, at + n));
            at += n;
        }
        return chunks;
    }

    /** The fingerprint as first written: the length and the two CRCs of the whole array. */
    private static byte[] plain(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes);
        CRC32 d = new CRC32();
        d.update(bytes);
        return ByteBuffer.allocate(16).putInt(bytes.length).putInt((int) c.getValue()).putLong(d.getValue()).array();
    }
}
