package org.gloss.analyze;

/**
 * The typed name of one feature's results in {@link Findings}: each feature declares its keys as
 * constants, so it reads its own results back without a cast and no other code needs to know
 * their type. Keys compare by identity.
 *
 * @param <T> the type of the value stored under this key
 */
public final class ResultKey<T> {

    private final String name;

    private ResultKey(String name) {
        this.name = name;
    }

    /** A new key; {@code name} is for messages only. */
    public static <T> ResultKey<T> named(String name) {
        return new ResultKey<>(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
