package io.ampgate.store.jdbc.session;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/** JDBC helpers of the session repositories: NULLs, instants as epoch milliseconds, parameters. */
final class Sql {
    /** SQLState of a unique-constraint violation on both databases. */
    static final String UNIQUE_VIOLATION = "23505";
    /** SQLState of a foreign-key violation on both databases. */
    static final String FOREIGN_KEY_VIOLATION = "23503";

    /** How often a write that lost a race for a lock is tried in all. */
    static final int ATTEMPTS = 10;

    private Sql() {}

    /** A write that is all or nothing, so that it can run again. */
    @FunctionalInterface
    interface Write<T> {
        T run() throws SQLException;
    }

    /**
     * Runs a write again when the database rolled it back for contention (SQLState class 40:
     * deadlock, serialization failure, lock time-out). Derby raises 40XL1 when threads insert into a
     * table with an identity column at the same time, because its identity generator does not wait
     * for its lock; the write left nothing behind, so trying again is safe.
     */
    static <T> T retryingContention(Write<T> write) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.run();
            } catch (SQLException e) {
                if (attempt >= ATTEMPTS || !isContention(e)) {
                    throw e;
                }
                Thread.yield();
            }
        }
    }

    private static boolean isContention(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException x && x.getSQLState() != null && x.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return e.getNextException() != null && isContention(e.getNextException());
    }

    static void set(PreparedStatement ps, int index, Object value) throws SQLException {
        switch (value) {
            case null -> ps.setNull(index, Types.VARCHAR);
            case String s -> ps.setString(index, s);
            case Integer i -> ps.setInt(index, i);
            case Long l -> ps.setLong(index, l);
            case Instant t -> ps.setLong(index, t.toEpochMilli());
            case BigDecimal d -> ps.setBigDecimal(index, d);
            default -> throw new IllegalArgumentException("unsupported parameter type " + value.getClass());
        }
    }

    static void setAll(PreparedStatement ps, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            set(ps, i + 1, values.get(i));
        }
    }

    static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    static void setDecimal(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DECIMAL);
        } else {
            ps.setBigDecimal(index, value);
        }
    }

    static void setDouble(PreparedStatement ps, int index, double value) throws SQLException {
        if (Double.isNaN(value)) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }

    static Long getLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Instant getInstant(ResultSet rs, String column) throws SQLException {
        Long millis = getLong(rs, column);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    static double getDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : value;
    }

    static <E extends Enum<E>> E getEnum(ResultSet rs, String column, Class<E> type) throws SQLException {
        String name = rs.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }

    static void checkPage(int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000, not " + limit);
        }
    }
}
