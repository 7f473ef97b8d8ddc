package org.gloss;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.gloss.core.CompactText;

/**
 * A small versioned binary format for the immutable values the phases hand on: Gloss's own
 * records and enums, built of strings, boxed numbers, dates, lists, sets, maps and primitive
 * arrays. What the build cache stores, and what it digests page keys with.
 *
 * <p>Why this and not {@code java.io} serialization: every result type would have to declare
 * {@code Serializable} (features' records included), and a stream may name any class on the class
 * path. Here a record is written as its class name and its components, and read back through its
 * canonical constructor only (so its own checks run again); only records and enums in
 * {@code org.gloss} are ever made from a name. A new feature's records need no code of their own.
 * A value of any other kind cannot be written ({@link Unsupported}): its holder is simply not
 * cached. The format's version is {@link #FORMAT}; the cache also keys every entry by the Gloss
 * jar it was made with, so a changed record shape is never read with the old one.
 */
final class ValueCodec {

    /**
     * Bump when the encoding below changes, or the shape of a record the cache holds (2: a
     * quotation's key holds its words packed, one string a list; 3: an analysis holds its text
     * as places in the article's body; 4: an article's body and an analysis's source are
     * {@link CompactText}), so old entries are never read.
     */
    static final int FORMAT = 4;

    private static final int NULL = 0, STRING = 1, INT = 2, LONG = 3, BOOL = 4, DOUBLE = 5, FLOAT = 6,
            SHORT = 7, BYTE = 8, CHAR = 9, LIST = 10, SET = 11, MAP = 12, RECORD = 13, ENUM = 14, DATE = 15,
            LONGS = 16, INTS = 17, OBJECTS = 18, OPTIONAL = 19, DOUBLES = 20, BYTES = 21, SORTED_SET = 22,
            SORTED_MAP = 23, BOOLS = 24;
    /** In a canonical form only, never decoded: a record given as its digest ({@link #listedForm}). */
    private static final int DIGEST = 25;
    /** A {@link CompactText}, written as its string. */
    private static final int TEXT = 26;
    /**
     * The most content (about, in bytes: {@link #contentUpTo}) of a record a list's canonical
     * form holds in place rather than as its digest ({@link #listedForm}): a digest listed costs
     * its 33 bytes and hashing the record on its own (two SHA-256 blocks at least, with the
     * padding and its class names), so a record under about that size is cheaper hashed where it
     * is listed; most such (a span, another article's passage) are listed once anyway.
     */
    static final int SMALL_RECORD = 128;

    private static final String OWN = "org.gloss.";

    /** A value this format cannot hold (a class that is not a record, a sorted set with its own order). */
    static final class Unsupported extends RuntimeException {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** Each record class's canonical constructor and accessors, looked up once. */
    private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();

    private record Shape(Constructor<?> constructor, Method[] accessors) {
    }

    /** {@code value} encoded; throws {@link Unsupported} when it holds a value of another kind. */
    byte[] encode(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        encode(value, bytes);
        return bytes.toByteArray();
    }

    /**
     * Writes {@code value} to {@code out} in its canonical form, for a digest: sets and maps are
     * written in the order of their items' encodings, not their iteration order, which for a
     * hash set of records holding enums differs from one process to the next (an enum's hash is
     * its identity). Two equal values give the same bytes in any process.
     */
    void encodeCanonical(Object value, OutputStream out) {
        encodeCanonical(value, out, 1024, null);
    }

    /**
     * {@link #encodeCanonical(Object, OutputStream)}, but each large record that is an item of a
     * list reached from {@code value} through lists alone (not inside a record, set or map) is
     * written as a tag and its digest: {@code known} gives its {@link #listedForm} (made once per
     * object by the caller), or null for a small record, written in place. A page's key lists
     * values many pages and site files share (a quotation, an article's metadata): each is then
     * encoded once per build however many keys list it. Still a function of the value alone, so
     * equal values give equal bytes in any process, and different ones different bytes up to the
     * digest's collisions.
     */
    void encodeCanonical(Object value, OutputStream out, Function<Object, byte[]> known) {
        encodeCanonical(value, out, 1024, known);
    }

