package io.ampgate.store.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The site's database. Repositories borrow a connection per operation; {@link #inTransaction}
 * runs work atomically. Only the store bundle sees this type: the rest of the gateway uses the
 * repositories and never sees SQL.
 */
public interface Database {

    DatabaseSettings settings();

    default Dialect dialect() {
        return settings().dialect();
    }

    /** A pooled connection in auto-commit mode; close it to give it back. */
    Connection connection() throws SQLException;

    /** Work that must be all or nothing. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** How often a transaction that lost a race for a lock is tried in all. */
    int ATTEMPTS = 10;

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
     * A transaction the database rolled back for contention (SQLState class 40: deadlock,
     * serialization failure, lock time-out) runs again, up to {@link #ATTEMPTS} times: it left
     * nothing behind. Derby, for one, raises 40XL1 when threads insert into a table with an identity
     * column at the same time. So {@code work} must not have effects outside the database.
     */
    default <T> T inTransaction(Work<T> work) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = connection()) {
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                if (attempt >= ATTEMPTS || !isContention(e)) {
                    throw e;
                }
                Thread.yield();
            }
        }
    }

    /** True when the database refused the work because of another transaction. */
    static boolean isContention(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException x && x.getSQLState() != null && x.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return e.getNextException() != null && isContention(e.getNextException());
    }
}
