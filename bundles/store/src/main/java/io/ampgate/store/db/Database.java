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

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    default <T> T inTransaction(Work<T> work) throws SQLException {
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
        }
    }
}
