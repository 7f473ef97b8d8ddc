package org.gloss;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.gloss.core.OutputFile;
import org.gloss.core.Problem;
import org.gloss.core.SiteSink;

/**
 * A build with nothing to do, as make or Bazel see one: when no input changed since the last
 * build into the same output folder (every file of the content and templates folders, by path
 * and bytes; the Gloss version; the output folder), and that folder still holds exactly the files
 * that build wrote, as it wrote them, the build is that build again: its result (with its
 * warnings) is reported and the folder is left as it is. Anything else, or anything this cannot
 * vouch for (a symbolic link or special file among the inputs, an unreadable file), makes a full
 * build. The record is one build cache entry per output folder, written after each published
 * build; like every entry it is checked before it is trusted.
 *
 * <p>A file is read only when its stamp (modification time, size and file key, as {@code stat}
 * gives them) is not the one recorded with its fingerprint, as git's index and make trust a
 * file's time: a check of an unchanged 10,000-article site then reads no file but the record. A
 * stamp is recorded only once the file's time is {@link #SETTLED_NANOS} behind the clock that
 * read it, so a file changed again within the same tick of a coarse clock is still read (git's
 * "racily clean" entries).
 */
final class UnchangedBuild {

    /** The marker a build leaves in the output folder (listing its files); not a file of the site. */
    private static final String MARKER = ".gloss-site";
    /** How far behind the clock a file's time must be for its stamp to vouch for its bytes. */
    static final long SETTLED_NANOS = 2_000_000_000L;

    /** What the last build into a folder recorded: its inputs' digest and files, its result, the files it made. */
    private record Last(String inputs, List<Stamped> inputFiles, int articles, int pages, List<Problem> problems,
                        List<Stamped> made) {
    }

    /** One file (by path), its fingerprint, and its stamp when that vouches for the fingerprint ("" when not). */
    private record Stamped(String path, byte[] fingerprint, String stamp) {
    }

    private final BuildCache store;
    private final Path out;
    private final byte[] recordKey;
    /** The last build's record, or null. */
    private final Last last;
    /** The digest of the inputs, or null when they cannot be vouched for; and each input's fingerprint. */
    private final String inputs;
    private final List<Stamped> inputFiles;
    private final AtomicInteger filesRead = new AtomicInteger();
    /**
     * Whether a file looked at has a stamp now other than the one recorded (or none recorded):
     * then the record is written again. Paths and fingerprints need no comparing: a check only
     * succeeds when they are the recorded ones.
     */
    private final AtomicBoolean restamped = new AtomicBoolean();

    private UnchangedBuild(BuildCache store, Path out, Path contentDir, Path templatesDir) {
        this.store = store;
        this.out = out.toAbsolutePath().normalize();
        this.recordKey = store.key(BuildCache.Kind.BUILD, this.out.toString().getBytes(StandardCharsets.UTF_8));
        this.last = store.get(BuildCache.Kind.BUILD, recordKey) instanceof Last l ? l : null;
        this.inputFiles = new ArrayList<>();
        this.inputs = inputsDigest(contentDir, templatesDir);
    }

    /** What the next build into {@code out} starts from: its inputs, read now (those whose stamps changed). */
    static UnchangedBuild of(BuildCache store, Path contentDir, Path templatesDir, Path out) {
        return new UnchangedBuild(store, out, contentDir, templatesDir);
    }

    /**
     * The last build's result (with {@code timings}, this check's) when nothing changed since it
     * and its output folder is as it left it; empty when a build must run. Files read because
     * their stamps did not vouch for them, and found as recorded, have their stamps recorded now
     * (when settled), so the next check need not read them.
     */
    Optional<Gloss.BuildResult> lastResult(org.gloss.core.BuildTimings timings) {
        if (inputs == null || last == null || !inputs.equals(last.inputs())) {
            return Optional.empty();
        }
        List<Stamped> checked = outputAsMade(last.made());
        if (checked == null) {
            return Optional.empty();
        }
        if (restamped.get()) {
            store.put(BuildCache.Kind.BUILD, recordKey, new Last(inputs, List.copyOf(inputFiles), last.articles(),
                    last.pages(), last.problems(), checked));
        }
        return Optional.of(new Gloss.BuildResult(last.articles(), last.pages(), last.problems(), timings, true));
    }

    /** How many files this check read, rather than trusted by their stamps (for tests). */
    int filesRead() {
        return filesRead.get();
    }

    /** A sink that passes every file on to {@code sink} and notes its fingerprint, for {@link #record}. */
    Recording recording(SiteSink sink) {
        return new Recording(sink);
    }

    /**
     * Records a published build: its inputs, its result and every file it wrote, each with its
     * stamp in the output folder now (when settled). The build cache's own notes are left out:
     * they describe that build's cache, not the site.
     */
    void record(Gloss.BuildResult result, Recording files) {
        String cacheFolder = store.folder().toString();
        if (inputs == null) {
            return;
        }
        long now = nowNanos();
        List<Stamped> made = new java.util.TreeMap<>(files.fingerprints).entrySet().parallelStream()
                .map(e -> new Stamped(e.getKey(), e.getValue(), settledStamp(out.resolve(e.getKey()), now)))
                .toList();
        List<Problem> problems = result.problems().stream()
                .filter(p -> !(p.isNote() && p.file().equals(cacheFolder))).toList();
        store.put(BuildCache.Kind.BUILD, recordKey, new Last(inputs, List.copyOf(inputFiles), result.articles(),
                result.pages(), problems, made));
    }

