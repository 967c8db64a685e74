package io.ampgate.store.session;

import io.ampgate.store.db.DatabaseSettings;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.Migrator;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A migrated database that a test can close and open again, as a gateway restart would. On Derby it
 * is a database of its own, shut down in between so that the engine really reads it back from its
 * files; on PostgreSQL a fresh schema of {@link TestDatabases}, reconnected through a new pool.
 */
final class ReopenableDatabase {
    private static final AtomicInteger COUNT = new AtomicInteger();

    private ReopenableDatabase() {}

    static PooledDatabase open(Dialect dialect) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            return TestDatabases.open(dialect);
        }
        Path dir = Path.of("target", "test-derby", "own-" + ProcessHandle.current().pid() + "-" + COUNT.incrementAndGet());
        PooledDatabase db = PooledDatabase.open(new DatabaseSettings("jdbc:derby:" + dir.toAbsolutePath() + ";create=true",
                "", "", "", 4));
        Migrator.migrate(db);
        return db;
    }

    /** Closes {@code db} (shutting an own Derby database down) and opens it again. */
    static PooledDatabase reopen(PooledDatabase db) {
        if (db.dialect() == Dialect.DERBY) {
            db.shutDown();
        } else {
            db.close();
        }
        return PooledDatabase.open(db.settings());
    }
}
