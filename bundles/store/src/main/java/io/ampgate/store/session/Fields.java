package io.ampgate.store.session;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Checks shared by the records of this package. */
final class Fields {
    private Fields() {}

    static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return optional(value, field, maxLength);
    }

    /** {@code null} for {@code null} or blank. */
    static String optional(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters: " + value.length());
        }
        return value;
    }

    static Instant millis(Instant value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.truncatedTo(ChronoUnit.MILLIS);
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static int connector(int connectorId) {
        if (connectorId < 1) {
            throw new IllegalArgumentException("connectorId must be 1 or more, not " + connectorId);
        }
        return connectorId;
    }

    static long register(long wh, String field) {
        if (wh < 0) {
            throw new IllegalArgumentException(field + " must not be negative: " + wh);
        }
        return wh;
    }
}
