package org.gloss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BuildCache#digestOnce} gives large records in lists as their digests, made once per
 * object; pinned here to the plain digest of the whole encoding ({@link BuildCache#digest}): two
 * values get equal digests exactly when the plain digests are equal, which is exactly when the
 * values are, in any process.
 */
class DigestOnceTest {

    enum Tone { PLAIN, LOUD }

    record Small(String id, int n) {
    }

    record Large(String id, String text, List<Small> parts, Tone tone) {
    }

    record Holder(Set<Large> set, Map<String, Small> map, List<Large> list) {
    }

    @TempDir
    Path tmp;

    @Test
    void digestsAreEqualExactlyWhenThePlainDigestsAre() {
        Random random = new Random(7);
        BuildCache once = BuildCache.open(tmp.resolve("a"), "test");
        BuildCache plain = BuildCache.open(tmp.resolve("b"), "test");
        BuildCache elsewhere = BuildCache.open(tmp.resolve("c"), "test");
        // A small pool, so that many values are equal without being the same object, and the
        // same objects recur in many values (as a quotation does in many page keys).
        List<Object> shared = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            shared.add(value(random, 0));
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            values.add(random.nextBoolean() ? value(random, 0) : list(random, shared));
        }
        List<byte[]> fast = values.stream().map(once::digestOnce).toList();
        List<byte[]> reference = values.stream().map(plain::digest).toList();
        for (int i = 0; i < values.size(); i++) {
            // Another process: a fresh cache, and fresh copies whose sets iterate in another order.
            assertArrayEquals(fast.get(i), elsewhere.digestOnce(copy(values.get(i))), "value " + i);
            for (int j = i + 1; j < values.size(); j++) {
                boolean equal = values.get(i).equals(values.get(j));
                assertEquals(equal, Arrays.equals(reference.get(i), reference.get(j)), i + " and " + j);
                assertEquals(equal, Arrays.equals(fast.get(i), fast.get(j)), i + " and " + j);
            }
        }
    }

    @Test
    void aValueDigestedAsAKeyIsDigestedByItAndNeverAsAnEncoding() {
        BuildCache store = BuildCache.open(tmp.resolve("a"), "test");
        Large text = new Large("a1", "x".repeat(300), List.of(), Tone.PLAIN);
        Large same = new Large("a1", "x".repeat(300), List.of(), Tone.PLAIN);
        store.digestAs(text, "analysed text", new byte[] {1, 2, 3});
        store.digestAs(same, "analysed text", new byte[] {1, 2, 4});
        assertFalse(Arrays.equals(store.digestOnce(text), store.digest(text)), "digested by its key");
        assertFalse(Arrays.equals(store.digestOnce(text), store.digestOnce(same)), "another key, another digest");
        assertFalse(Arrays.equals(store.digestOnce(List.of(text)), store.digestOnce(List.of(same))));
        BuildCache next = BuildCache.open(tmp.resolve("b"), "test");
        Large again = new Large("a1", "x".repeat(300), List.of(), Tone.PLAIN);
        next.digestAs(again, "analysed text", new byte[] {1, 2, 3});
        assertArrayEquals(store.digestOnce(List.of("page", text)), next.digestOnce(List.of("page", again)),
                "the same key in another build, the same digest");
    }

    private static Object value(Random random, int depth) {
        return switch (random.nextInt(depth > 2 ? 4 : 7)) {
            case 0 -> "s" + random.nextInt(3);
            case 1 -> random.nextInt(3);
            case 2 -> new Small("id" + random.nextInt(2), random.nextInt(2));
            case 3 -> large(random);
            case 4 -> {
                List<Object> items = new ArrayList<>();
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    items.add(value(random, depth + 1));
                }
                yield random.nextBoolean() ? items : Collections.unmodifiableList(items);
            }
            case 5 -> {
                Set<Large> set = new HashSet<>();
                for (int i = random.nextInt(3); i > 0; i--) {
                    set.add(large(random));
                }
                Map<String, Small> map = new LinkedHashMap<>();
                for (int i = random.nextInt(3); i > 0; i--) {
                    map.put("k" + random.nextInt(3), new Small("m", random.nextInt(2)));
                }
                yield new Holder(set, map, List.of(large(random)));
            }
            default -> Arrays.asList(large(random), value(random, depth + 1));
        };
    }

    private static Large large(Random random) {
        // Long enough, now and then, to be listed by its digest; and now and then short enough not to be.
        String text = random.nextBoolean() ? "t".repeat(200) + random.nextInt(2) : "short" + random.nextInt(2);
        return new Large("q" + random.nextInt(2), text, List.of(new Small("p", random.nextInt(2))),
                random.nextBoolean() ? Tone.PLAIN : Tone.LOUD);
    }

    private static List<Object> list(Random random, List<Object> shared) {
        List<Object> items = new ArrayList<>();
        for (int i = random.nextInt(4); i >= 0; i--) {
            items.add(random.nextInt(3) == 0 ? value(random, 1) : shared.get(random.nextInt(shared.size())));
        }
        return items;
    }

    /** An equal value made of new objects, sets filled in reverse order. */
    private static Object copy(Object v) {
        if (v instanceof List<?> list) {
            return new ArrayList<>(list.stream().map(DigestOnceTest::copy).toList());
        }
        if (v instanceof Small s) {
            return new Small(new String(s.id()), s.n());
        }
        if (v instanceof Large l) {
            return new Large(new String(l.id()), new String(l.text()), new ArrayList<>(l.parts()), l.tone());
        }
        if (v instanceof Holder h) {
            List<Large> items = new ArrayList<>(h.set());
            Collections.reverse(items);
            Set<Large> set = new java.util.LinkedHashSet<>();
            items.forEach(x -> set.add((Large) copy(x)));
            Map<String, Small> map = new LinkedHashMap<>();
            List<String> keys = new ArrayList<>(h.map().keySet());
            Collections.reverse(keys);
            keys.forEach(k -> map.put(k, h.map().get(k)));
            return new Holder(set, map, new ArrayList<>(h.list()));
        }
        return v instanceof String s ? new String(s) : v;
    }
}
