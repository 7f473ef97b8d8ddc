package org.gloss.analyze;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the features found, each feature's value under its own {@link ResultKey}: one article's
 * findings in {@link ArticleAnalysis}, the linked ones in {@link Annotations}. Immutable; two are
 * equal when they hold equal values under the same keys, which is what incremental builds compare.
 */
public final class Findings {

    /** No findings: where an analysis starts. */
    static final Findings NONE = new Findings(Map.of());

    private final Map<ResultKey<?>, Object> values;

    private Findings(Map<ResultKey<?>, Object> values) {
        this.values = values;
    }

    /** No findings: where an analysis starts, or one read back from the build cache. */
    public static Findings none() {
        return NONE;
    }

    /** These findings and {@code value} under {@code key} (which must not be taken yet). */
    public <T> Findings with(ResultKey<T> key, T value) {
        if (values.containsKey(key)) {
            throw new IllegalArgumentException("findings already hold " + key);
        }
        Map<ResultKey<?>, Object> more = new LinkedHashMap<>(values);
        more.put(key, java.util.Objects.requireNonNull(value, key.toString()));
        return new Findings(Collections.unmodifiableMap(more));
    }

    /** The value under {@code key}; a feature asking for one that no earlier feature made is a bug. */
    @SuppressWarnings("unchecked") // with() only ever stores a T under a ResultKey<T>
    public <T> T get(ResultKey<T> key) {
        Object v = values.get(key);
        if (v == null) {
            throw new IllegalStateException("no findings under " + key + "; registered: " + values.keySet());
        }
        return (T) v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Findings f && f.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