    /**
     * {@link #encodeCanonical(Object, OutputStream)} through a buffer of {@code bufferSize} bytes:
     * small for a set's or map's items, encoded one by one to be sorted, where a fresh 8 KB
     * buffer for each item cost more than the encoding (most of a rebuild's page-key digests).
     */
    private void encodeCanonical(Object value, OutputStream out, int bufferSize, Function<Object, byte[]> known) {
        try {
            // Buffered: a digest stream pays per call (a third of a cached build's time, unbuffered).
            DataBuffer data = new DataBuffer(out, bufferSize);
            new Writer(data, true, known).write(value);
            data.flush();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void encode(Object value, OutputStream out) {
        try {
            // Buffered: a digest stream pays per call (a third of a cached build's time, unbuffered).
            DataBuffer data = new DataBuffer(out, 8192);
            new Writer(data, false, null).write(value);
            data.flush();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value {@link #encode} wrote; throws IOException for bytes it could not have written. */
    Object decode(byte[] bytes) throws IOException {
        try {
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
            Object v = new Reader(in).read();
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            return v;
        } catch (RuntimeException e) {
            // A constructor's own check failing, a class gone: the bytes are not a value of this build.
            throw new IOException("undecodable: " + e, e);
        }
    }

    /**
     * How a list in a canonical form with known digests holds {@code record}: a tag and
     * {@code hash} of its canonical encoding on its own when its content is more than
     * {@link #SMALL_RECORD} bytes; null when it is not, and the record is written in place (its
     * class name then written once per form, not once per record).
     */
    byte[] listedForm(Object record, Function<byte[], byte[]> hash) {
        // A small record is written in place each time it is listed, so it is sized without
        // encoding it: encoding it on its own to measure it cost as much as writing it.
        if (contentUpTo(record, SMALL_RECORD) >= 0) {
            return null;
        }
        return digestForm(hash.apply(canonicalBytes(record)));
    }

    /**
     * {@code budget} less about as many bytes as {@code v}'s content takes encoded (strings by
     * their length, numbers eight bytes, class names not counted), stopping once below zero: a
     * function of the value alone, so that whether a record is listed by its digest is too.
     */
    private int contentUpTo(Object v, int budget) {
        if (budget < 0) {
            return budget;
        }
        if (v instanceof String str) {
            return budget - 4 - str.length();
        }
        if (v instanceof CompactText text) {
            return budget - 4 - text.length();
        }
        if (v instanceof Optional<?> o) {
            return contentUpTo(o.orElse(null), budget - 1);
        }
        if (v instanceof Collection<?> items) {
            budget -= 4;
            for (Object item : items) {
                budget = contentUpTo(item, budget);
                if (budget < 0) {
                    return budget;
                }
            }
            return budget;
        }
        if (v instanceof Map<?, ?> map) {
            budget -= 4;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                budget = contentUpTo(e.getValue(), contentUpTo(e.getKey(), budget));
                if (budget < 0) {
                    return budget;
                }
            }
            return budget;
        }
        if (v instanceof Record && own(v.getClass())) {
            budget -= 2;
            for (Method m : shape(v.getClass()).accessors()) {
                try {
                    budget = contentUpTo(m.invoke(v), budget);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new Unsupported("cannot read " + m + ": " + e);
                }
                if (budget < 0) {
                    return budget;
                }
            }
            return budget;
        }
        if (v instanceof byte[] a) {
            return budget - 4 - a.length;
        }
        if (v instanceof int[] a) {
            return budget - 4 - 4 * a.length;
        }
        if (v instanceof long[] a) {
            return budget - 4 - 8 * a.length;
        }
        if (v instanceof double[] a) {
            return budget - 4 - 8 * a.length;
        }
        if (v instanceof Object[] a) {
            for (Object x : a) {
                budget = contentUpTo(x, budget);
            }
            return budget - 4;
        }
        // Numbers, dates, enums, null; anything else the encoding itself refuses.
        return budget - 8;
    }

    /** A {@link #listedForm} holding {@code digest}. */
    static byte[] digestForm(byte[] digest) {
        byte[] form = new byte[1 + digest.length];
        form[0] = DIGEST;
        System.arraycopy(digest, 0, form, 1, digest.length);
        return form;
    }

    /** The digest a {@link #listedForm} holds. */
    static byte[] digestIn(byte[] form) {
        return Arrays.copyOfRange(form, 1, form.length);
    }

    /** One item's canonical encoding on its own (its own table of class names). */
    private byte[] canonicalBytes(Object item) {
        try {
            DataBuffer data = DataBuffer.growing(256);
            new Writer(data, true, null).write(item);
            return data.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Shape shape(Class<?> type) {
        return shapes.computeIfAbsent(type, t -> {
            RecordComponent[] parts = t.getRecordComponents();
            Class<?>[] types = new Class<?>[parts.length];
            Method[] accessors = new Method[parts.length];
            for (int i = 0; i < parts.length; i++) {
                types[i] = parts[i].getType();
                accessors[i] = parts[i].getAccessor();
                // Features keep their records package-private; the cache reads them all the same.
                accessors[i].setAccessible(true);
            }
            try {
                Constructor<?> c = t.getDeclaredConstructor(types);
                c.setAccessible(true);
                return new Shape(c, accessors);
            } catch (NoSuchMethodException e) {
                throw new Unsupported("no canonical constructor: " + t.getName());
            }
        });
    }

    /** One encoding: class names are written once and then referred to by number. */
    private final class Writer {
        private final DataBuffer out;
        private final Map<String, Integer> names = new HashMap<>();
        private final boolean canonical;
        /** The digests a canonical form gives its lists' records as, or null to encode them. */
        private final Function<Object, byte[]> known;
        /** How many records the value being written is inside: lists' records are given by digest only at 0. */
        private int inside;

        Writer(DataBuffer out, boolean canonical, Function<Object, byte[]> known) {
            this.out = out;
            this.canonical = canonical;
            this.known = known;
        }

        void write(Object v) throws IOException {
            if (v == null) {
                out.writeByte(NULL);
            } else if (v instanceof String s) {
                out.writeByte(STRING);
                writeString(s);
            } else if (v instanceof CompactText t) {
                out.writeByte(TEXT);
                writeString(t.toString());
            } else if (v instanceof Integer i) {
                out.writeByte(INT);
                out.writeInt(i);
            } else if (v instanceof Long l) {
                out.writeByte(LONG);
                out.writeLong(l);
            } else if (v instanceof Boolean b) {
                out.writeByte(BOOL);
                out.writeBoolean(b);
            } else if (v instanceof Double d) {
                out.writeByte(DOUBLE);
                out.writeDouble(d);
            } else if (v instanceof Float f) {
                out.writeByte(FLOAT);
                out.writeFloat(f);
            } else if (v instanceof Short s) {
                out.writeByte(SHORT);
                out.writeShort(s);
            } else if (v instanceof Byte b) {
                out.writeByte(BYTE);
                out.writeByte(b);
            } else if (v instanceof Character c) {
                out.writeByte(CHAR);
                out.writeChar(c);
            } else if (v instanceof LocalDate d) {
                out.writeByte(DATE);
                out.writeLong(d.toEpochDay());
            } else if (v instanceof Optional<?> o) {
                out.writeByte(OPTIONAL);
                write(o.orElse(null));
            } else if (v instanceof List<?> list) {
                out.writeByte(LIST);
                writeAll(list);
            } else if (v instanceof SortedSet<?> set) {
                if (set.comparator() != null) {
                    throw new Unsupported("a sorted set with its own order");
                }
                out.writeByte(SORTED_SET);
                writeAll(set);
            } else if (v instanceof Set<?> set) {
                out.writeByte(SET);
                writeAll(set);
            } else if (v instanceof SortedMap<?, ?> map) {
                if (map.comparator() != null) {
                    throw new Unsupported("a sorted map with its own order");
                }
                out.writeByte(SORTED_MAP);
                writeMap(map);
            } else if (v instanceof Map<?, ?> map) {
                out.writeByte(MAP);
                writeMap(map);
            } else if (v instanceof long[] a) {
                out.writeByte(LONGS);
                out.writeInt(a.length);
                for (long x : a) {
                    out.writeLong(x);
                }
            } else if (v instanceof int[] a) {
                out.writeByte(INTS);
                out.writeInt(a.length);
                for (int x : a) {
                    out.writeInt(x);
                }
            } else if (v instanceof double[] a) {
                out.writeByte(DOUBLES);
                out.writeInt(a.length);
                for (double x : a) {
                    out.writeDouble(x);
                }
            } else if (v instanceof byte[] a) {
                out.writeByte(BYTES);
                out.writeInt(a.length);
                out.write(a);
            } else if (v instanceof boolean[] a) {
                out.writeByte(BOOLS);
                out.writeInt(a.length);
                for (boolean x : a) {
                    out.writeBoolean(x);
                }
            } else if (v instanceof Object[] a) {
                Class<?> component = a.getClass().getComponentType();
                if (component != String.class && !own(component)) {
                    throw new Unsupported("an array of " + component.getName());
                }
                out.writeByte(OBJECTS);
                writeName(component.getName());
                out.writeInt(a.length);
                for (Object x : a) {
                    write(x);
                }
            } else if (v instanceof Enum<?> e) {
                out.writeByte(ENUM);
                writeName(e.getDeclaringClass().getName());
                writeString(e.name());
            } else if (v instanceof Record && own(v.getClass())) {
                Shape shape = shape(v.getClass());
                out.writeByte(RECORD);
                writeName(v.getClass().getName());
                out.writeShort(shape.accessors().length);
                inside++;
                for (Method m : shape.accessors()) {
                    try {
                        write(m.invoke(v));
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new Unsupported("cannot read " + m + ": " + e);
                    }
                }
                inside--;
            } else {
                throw new Unsupported("a " + v.getClass().getName());
            }
        }

        private void writeAll(Collection<?> items) throws IOException {
            out.writeInt(items.size());
            if (canonical && items instanceof Set<?>) {
                for (byte[] b : sorted(items.stream().map(ValueCodec.this::canonicalBytes).toList())) {
                    out.write(b);
                }
                return;
            }
            // Sets and maps never get here in a canonical form (their items are encoded on their own,
            // whole), so only lists reached through lists from the value give records by digest.
            boolean byDigest = known != null && inside == 0;
            for (Object item : items) {
                byte[] form = byDigest && item instanceof Record && own(item.getClass()) ? known.apply(item) : null;
                if (form != null) {
                    out.write(form);
                } else {
                    write(item);
                }
            }
        }

        private void writeMap(Map<?, ?> map) throws IOException {
            out.writeInt(map.size());
            // Maps are written whole in a canonical form: their entries are sorted by encoding.
            if (canonical) {
                for (byte[] b : sorted(map.entrySet().stream()
                        .map(e -> canonicalBytes(java.util.Arrays.asList(e.getKey(), e.getValue()))).toList())) {
                    out.write(b);
                }
                return;
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                write(e.getKey());
                write(e.getValue());
            }
        }

        private List<byte[]> sorted(List<byte[]> encodings) {
            List<byte[]> all = new ArrayList<>(encodings);
            all.sort(Arrays::compare);
            return all;
        }

        private void writeName(String name) throws IOException {
            Integer known = names.get(name);
            if (known != null) {
                out.writeInt(known);
            } else {
                out.writeInt(-1);
                out.writeUTF(name);
                names.put(name, names.size());
            }
        }

        /** Strings of any length (writeUTF stops at 64 KB), as UTF-8. */
        private void writeString(String s) throws IOException {
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
    }

    private final class Reader {
        private final DataInputStream in;
        private final List<Class<?>> names = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        Object read() throws IOException {
            int tag = in.readUnsignedByte();
            return switch (tag) {
                case NULL -> null;
                case STRING -> readString();
                case TEXT -> CompactText.of(readString());
                case INT -> in.readInt();
                case LONG -> in.readLong();
                case BOOL -> in.readBoolean();
                case DOUBLE -> in.readDouble();
                case FLOAT -> in.readFloat();
                case SHORT -> in.readShort();
                case BYTE -> in.readByte();
                case CHAR -> in.readChar();
                case DATE -> LocalDate.ofEpochDay(in.readLong());
                case OPTIONAL -> Optional.ofNullable(read());
                case LIST -> {
                    int n = size();
                    List<Object> list = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        list.add(read());
                    }
                    yield Collections.unmodifiableList(list);
                }
                case SET, SORTED_SET -> {
                    int n = size();
                    Set<Object> set = tag == SET ? new LinkedHashSet<>() : new TreeSet<>();
                    for (int i = 0; i < n; i++) {
                        set.add(read());
                    }
                    yield tag == SET ? Collections.unmodifiableSet(set)
                            : Collections.unmodifiableSortedSet((SortedSet<Object>) set);
                }
                case MAP, SORTED_MAP -> {
                    int n = size();
                    Map<Object, Object> map = tag == MAP ? new LinkedHashMap<>() : new TreeMap<>();
                    for (int i = 0; i < n; i++) {
                        Object k = read();
                        map.put(k, read());
                    }
                    yield tag == MAP ? Collections.unmodifiableMap(map)
                            : Collections.unmodifiableSortedMap((SortedMap<Object, Object>) map);
                }
                case LONGS -> {
                    long[] a = new long[size()];
                    for (int i = 0; i < a.length; i++) {
                        a[i] = in.readLong();
                    }
                    yield a;
                }
                case INTS -> {
                    int[] a = new int[size()];
                    for (int i = 0; i < a.length; i++) {
                        a[i] = in.readInt();
                    }
                    yield a;
                }
                case DOUBLES -> {
                    double[] a = new double[size()];
                    for (int i = 0; i < a.length; i++) {
                        a[i] = in.readDouble();
                    }
                    yield a;
                }
                case BYTES -> {
                    byte[] a = new byte[size()];
                    in.readFully(a);
                    yield a;
                }
                case BOOLS -> {
                    boolean[] a = new boolean[size()];
                    for (int i = 0; i < a.length; i++) {
                        a[i] = in.readBoolean();
                    }
                    yield a;
                }
                case OBJECTS -> {
                    Class<?> component = readClass();
                    Object[] a = (Object[]) java.lang.reflect.Array.newInstance(component, size());
                    for (int i = 0; i < a.length; i++) {
                        a[i] = read();
                    }
                    yield a;
                }
                case ENUM -> {
                    Class<?> type = readClass();
                    if (!type.isEnum()) {
                        throw new IOException("not an enum: " + type.getName());
                    }
                    String name = readString();
                    yield Arrays.stream(type.getEnumConstants()).map(c -> (Enum<?>) c)
                            .filter(c -> c.name().equals(name)).findFirst()
                            .orElseThrow(() -> new IOException("no constant " + name + " in " + type.getName()));
                }
                case RECORD -> {
                    Class<?> type = readClass();
                    if (!type.isRecord()) {
                        throw new IOException("not a record: " + type.getName());
                    }
                    Shape shape = shape(type);
                    int n = in.readUnsignedShort();
                    if (n != shape.accessors().length) {
                        throw new IOException(type.getName() + " has " + shape.accessors().length
                                + " components, the cache " + n);
                    }
                    Object[] args = new Object[n];
                    for (int i = 0; i < n; i++) {
                        args[i] = read();
                    }
                    try {
                        yield shape.constructor().newInstance(args);
                    } catch (ReflectiveOperationException | IllegalArgumentException e) {
                        throw new IOException("cannot make " + type.getName() + ": " + e, e);
                    }
                }
                default -> throw new IOException("unknown tag " + tag);
            };
        }

        private int size() throws IOException {
            int n = in.readInt();
            if (n < 0 || n > in.available() + 1) {
                // Every item takes at least a byte: a larger count is a corrupt length, not a value.
                throw new IOException("bad length " + n);
            }
            return n;
        }

        private Class<?> readClass() throws IOException {
            int ref = in.readInt();
            if (ref >= 0) {
                if (ref >= names.size()) {
                    throw new IOException("bad class reference " + ref);
                }
                return names.get(ref);
            }
            String name = in.readUTF();
            if (!name.equals(String.class.getName()) && !name.startsWith(OWN)) {
                throw new IOException("not a Gloss type: " + name);
            }
            try {
                Class<?> type = Class.forName(name, false, ValueCodec.class.getClassLoader());
                names.add(type);
                return type;
            } catch (ClassNotFoundException e) {
                throw new IOException("no class " + name, e);
            }
        }

        private String readString() throws IOException {
            byte[] b = new byte[size()];
            in.readFully(b);
            return new String(b, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static boolean own(Class<?> type) {
        return type.getName().startsWith(OWN);
    }
}
