package io.ampgate.store.jdbc.site;

import io.ampgate.store.StoreException;
import io.ampgate.store.db.Database;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The few JDBC chores every site repository shares: transactions, statements with positional
 * arguments (typed {@link Null}s for SQL NULL), row mapping and turning SQL errors into the
 * store's exceptions.
 */
final class Sql {
    /** SQLSTATE of a unique or primary key violation, the same on Derby and PostgreSQL. */
    static final String UNIQUE_VIOLATION = "23505";
    /** SQLSTATE of a foreign key violation, the same on Derby and PostgreSQL. */
    static final String FOREIGN_KEY_VIOLATION = "23503";

    /** An SQL NULL of a given {@link Types} type (PostgreSQL wants to know the type). */
    record Null(int sqlType) {}

    /** Reads one row. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Sql() {}

    /** Runs {@code work} in one transaction; {@code what} names the operation in error messages. */
    static <T> T tx(Database db, String what, Database.Work<T> work) {
        try {
            return db.inTransaction(work);
        } catch (SQLException e) {
            throw translate(what, e);
        }
    }

    /** Runs {@code work} on an auto-commit connection (a single statement or reads). */
    static <T> T run(Database db, String what, Database.Work<T> work) {
        try (Connection c = db.connection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw translate(what, e);
        }
    }

    /** Whether {@code e} (or one chained to it) is a unique key violation. */
    static boolean uniqueViolation(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static RuntimeException translate(String what, SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
                return new IllegalArgumentException(what + ": a value that must be unique is already used", e);
            }
            if (FOREIGN_KEY_VIOLATION.equals(s.getSQLState())) {
                return new IllegalArgumentException(what + ": it refers to something that does not exist, "
                        + "or something else still refers to it", e);
            }
        }
        return new StoreException(what + " failed: " + e.getMessage(), e);
    }

    static Object instant(Instant value) {
        return value == null ? new Null(Types.BIGINT) : (Object) value.toEpochMilli();
    }

    static Object nullableLong(Long value) {
        return value == null ? new Null(Types.BIGINT) : (Object) value;
    }

    /** {@code NaN} is stored as NULL. */
    static Object dbl(double value) {
        return Double.isNaN(value) ? new Null(Types.DOUBLE) : (Object) value;
    }

    static Object nullableString(String value) {
        return value == null ? new Null(Types.VARCHAR) : value;
    }

    static Object decimal(BigDecimal value) {
        return value == null ? new Null(Types.DECIMAL) : value;
    }

    static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        bind(ps, args);
        return ps;
    }

    static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            int p = i + 1;
            switch (a) {
                case Null n -> ps.setNull(p, n.sqlType());
                case String s -> ps.setString(p, s);
                case Integer n -> ps.setInt(p, n);
                case Long n -> ps.setLong(p, n);
                case Double d -> ps.setDouble(p, d);
                case Boolean b -> ps.setBoolean(p, b);
                case BigDecimal d -> ps.setBigDecimal(p, d);
                case Enum<?> e -> ps.setString(p, e.name());
                case null -> throw new IllegalArgumentException("argument " + p + " is null: use a typed Sql.Null");
                default -> throw new IllegalArgumentException("cannot bind a " + a.getClass().getName());
            }
        }
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
        }
    }

    /** Inserts one row and returns its generated {@code id} (the table's first column). */
    static long insert(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, args);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no generated id");
                }
                return keys.getLong(1);
            }
        }
    }

    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rs.next()) {
                result.add(row.map(rs));
            }
            return result;
        }
    }

    static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        List<T> all = list(c, sql, row, args);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    static boolean exists(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    static long count(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** NULL becomes {@code NaN}. */
    static double dbl(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : value;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, ResultSet rs, String column) throws SQLException {
        String name = rs.getString(column);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new SQLException("column " + column + " holds '" + name + "', not a " + type.getSimpleName());
        }
    }

    /** Refuses a missing argument, naming it. */
    static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /** Checks paging arguments. */
    static void checkPage(int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, not " + offset);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, not " + limit);
        }
    }
}
