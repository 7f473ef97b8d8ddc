package org.gloss;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.gloss.core.OutputFile;

/**
 * {@link StoredPages#fingerprint}, of bytes written to it in turn: so a streamed file
 * ({@code annotations.json}) is fingerprinted as it is written out, never held whole for it.
 */
final class Fingerprint extends OutputStream {

    private final CRC32C c = new CRC32C();
    private final CRC32 d = new CRC32();
    private long length;

    @Override
    public void write(int b) {
        c.update(b);
        d.update(b);
        length++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        c.update(b, off, len);
        d.update(b, off, len);
        length += len;
    }

    /** The fingerprint of every byte written so far: its length and the two CRCs. */
    byte[] value() {
        // The length as an int, as the recorded fingerprints have it: no file of the site nears 2 GB.
        return ByteBuffer.allocate(16).putInt((int) length).putInt((int) c.getValue()).putLong(d.getValue()).array();
    }

    /** The fingerprint of the file at {@code p}, read in turn. */
    static byte[] of(Path p) throws IOException {
        Fingerprint fp = new Fingerprint();
        try (InputStream in = Files.newInputStream(p)) {
            in.transferTo(fp);
        }
        return fp.value();
    }

    /**
     * {@code file}, streamed, giving {@code done} its fingerprint each time it has been written
     * out whole: what the writer is handed goes on to the fingerprint as well.
     */
    static OutputFile watched(OutputFile file, Consumer<byte[]> done) {
        return OutputFile.streamed(file.path(), out -> {
            Fingerprint fp = new Fingerprint();
            file.writeTo(new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    fp.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    fp.write(b, off, len);
                }
            });
            done.accept(fp.value());
        });
    }
}
