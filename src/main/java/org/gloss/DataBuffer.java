package org.gloss;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@link DataOutputStream}'s encoding of numbers and strings, byte for byte, written into one
 * array and passed on to an output stream when full and at {@link #flush}. What {@link ValueCodec}
 * writes with: a {@code DataOutputStream} over a {@code BufferedOutputStream} makes a
 * synchronized call per byte (four for an int), and encoding page keys for their digests was
 * half of what those digests cost in a one-edit rebuild. Not thread-safe: one per encoding.
 */
final class DataBuffer {

    /** Where full buffers go; null for a buffer that grows instead ({@link #toByteArray}). */
    private final OutputStream out;
    private byte[] buf;
    private int n;

    DataBuffer(OutputStream out, int size) {
        this.out = out;
        this.buf = new byte[Math.max(size, 8)];
    }

    private DataBuffer(int size) {
        this.out = null;
        this.buf = new byte[Math.max(size, 8)];
    }

    /** A buffer that keeps what is written in one growing array (no stream between, whose writes are synchronized and copied again). */
    static DataBuffer growing(int size) {
        return new DataBuffer(size);
    }

    /** What a growing buffer holds. */
    byte[] toByteArray() {
        return Arrays.copyOf(buf, n);
    }

    void writeByte(int v) throws IOException {
        if (n == buf.length) {
            room(1);
        }
        buf[n++] = (byte) v;
    }

    void writeBoolean(boolean v) throws IOException {
        writeByte(v ? 1 : 0);
    }

    void writeShort(int v) throws IOException {
        room(2);
        buf[n++] = (byte) (v >>> 8);
        buf[n++] = (byte) v;
    }

    void writeChar(int v) throws IOException {
        writeShort(v);
    }

    void writeInt(int v) throws IOException {
        room(4);
        buf[n++] = (byte) (v >>> 24);
        buf[n++] = (byte) (v >>> 16);
        buf[n++] = (byte) (v >>> 8);
        buf[n++] = (byte) v;
    }

    void writeLong(long v) throws IOException {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }

    void writeFloat(float v) throws IOException {
        writeInt(Float.floatToIntBits(v));
    }

    void writeDouble(double v) throws IOException {
        writeLong(Double.doubleToLongBits(v));
    }

    void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    void write(byte[] b, int off, int len) throws IOException {
        if (len > buf.length - n) {
            if (out == null) {
                grow(len);
            } else {
                drain();
                if (len > buf.length) {
                    out.write(b, off, len);
                    return;
                }
            }
        }
        System.arraycopy(b, off, buf, n, len);
        n += len;
    }

    /** {@link DataOutputStream#writeUTF}'s modified UTF-8: ASCII names (what the codec writes) directly, others through it. */
    void writeUTF(String s) throws IOException {
        int len = s.length();
        boolean ascii = len <= 65535;
        for (int i = 0; i < len && ascii; i++) {
            char c = s.charAt(i);
            ascii = c != 0 && c < 0x80;
        }
        if (!ascii) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new DataOutputStream(bytes).writeUTF(s);
            write(bytes.toByteArray());
            return;
        }
        writeShort(len);
        write(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Passes on what is buffered, and flushes the stream. */
    void flush() throws IOException {
        if (out != null) {
            drain();
            out.flush();
        }
    }

    /** Makes room for a number's few bytes (every buffer holds eight). */
    private void room(int bytes) throws IOException {
        if (bytes > buf.length - n) {
            if (out == null) {
                grow(bytes);
            } else {
                drain();
            }
        }
    }

    /** Room for {@code bytes} more in a growing buffer. */
    private void grow(int bytes) {
        buf = Arrays.copyOf(buf, Math.max(2 * buf.length, n + bytes));
    }

    private void drain() throws IOException {
        if (n > 0) {
            out.write(buf, 0, n);
            n = 0;
        }
    }
}
