package org.gloss;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.gloss.core.Problem;

/**
 * The persistent build cache ({@code .gloss-cache/} beside the content folder, like Hugo's
 * {@code resources/} or Quarto's {@code _freeze}): what a build made per article, kept on disk so
 * that the next {@code build} in a fresh process redoes only what changed. Entries are addressed
 * by a SHA-256 of everything they were made from (the input's bytes, the configuration, the
 * format and the Gloss jar itself), so an entry is either exactly right or not found; there is
 * no invalidation to get wrong.
 *
 * <p>Nothing here is trusted: each entry file carries its key and a CRC-32C of its payload, and
 * one that is truncated, corrupt or for another key is ignored (and made again), with one note for
 * the build. A folder made by another Gloss version is emptied of its entries first, with a note.
 * Entries are written to a temporary file and moved into place, so a killed build or two builds
 * at once never leave half an entry under an entry's name. Files are written only inside the
 * cache folder. Thread-safe: the phases read and write it from parallel streams.
 */
final class BuildCache {

    /** The kinds of entry, each a folder of its own. */
    enum Kind {
        /** One article file read and converted (ingest), keyed by its bytes and its sidecars'. */
        READ("read"),
        /** One article's analysis (its text blocks, each feature's findings, advice), keyed by the article. */
        ANALYSIS("analysis"),
        /** The link across articles (each feature's linked findings), keyed by every article's analysis key in order. */
        LINK("link"),
        /**
         * The scores of the pairs the last link compared, by article analysis key ({@code
         * RememberedPairs}): one entry, replaced by each link, so an edit re-compares only its pairs.
         */
        PAIRS("pairs"),
        /**
         * One article's share of a site-wide file (its search documents, scored), keyed by the
         * article, the settings and the templates ({@link StoredParts}).
         */
        PARTS("parts"),
        /** What each page of one output folder was made from, and the hash of what was made ({@link StoredPages}). */
        PAGES("pages"),
        /** The last build into one output folder: its inputs, result and files ({@link UnchangedBuild}). */
        BUILD("build");

        final String folder;

        Kind(String folder) {
            this.folder = folder;
        }
    }

    private static final byte[] MAGIC = "GLOSSC\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final String MANIFEST = "gloss-cache.txt";
    private static final int HEADER = MAGIC.length + 32 + 4;

    private final Path dir;
    private final String version;
    private final ValueCodec codec = new ValueCodec();
    /** {@link #digestOnce}'s digests of lists and other values but records, by identity; also the lock of {@link #listed}. */
    private final Map<Object, byte[]> digested = new IdentityHashMap<>();
    /** {@link #listedForm}'s forms of large records, by identity. */
    private final Map<Object, byte[]> listed = new IdentityHashMap<>();
    private final List<Problem> notes = new ArrayList<>();
    private final AtomicInteger unreadable = new AtomicInteger();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger hits = new AtomicInteger();
    /** Entry files this build read or wrote: the rest are stale, and pruned when anything changed. */
    private final Set<Path> used = ConcurrentHashMap.newKeySet();
    private volatile boolean writable;

    private BuildCache(Path dir, String version) {
        this.dir = dir;
        this.version = version;
    }

    /**
     * The cache in {@code dir} (made if absent) for this Gloss jar. One made by another version is
     * emptied of its entries, with a note; one that cannot be made or written is not used, with a note.
     */
    static BuildCache open(Path dir) {
        return open(dir, codeVersion());
    }

    /** As {@link #open(Path)}, with the version given (for tests). */
    static BuildCache open(Path dir, String version) {
        BuildCache cache = new BuildCache(dir.toAbsolutePath().normalize(), version);
        cache.start();
        return cache;
    }

