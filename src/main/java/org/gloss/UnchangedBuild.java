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
import java.util.stream.Stream;
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
 */
final class UnchangedBuild {

    /** The marker a build leaves in the output folder (listing its files); not a file of the site. */
    private static final String MARKER = ".gloss-site";

    private final BuildCache store;
    private final Path out;
    private final byte[] recordKey;
    /** The digest of the inputs, or null when they cannot be vouched for. */
    private final String inputs;

    private UnchangedBuild(BuildCache store, Path out, String inputs) {
        this.store = store;
        this.out = out.toAbsolutePath().normalize();
        this.recordKey = store.key(BuildCache.Kind.BUILD, this.out.toString().getBytes(StandardCharsets.UTF_8));
        this.inputs = inputs;
    }

    /** What the next build into {@code out} starts from: its inputs, read now. */
    static UnchangedBuild of(BuildCache store, Path contentDir, Path templatesDir, Path out) {
        return new UnchangedBuild(store, out, inputsDigest(store, contentDir, templatesDir));
    }

    /**
     * The last build's result (with {@code timings}, this check's) when nothing changed since it
     * and its output folder is as it left it; empty when a build must run.
     */
    Optional<Gloss.BuildResult> lastResult(org.gloss.core.BuildTimings timings) {
        if (inputs == null || !(store.get(BuildCache.Kind.BUILD, recordKey) instanceof List<?> record)
                || record.size() != 5 || !inputs.equals(record.get(0))
                || !(record.get(1) instanceof Integer articles) || !(record.get(2) instanceof Integer pages)
                || !(record.get(3) instanceof List<?> problems) || !(record.get(4) instanceof List<?> files)
                || files.size() % 2 != 0) {
            return Optional.empty();
        }
        Map<String, byte[]> made = new HashMap<>();
        for (int i = 0; i < files.size(); i += 2) {
            if (!(files.get(i) instanceof String path) || !(files.get(i + 1) instanceof byte[] fingerprint)) {
                return Optional.empty();
            }
            made.put(path, fingerprint);
        }
        if (!outputIsAsMade(made)) {
            return Optional.empty();
        }
        List<Problem> reported = new ArrayList<>();
        for (Object p : problems) {
            if (!(p instanceof Problem problem)) {
                return Optional.empty();
            }
            reported.add(problem);
        }
        return Optional.of(new Gloss.BuildResult(articles, pages, reported, timings, true));
    }

    /** A sink that passes every file on to {@code sink} and notes its fingerprint, for {@link #record}. */
    Recording recording(SiteSink sink) {
        return new Recording(sink);
    }

    /**
     * Records a published build: its inputs, its result and every file it wrote. The build
     * cache's own notes are left out: they describe that build's cache, not the site.
     */
    void record(Gloss.BuildResult result, Recording files) {
        String cacheFolder = store.folder().toString();
        if (inputs == null) {
            return;
        }
        List<Object> made = new ArrayList<>();
        new java.util.TreeMap<>(files.fingerprints).forEach((path, fingerprint) -> {
            made.add(path);
            made.add(fingerprint);
        });
        List<Problem> problems = result.problems().stream()
                .filter(p -> !(p.isNote() && p.file().equals(cacheFolder))).toList();
        store.put(BuildCache.Kind.BUILD, recordKey, List.of(inputs, result.articles(), result.pages(), problems, made));
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
            fingerprints.put(file.path(), StoredPages.fingerprint(file.content()));
            sink.accept(file);
        }

        @Override
        public void acceptUnchanged(OutputFile file) {
            fingerprints.put(file.path(), StoredPages.fingerprint(file.content()));
            sink.acceptUnchanged(file);
        }
    }

    /** True when the output folder holds exactly the files in {@code made} (and the marker), as made. */
    private boolean outputIsAsMade(Map<String, byte[]> made) {
        List<Path> found;
        try (Stream<Path> all = Files.walk(out)) {
            found = all.filter(p -> !p.equals(out)).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
        // A folder is as made when a file made is in it: one added by hand (even empty) is not,
        // and a build, which would replace it, must run and say so.
        java.util.Set<String> folders = new java.util.HashSet<>();
        for (String path : made.keySet()) {
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                folders.add(path.substring(0, slash));
            }
        }
        // On every core: a site of 10,000 articles has some 35,000 files to read back.
        long[] files = found.parallelStream().mapToLong(p -> asMade(p, made, folders)).toArray();
        long count = 0;
        for (long f : files) {
            if (f < 0) {
                return false;
            }
            count += f;
        }
        return count == made.size();
    }

    /** 1 for a file of the site as made, 0 for one of its folders or the marker, -1 for anything else. */
    private long asMade(Path p, Map<String, byte[]> made, java.util.Set<String> folders) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            String path = out.relativize(p).toString().replace('\\', '/');
            if (attrs.isDirectory()) {
                return folders.contains(path) ? 0 : -1;
            }
            if (path.equals(MARKER) && attrs.isRegularFile()) {
                return 0;
            }
            byte[] fingerprint = made.get(path);
            if (fingerprint == null || !attrs.isRegularFile() || attrs.size() != StoredPages.length(fingerprint)) {
                return -1;
            }
            return Arrays.equals(fingerprint, StoredPages.fingerprint(Files.readAllBytes(p))) ? 1 : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** A file's fingerprint; empty for a folder; null for anything else, or a file that cannot be read. */
    private static byte[] inputFingerprint(Path p) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isDirectory()) {
                return new byte[0];
            }
            return attrs.isRegularFile() ? StoredPages.fingerprint(Files.readAllBytes(p)) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The digest of every file under the content and templates folders, by path and fingerprint,
     * with the output folder (the version is part of every key); null when a symbolic link or a
     * special file is among them (what it stands for may change without it changing) or one
     * cannot be read.
     */
    private static String inputsDigest(BuildCache store, Path contentDir, Path templatesDir) {
        List<byte[]> parts = new ArrayList<>();
        for (Path dir : templatesDir == null ? List.of(contentDir) : List.of(contentDir, templatesDir)) {
            parts.add(dir.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            List<Path> all;
            try (Stream<Path> walk = Files.walk(dir)) {
                all = walk.sorted().toList();
            } catch (IOException | java.io.UncheckedIOException e) {
                return null;
            }
            // Read and fingerprinted on every core, joined in path order.
            List<byte[]> fingerprints = all.parallelStream().map(UnchangedBuild::inputFingerprint).toList();
            for (int i = 0; i < all.size(); i++) {
                byte[] f = fingerprints.get(i);
                if (f == null) {
                    return null;
                }
                if (f.length > 0) {
                    parts.add(dir.relativize(all.get(i)).toString().getBytes(StandardCharsets.UTF_8));
                    parts.add(f);
                }
            }
        }
        return java.util.HexFormat.of().formatHex(store.key(BuildCache.Kind.BUILD, parts.toArray(byte[][]::new)));
    }
}