    /** A sink noting the fingerprint of every file it passes on. */
    static final class Recording implements SiteSink {
        private final SiteSink sink;
        private final Map<String, byte[]> fingerprints = new ConcurrentHashMap<>();

        private Recording(SiteSink sink) {
            this.sink = sink;
        }

        @Override
        public void accept(OutputFile file) {
            if (file.streamed()) {
                // Noted as the sink writes it out, not held whole to fingerprint it first.
                sink.accept(Fingerprint.watched(file, fp -> fingerprints.put(file.path(), fp)));
                return;
            }
            fingerprints.put(file.path(), StoredPages.fingerprint(file.content()));
            sink.accept(file);
        }

        @Override
        public void acceptUnchanged(OutputFile file) {
            fingerprints.put(file.path(), fingerprint(file));
            sink.acceptUnchanged(file);
        }

        private static byte[] fingerprint(OutputFile file) {
            if (!file.streamed()) {
                return StoredPages.fingerprint(file.content());
            }
            Fingerprint fp = new Fingerprint();
            try {
                file.writeTo(fp);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return fp.value();
        }
    }

    /**
     * The files of {@code made} with their stamps now, in the record's order, when the output
     * folder holds exactly them (and the marker) as made; null when it does not.
     */
    private List<Stamped> outputAsMade(List<Stamped> made) {
        Map<String, Stamped> byPath = new HashMap<>(made.size() * 2);
        made.forEach(f -> byPath.put(f.path(), f));
        List<Entry> found = entries(out);
        if (found == null) {
            return null;
        }
        // A folder is as made when a file made is in it: one added by hand (even empty) is not,
        // and a build, which would replace it, must run and say so.
        java.util.Set<String> folders = new java.util.HashSet<>();
        for (String path : byPath.keySet()) {
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                folders.add(path.substring(0, slash));
            }
        }
        // On every core: a site of 10,000 articles has some 35,000 files to look at.
        long now = nowNanos();
        Map<String, Stamped> checked = new ConcurrentHashMap<>(made.size() * 2);
        boolean asMade = found.parallelStream().allMatch(e -> asMade(e, byPath, folders, now, checked));
        if (!asMade || checked.size() != made.size()) {
            return null;
        }
        // Every file made was found (as many, and each found is one made): listed as recorded.
        return made.stream().map(f -> checked.get(f.path())).toList();
    }

    /** {@code p}'s path under the output folder, with forward slashes, as pages name themselves. */
    private String relativePath(Path p) {
        String inside = under(out, p);
        return java.io.File.separatorChar == '/' ? inside : inside.replace(java.io.File.separatorChar, '/');
    }

    /**
     * {@code p}'s path under {@code base} (which it is under), as {@code base.relativize(p)} prints
     * it: a string cut, where {@code relativize} splits both paths into names for every file.
     */
    private static String under(Path base, Path p) {
        String b = base.toString();
        return p.toString().substring(b.length() + (b.endsWith(java.io.File.separator) ? 0 : 1));
    }

    /** A path under a folder with the attributes the walk read for it (a path is looked at once). */
    private record Entry(Path path, BasicFileAttributes attrs) {
    }