    private void start() {
        Path manifest = dir.resolve(MANIFEST);
        String expected = "Gloss build cache, format " + ValueCodec.FORMAT + "\nversion " + version + "\n";
        try {
            Files.createDirectories(dir);
            String found = Files.exists(manifest) ? Files.readString(manifest, StandardCharsets.UTF_8) : null;
            if (!expected.equals(found)) {
                if (found != null || hasEntries()) {
                    note(found == null || !found.startsWith("Gloss build cache")
                            ? "the cache folder's manifest is missing or unreadable; its entries were not used"
                            : "the cache was made by another version of Gloss; its entries were not used");
                }
                deleteEntries(Set.of());
                writeAtomically(manifest, expected.getBytes(StandardCharsets.UTF_8));
                Path tag = dir.resolve("CACHEDIR.TAG");
                if (!Files.exists(tag)) {
                    // The standard mark that tells backup tools this folder can be made again.
                    writeAtomically(tag, ("Signature: 8a477f597d28d172789f06886806bc55\n"
                            + "# This file is a cache directory tag created by Gloss; the folder can be deleted.\n")
                            .getBytes(StandardCharsets.US_ASCII));
                }
            }
            writable = true;
        } catch (IOException | RuntimeException e) {
            note("cannot use the cache folder (" + e.getMessage() + "); building without it");
            writable = false;
        }
    }

    /** The cache's folder, as its notes name it. */
    Path folder() {
        return dir;
    }

    /** The codec entries are written with, shared so that it looks each record class up once. */
    ValueCodec codec() {
        return codec;
    }

    /** A key: the SHA-256 of the kind, the format, this Gloss version and {@code parts}. */
    byte[] key(Kind kind, byte[]... parts) {
        MessageDigest sha = sha256();
        sha.update(kind.folder.getBytes(StandardCharsets.UTF_8));
        sha.update(intBytes(ValueCodec.FORMAT));
        sha.update(version.getBytes(StandardCharsets.UTF_8));
        for (byte[] part : parts) {
            // Lengths first, so that two lists of parts never run together into one digest.
            sha.update(intBytes(part == null ? -1 : part.length));
            if (part != null) {
                sha.update(part);
            }
        }
        return sha.digest();
    }

    /** The SHA-256 of {@code value}'s encoding; throws {@link ValueCodec.Unsupported} for a value it cannot hold. */
    byte[] digest(Object value) {
        return digest(value, null);
    }

