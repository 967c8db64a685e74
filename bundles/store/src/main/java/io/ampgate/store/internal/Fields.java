package io.ampgate.store.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Field checks shared by the store's records; their messages name the field. Not exported. */
public final class Fields {
    private Fields() {}

    public static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return optional(value, field, maxLength);
    }

    /** {@code null} for {@code null} or blank. */
    public static String optional(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters: " + value.length());
        }
        return value;
    }

    public static Instant millis(Instant value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.truncatedTo(ChronoUnit.MILLIS);
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    public static int connector(int connectorId) {
        if (connectorId < 1) {
            throw new IllegalArgumentException("connectorId must be 1 or more, not " + connectorId);
        }
        return connectorId;
    }

    public static long register(long wh, String field) {
        if (wh < 0) {
            throw new IllegalArgumentException(field + " must not be negative: " + wh);
        }
        return wh;
    }

    /** A time range: {@code to} after {@code from}. */
    public static void range(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("to (" + to + ") must be after from (" + from + ")");
        }
    }
}
