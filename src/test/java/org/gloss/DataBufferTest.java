package org.gloss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link DataBuffer} writes exactly what {@link DataOutputStream} writes (the plain reference), through any buffer size. */
class DataBufferTest {

    /** One random write, given to both. */
    private interface Step {
        void reference(DataOutputStream out) throws IOException;

        void fast(DataBuffer out) throws IOException;
    }

    @Test
    void anyRunOfWritesGivesDataOutputStreamsBytes() throws IOException {
        Random random = new Random(21);
        for (int round = 0; round < 300; round++) {
            int size = 1 + random.nextInt(40);
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            DataOutputStream reference = new DataOutputStream(expected);
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            DataBuffer streamed = new DataBuffer(actual, size);
            DataBuffer grown = DataBuffer.growing(1 + random.nextInt(16));
            for (int i = 0; i < 60; i++) {
                Step step = step(random);
                step.reference(reference);
                step.fast(streamed);
                step.fast(grown);
            }
            streamed.flush();
            assertArrayEquals(expected.toByteArray(), actual.toByteArray(), "round " + round);
            assertArrayEquals(expected.toByteArray(), grown.toByteArray(), "round " + round);
        }
    }

    private static Step step(Random random) {
        long v = random.nextLong();
        String s = string(random);
        byte[] bytes = new byte[random.nextInt(70)];
        random.nextBytes(bytes);
        return switch (random.nextInt(10)) {
            case 0 -> of(o -> o.writeByte((int) v), o -> o.writeByte((int) v));
            case 1 -> of(o -> o.writeBoolean(v > 0), o -> o.writeBoolean(v > 0));
            case 2 -> of(o -> o.writeShort((int) v), o -> o.writeShort((int) v));
            case 3 -> of(o -> o.writeChar((int) v), o -> o.writeChar((int) v));
            case 4 -> of(o -> o.writeInt((int) v), o -> o.writeInt((int) v));
            case 5 -> of(o -> o.writeLong(v), o -> o.writeLong(v));
            case 6 -> of(o -> o.writeFloat(Float.intBitsToFloat((int) v)), o -> o.writeFloat(Float.intBitsToFloat((int) v)));
            case 7 -> of(o -> o.writeDouble(Double.longBitsToDouble(v)), o -> o.writeDouble(Double.longBitsToDouble(v)));
            case 8 -> of(o -> o.write(bytes), o -> o.write(bytes));
            default -> of(o -> o.writeUTF(s), o -> o.writeUTF(s));
        };
    }

    /** ASCII names, as the codec writes, and now and then a NUL, an accent or a character past the BMP. */
    private static String string(Random random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(random.nextInt(10) == 0 ? 300 : 30);
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(40);
            b.append(kind == 0 ? "\0" : kind == 1 ? "é" : kind == 2 ? "\uD83D\uDE00" : String.valueOf((char) ('a' + random.nextInt(26))));
        }
        return b.toString();
    }

    private interface Ref {
        void write(DataOutputStream o) throws IOException;
    }

    private interface Fast {
        void write(DataBuffer o) throws IOException;
    }

    private static Step of(Ref ref, Fast fast) {
        return new Step() {
            @Override
            public void reference(DataOutputStream out) throws IOException {
                ref.write(out);
            }

            @Override
            public void fast(DataBuffer out) throws IOException {
                fast.write(out);
            }
        };
    }
}
