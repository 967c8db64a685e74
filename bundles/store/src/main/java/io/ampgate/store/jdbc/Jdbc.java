package io.ampgate.store.jdbc;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/** JDBC helpers of the repositories: NULLs, instants as epoch milliseconds, parameters, paging. */
public final class Jdbc {
    private Jdbc() {}

    /** SQLState of a unique-constraint violation on both databases. */
    public static final String UNIQUE_VIOLATION = "23505";
    /** SQLState of a foreign-key violation on both databases. */
    public static final String FOREIGN_KEY_VIOLATION = "23503";

    public static void set(PreparedStatement ps, int index, Object value) throws SQLException {
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

    public static void setAll(PreparedStatement ps, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            set(ps, i + 1, values.get(i));
        }
    }

    public static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    public static void setDecimal(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DECIMAL);
        } else {
            ps.setBigDecimal(index, value);
        }
    }

    public static void setDouble(PreparedStatement ps, int index, double value) throws SQLException {
        if (Double.isNaN(value)) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }

    public static Long getLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public static Instant getInstant(ResultSet rs, String column) throws SQLException {
        Long millis = getLong(rs, column);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    public static double getDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : value;
    }

    public static <E extends Enum<E>> E getEnum(ResultSet rs, String column, Class<E> type) throws SQLException {
        String name = rs.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }

    public static void checkPage(int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000, not " + limit);
        }
    }
}