    /** {@link #digest}, with the records of {@code value}'s lists given as {@code known}'s digests of them when not null. */
    private byte[] digest(Object value, Function<Object, byte[]> known) {
        MessageDigest sha = sha256();
        // The codec buffers what it writes, so the digest is fed in blocks, not a byte at a time.
        OutputStream toDigest = new OutputStream() {
            @Override
            public void write(int b) {
                sha.update((byte) b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                sha.update(b, off, len);
            }
        };
        codec.encodeCanonical(value, toDigest, known);
        return sha.digest();
    }

    /**
     * A digest of {@code value} made once per object in this build: for values (immutable records
     * and lists) that recur, such as an article, digested for its analysis's key and again for its
     * page's, or a quotation shown on the page of every article printing it. A record's is its
     * {@link #digest}; a list's is the digest of its canonical form with each large record it
     * lists (through lists) given as that record's digest, made once too
     * ({@link ValueCodec#encodeCanonical(Object, OutputStream, Function)}): keys list the same
     * quotations, metadata and mentions (an article's page, the site pages' shares,
     * {@code annotations.json}), and encoding each whole in every list that holds it was most of
     * what the digests of a one-edit rebuild cost. Equal values give equal digests in any
     * process. Digests are made outside the lock: two threads digesting one value at once only
     * repeat a little work.
     */
    byte[] digestOnce(Object value) {
        if (value instanceof Record) {
            byte[] form = listedForm(value);
            return form != null ? ValueCodec.digestIn(form) : digest(value);
        }
        byte[] made;
        synchronized (digested) {
            made = digested.get(value);
        }
        if (made == null) {
            made = digest(value, this::listedForm);
            synchronized (digested) {
                digested.putIfAbsent(value, made);
            }
        }
        return made;
    }

    /**
     * How a list in a key holds {@code record} ({@link ValueCodec#listedForm}): a large one's
     * digest, made once per object in this build; null for a small one, written in place, which
     * is not remembered (most are listed once, and keeping them all would hold every span).
     */
    private byte[] listedForm(Object record) {
        byte[] made;
        synchronized (digested) {
            made = listed.get(record);
        }
        if (made == null) {
            made = codec.listedForm(record, BuildCache::sha256);
            if (made != null) {
                synchronized (digested) {
                    listed.putIfAbsent(record, made);
                }
            }
        }
        return made;
    }

    /**
     * Has {@link #digestOnce} give {@code value}, for the rest of this build, a digest of
     * {@code what} and {@code key} instead of one of its encoding, when {@code key} is a cache key
     * that names {@code value} exactly (the same key is never stored with another value): an
     * article's text, made by its analysis, is named by the analysis's key. Its digest then costs
     * nothing where encoding it cost as much as encoding the article, and is still different for
     * every different value; an equal value under another key gets another digest, which only
     * makes again what it keys. The digest is of a byte no encoding starts with, then {@code what}
     * and the key, so it is never the digest of an encoding.
     */
    void digestAs(Object value, String what, byte[] key) {
        MessageDigest sha = sha256();
        sha.update((byte) 0xFF);
        sha.update(what.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(key);
        byte[] form = ValueCodec.digestForm(sha.digest());
        synchronized (digested) {
            listed.put(value, form);
        }
    }

    /** The value stored under {@code key}, or null when there is none that can be trusted. */
    Object get(Kind kind, byte[] key) {
        if (!writable) {
            return null;
        }
        Path file = entry(kind, key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            unreadable.incrementAndGet();
            return null;
        }
        byte[] payload = payload(bytes, key);
        if (payload == null) {
            unreadable.incrementAndGet();
            return null;
        }
        try {
            Object value = codec.decode(payload);
            used.add(file);
            hits.incrementAndGet();
            return value;
        } catch (IOException e) {
            unreadable.incrementAndGet();
            return null;
        }
    }

    /**
     * Stores {@code value} under {@code key}. A value the codec cannot hold, or a write that fails
     * (a full disk), is not stored: the next build makes it again.
     */
    void put(Kind kind, byte[] key, Object value) {
        if (!writable) {
            return;
        }
        byte[] payload;
        try {
            payload = codec.encode(value);
        } catch (ValueCodec.Unsupported e) {
            return;
        }
        ByteBuffer b = ByteBuffer.allocate(HEADER + payload.length + 8);
        b.put(MAGIC).put(key).putInt(payload.length).put(payload).putLong(crc(key, payload));
        Path file = entry(kind, key);
        try {
            Files.createDirectories(file.getParent());
            writeAtomically(file, b.array());
            used.add(file);
            written.incrementAndGet();
        } catch (IOException e) {
            if (writable) {
                writable = false;
                synchronized (notes) {
                    notes.add(Problem.note(dir.toString(), "cannot write to the cache (" + e.getMessage()
                            + "); the rest of this build is not cached"));
                }
            }
        }
    }

    /** Marks the entry under {@code key} as still used, so that pruning keeps it. */
    void keep(Kind kind, byte[] key) {
        used.add(entry(kind, key));
    }

    /**
     * Ends the build: entries no longer used are deleted when this build wrote any (so a build with
     * nothing changed lists nothing), and the notes about the cache are returned.
     */
    List<Problem> finish() {
        if (writable && (written.get() > 0 || unreadable.get() > 0)) {
            try {
                deleteEntries(used);
            } catch (IOException e) {
                // Stale entries only take room; they are never read for a key they do not match.
            }
        }
        List<Problem> all = new ArrayList<>();
        synchronized (notes) {
            all.addAll(notes);
        }
        int bad = unreadable.get();
        if (bad > 0) {
            all.add(Problem.note(dir.toString(), bad + " cache entr" + (bad == 1 ? "y was" : "ies were")
                    + " unreadable (corrupt or half-written) and made again"));
        }
        return all;
    }

    /** How many entries this build read from the cache, and how many it wrote (for tests and the bench). */
    int hits() {
        return hits.get();
    }

    int written() {
        return written.get();
    }

    private void note(String message) {
        synchronized (notes) {
            notes.add(Problem.note(dir.toString(), message));
        }
    }

    private Path entry(Kind kind, byte[] key) {
        String hex = HexFormat.of().formatHex(key);
        return dir.resolve(kind.folder).resolve(hex.substring(0, 2)).resolve(hex + ".bin");
    }

    /** The payload of an entry file, or null when it is not a whole entry for {@code key}. */
    private static byte[] payload(byte[] bytes, byte[] key) {
        if (bytes.length < HEADER + 8) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        byte[] magic = new byte[MAGIC.length];
        byte[] stored = new byte[32];
        b.get(magic).get(stored);
        int length = b.getInt();
        if (!java.util.Arrays.equals(magic, MAGIC) || !java.util.Arrays.equals(stored, key)
                || length != bytes.length - HEADER - 8) {
            return null;
        }
        byte[] payload = new byte[length];
        b.get(payload);
        return b.getLong() == crc(key, payload) ? payload : null;
    }

    private static long crc(byte[] key, byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(key);
        crc.update(payload);
        return crc.getValue();
    }

    private boolean hasEntries() throws IOException {
        for (Kind k : Kind.values()) {
            Path folder = dir.resolve(k.folder);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> s = Files.list(folder)) {
                    if (s.findAny().isPresent()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Deletes the entry and temporary files under the kinds' folders that are not in {@code keep}; nothing else. */
    private void deleteEntries(Set<Path> keep) throws IOException {
        for (Kind k : Kind.values()) {
            Path folder = dir.resolve(k.folder);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (DirectoryStream<Path> shards = Files.newDirectoryStream(folder)) {
                for (Path shard : shards) {
                    if (!Files.isDirectory(shard)) {
                        continue;
                    }
                    try (DirectoryStream<Path> files = Files.newDirectoryStream(shard)) {
                        for (Path f : files) {
                            String name = f.getFileName().toString();
                            if ((name.endsWith(".bin") || name.contains(".tmp-")) && !keep.contains(f)) {
                                Files.deleteIfExists(f);
                            }
                        }
                    }
                }
            }
        }
    }

    /** Writes {@code bytes} to a temporary file beside {@code target} and moves it into place. */
    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] intBytes(int v) {
        return ByteBuffer.allocate(4).putInt(v).array();
    }

    /**
     * What identifies this Gloss's code: the jar's name, size and modification time (every
     * {@code mvn package} makes a new one), or for classes in a folder (tests) the newest class
     * file's time and their count. A different code reads no entry the old code wrote.
     */
    static String codeVersion() {
        try {
            Path where = Path.of(BuildCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            String impl = BuildCache.class.getPackage().getImplementationVersion();
            String prefix = (impl == null ? "dev" : impl) + " ";
            if (Files.isRegularFile(where)) {
                BasicFileAttributes a = Files.readAttributes(where, BasicFileAttributes.class);
                return prefix + where.getFileName() + " " + a.size() + " " + a.lastModifiedTime().toMillis();
            }
            try (Stream<Path> files = Files.walk(where)) {
                long[] newest = {0, 0};
                files.filter(p -> p.toString().endsWith(".class")).forEach(p -> {
                    newest[1]++;
                    try {
                        newest[0] = Math.max(newest[0], Files.getLastModifiedTime(p).toMillis());
                    } catch (IOException e) {
                        newest[0] = Long.MAX_VALUE;
                    }
                });
                return prefix + "classes " + newest[1] + " " + newest[0];
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Unknown code: a version no other run shares, so nothing is ever read back.
            return "unknown " + System.nanoTime();
        }
    }
}
