package org.gloss.publish;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes a zip through, except that it gives every entry of its central directory the Unix mode
 * {@code 0644} (a regular file, readable by all, written by its owner). {@code java.util.zip}
 * writes no mode at all ("made by" MS-DOS, no attributes), which {@code unzip} and desktop
 * archivers turned into files only their owner could read (0600) on some systems; a site that a
 * web server or a classmate's account then serves or opens must be readable. Call
 * {@link #centralDirectoryFollows} after the last entry and before the zip is finished: what
 * follows (the central directory and its end records, a few dozen bytes an entry) is held,
 * patched, and written on {@link #close}.
 */
final class UnixModeZipStream extends FilterOutputStream {

    /** {@code S_IFREG | 0644}, as the high half of a central header's external attributes. */
    static final int FILE_MODE = 0100644;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int UNIX = 3;

    private ByteArrayOutputStream tail;

    UnixModeZipStream(OutputStream out) {
        super(out);
    }

    /** What is written from now on is the central directory and the end records. */
    void centralDirectoryFollows() {
        tail = new ByteArrayOutputStream();
    }

    @Override
    public void write(int b) throws IOException {
        if (tail != null) {
            tail.write(b);
        } else {
            out.write(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (tail != null) {
            tail.write(b, off, len);
        } else {
            out.write(b, off, len);
        }
    }

    @Override
    public void close() throws IOException {
        if (tail != null) {
            byte[] bytes = tail.toByteArray();
            tail = null;
            patch(bytes);
            out.write(bytes);
        }
        super.close();
    }

    /** Sets "made by" Unix and the mode in each central header, leaving everything else as written. */
    private static void patch(byte[] b) {
        int p = 0;
        while (p + 46 <= b.length && int32(b, p) == CENTRAL_HEADER) {
            b[p + 5] = UNIX; // version made by: high byte is the host system
            int attributes = FILE_MODE << 16;
            for (int i = 0; i < 4; i++) {
                b[p + 38 + i] = (byte) (attributes >>> (8 * i));
            }
            p += 46 + int16(b, p + 28) + int16(b, p + 30) + int16(b, p + 32);
        }
    }

    private static int int16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int int32(byte[] b, int at) {
        return int16(b, at) | int16(b, at + 2) << 16;
    }
}
