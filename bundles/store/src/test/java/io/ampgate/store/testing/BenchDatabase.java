package io.ampgate.store.testing;

import io.ampgate.store.db.DatabaseSettings;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.Migrator;
import io.ampgate.store.db.PooledDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A migrated database of its own for a benchmark: Derby in a temporary folder, or a throw-away
 * PostgreSQL server on 127.0.0.1. Closing it shuts the database down and deletes the folder.
 */
public final class BenchDatabase implements AutoCloseable {

    private final Path dir;
    private final PostgresServer server;
    private final PooledDatabase db;

    private BenchDatabase(Path dir, PostgresServer server, PooledDatabase db) {
        this.dir = dir;
        this.server = server;
        this.db = db;
    }

    /** Opens and migrates a fresh database of {@code dialect}. */
    public static BenchDatabase open(Dialect dialect) throws IOException, InterruptedException, SQLException {
        Path dir = Files.createTempDirectory("ampgate-bench");
        System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
        PostgresServer server = null;
        DatabaseSettings settings;
        if (dialect == Dialect.DERBY) {
            settings = new DatabaseSettings("jdbc:derby:" + dir.resolve("db") + ";create=true", "", "", "", 4);
        } else {
            server = PostgresServer.start(false);
            settings = new DatabaseSettings(server.url(), "ampgate", "", "", 4);
        }
        PooledDatabase db = PooledDatabase.open(settings);
        Migrator.migrate(db);
        return new BenchDatabase(dir, server, db);
    }

    /** The database. */
    public PooledDatabase db() {
        return db;
    }

    @Override
    public void close() throws IOException {
        db.shutDown();
        if (server != null) {
            server.stop();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