    /**
     * Everything under {@code root} (not itself), each with its attributes (symbolic links not
     * followed), in no set order; null when the folder cannot be walked. Each folder is listed,
     * then its entries' attributes are read on every core: a 10,000-article site has folders of
     * 10,000 and 15,000 files, and a {@code stat} per file was most of a check's time on one.
     */
    private static List<Entry> entries(Path root) {
        try {
            List<Entry> out = new ArrayList<>();
            addEntries(root, out);
            return out;
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    /** Adds the entries under {@code dir} to {@code out}: its own, then each sub-folder's. */
    private static void addEntries(Path dir, List<Entry> out) throws IOException {
        List<Path> names = new ArrayList<>();
        try (java.nio.file.DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
            listing.forEach(names::add);
        }
        List<Entry> here = names.parallelStream().map(UnchangedBuild::entry).toList();
        out.addAll(here);
        for (Entry e : here) {
            if (e.attrs().isDirectory()) {
                addEntries(e.path(), out);
            }
        }
    }

    /** {@code p} with its attributes, read without following a symbolic link. */
    private static Entry entry(Path p) {
        try {
            return new Entry(p, Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Whether {@code e} is a file of the site as made (added to {@code checked} with its stamp),
     * one of its folders, or the marker.
     */
    private boolean asMade(Entry e, Map<String, Stamped> made, java.util.Set<String> folders, long now,
                           Map<String, Stamped> checked) {
        try {
            BasicFileAttributes attrs = e.attrs();
            String path = relativePath(e.path());
            if (attrs.isDirectory()) {
                return folders.contains(path);
            }
            if (path.equals(MARKER) && attrs.isRegularFile()) {
                return true;
            }
            Stamped recorded = made.get(path);
            if (recorded == null || !attrs.isRegularFile() || attrs.size() != StoredPages.length(recorded.fingerprint())) {
                return false;
            }
            Stamped found = looked(path, e.path(), attrs, recorded, now);
            if (!Arrays.equals(recorded.fingerprint(), found.fingerprint())) {
                return false;
            }
            checked.put(path, found);
            return true;
        } catch (IOException x) {
            return false;
        }
    }

    /**
     * The file at {@code p} as it is now, to record under {@code path}: {@code recorded} itself
     * when the stamp recorded with it is the file's (the common case: nothing read, nothing made),
     * else with the fingerprint of its bytes, read now, and its stamp when settled. Notes in
     * {@link #restamped} when what is to be recorded is not what was.
     */
    private Stamped looked(String path, Path p, BasicFileAttributes attrs, Stamped recorded, long now)
            throws IOException {
        String stamp = stamp(attrs);
        if (recorded != null && !recorded.stamp().isEmpty() && recorded.stamp().equals(stamp)) {
            return recorded; // recorded settled, and the file's time has not moved since: still settled
        }
        filesRead.incrementAndGet();
        byte[] fingerprint = Fingerprint.of(p);
        String settled = settled(attrs, now) ? stamp : "";
        if (recorded == null || !recorded.stamp().equals(settled)) {
            restamped.set(true);
        }
        return new Stamped(path, fingerprint, settled);
    }

    /** A file's stamp: modification time (ns), size and file key (device and inode where there are such). */
    private static String stamp(BasicFileAttributes attrs) {
        return attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS) + "/" + attrs.size() + "/" + attrs.fileKey();
    }

    /**
     * The file's stamp when its time is far enough behind {@code now} (read before the file was)
     * for the stamp to vouch for its bytes, else "".
     */
    private static String settledStamp(BasicFileAttributes attrs, long now) {
        return settled(attrs, now) ? stamp(attrs) : "";
    }

    /** Whether the file's time is far enough behind {@code now} for its stamp to vouch for its bytes. */
    private static boolean settled(BasicFileAttributes attrs, long now) {
        return attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS) < now - SETTLED_NANOS;
    }

    /** The stamp of the file at {@code p} if it is a regular file and settled, else "". */
    private static String settledStamp(Path p, long now) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attrs.isRegularFile() ? settledStamp(attrs, now) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** The wall clock in ns, as file times are kept. */
    private static long nowNanos() {
        java.time.Instant t = java.time.Instant.now();
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    /**
     * An input's fingerprint (recorded in {@link #inputFiles} with its stamp, when settled): empty
     * for a folder; null for anything else, or a file that cannot be read.
     */
    private byte[] inputFingerprint(Entry e, Map<String, Stamped> recorded, long now, Map<Path, Stamped> seen) {
        try {
            BasicFileAttributes attrs = e.attrs();
            if (attrs.isDirectory()) {
                return new byte[0];
            }
            if (!attrs.isRegularFile()) {
                return null;
            }
            String path = e.path().toString();
            Stamped found = looked(path, e.path(), attrs, recorded.get(path), now);
            seen.put(e.path(), found);
            return found.fingerprint();
        } catch (IOException x) {
            return null;
        }
    }

    /**
     * The digest of every file under the content and templates folders, by path and fingerprint,
     * with the output folder (the version is part of every key); null when a symbolic link or a
     * special file is among them (what it stands for may change without it changing) or one
     * cannot be read. Fills {@link #inputFiles}.
     */
    private String inputsDigest(Path contentDir, Path templatesDir) {
        Map<String, Stamped> recorded = new HashMap<>();
        if (last != null) {
            last.inputFiles().forEach(f -> recorded.put(f.path(), f));
        }
        long now = nowNanos();
        Map<Path, Stamped> seen = new ConcurrentHashMap<>();
        List<byte[]> parts = new ArrayList<>();
        for (Path dir : templatesDir == null ? List.of(contentDir) : List.of(contentDir, templatesDir)) {
            Path root = dir.toAbsolutePath().normalize();
            parts.add(root.toString().getBytes(StandardCharsets.UTF_8));
            if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            List<Entry> found = entries(root);
            if (found == null) {
                return null;
            }
            List<Entry> all = found.stream().sorted(java.util.Comparator.comparing(Entry::path)).toList();
            // Looked at on every core, joined in path order.
            List<byte[]> fingerprints = all.parallelStream().map(e -> inputFingerprint(e, recorded, now, seen)).toList();
            for (int i = 0; i < all.size(); i++) {
                byte[] f = fingerprints.get(i);
                if (f == null) {
                    return null;
                }
                if (f.length > 0) {
                    Path p = all.get(i).path();
                    parts.add(under(root, p).getBytes(StandardCharsets.UTF_8));
                    parts.add(f);
                    inputFiles.add(seen.get(p));
                }
            }
        }
        return java.util.HexFormat.of().formatHex(store.key(BuildCache.Kind.BUILD, parts.toArray(byte[][]::new)));
    }
}
