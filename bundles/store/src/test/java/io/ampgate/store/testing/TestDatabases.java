package io.ampgate.store.testing;

import io.ampgate.store.db.DatabaseSettings;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.Migrator;
import io.ampgate.store.db.PooledDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, migrated databases for tests, on both dialects: every call gets its own empty schema in
 * one shared Derby database and one shared PostgreSQL server, so tests are isolated and fast.
 * Use with {@code @ParameterizedTest @EnumSource(Dialect.class)}.
 */
public final class TestDatabases {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static final Path DERBY = Path.of("target", "test-derby", "db-" + ProcessHandle.current().pid()).toAbsolutePath();

    private TestDatabases() {}

    /** A fresh schema, migrated to the current version. Close the database at the end of the test. */
    public static PooledDatabase open(Dialect dialect) throws SQLException {
        PooledDatabase db = openEmpty(dialect);
        Migrator.migrate(db);
        return db;
    }

    /** A fresh schema with no tables, not even the migrator's. */
    public static PooledDatabase openEmpty(Dialect dialect) throws SQLException {
        String schema = "t" + SCHEMAS.incrementAndGet();
        String url = switch (dialect) {
            case DERBY -> "jdbc:derby:" + DERBY + ";create=true";
            case POSTGRESQL -> PostgresServer.shared().url();
        };
        String user = dialect == Dialect.POSTGRESQL ? "ampgate" : "";
        try (PooledDatabase admin = PooledDatabase.open(new DatabaseSettings(url, user, "", "", 1));
             Connection c = admin.connection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return PooledDatabase.open(new DatabaseSettings(url, user, "", schema, 4));
    }
}
