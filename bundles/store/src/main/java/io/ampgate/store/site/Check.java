package io.ampgate.store.site;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Validation shared by the records: messages name the field and say what is wrong. */
final class Check {
    private Check() {}

    static String id(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return text(value, field, 64);
    }

    static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return text(value, field, max);
    }

    /** {@code null} becomes {@code ""}. */
    static String text(String value, String field, int max) {
        String v = value == null ? "" : value;
        if (v.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        return v;
    }

    static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /** Stored in milliseconds: finer parts are dropped so that a round trip gives an equal value. */
    static Instant millis(Instant value) {
        return value == null ? null : value.truncatedTo(ChronoUnit.MILLIS);
    }

    static <T> List<T> list(List<T> value, String field) {
        notNull(value, field);
        for (T item : value) {
            notNull(item, field + " item");
        }
        return List.copyOf(value);
    }

    static <T> Set<T> set(Collection<T> value, String field) {
        notNull(value, field);
        for (T item : value) {
            notNull(item, field + " item");
        }
        return Set.copyOf(value);
    }

    static long nonNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, not " + value);
        }
        return value;
    }
}
