package io.ampgate.store.backup.internal;

import io.ampgate.store.db.Database;
import io.ampgate.store.db.DatabaseSettings;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.Migrator;
import io.ampgate.store.db.PooledDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Brings an archive of an older schema version up to the current one: its rows go into a
 * temporary schema of the same database built to the archive's version, the migrations still
 * missing run there, and that schema is exported again. The site's own tables are not touched.
 */
public final class Upgrader {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    private Upgrader() {}

    /** Writes {@code target}: the archive's rows at the latest version of {@code migrations}. */
    public static void upgrade(Database db, Archive archive, List<Migrator.Migration> migrations, Path target)
            throws SQLException, IOException {
        int version = archive.manifest().schemaVersion();
        List<Migrator.Migration> upTo = migrations.stream().filter(m -> m.version() <= version).toList();
        if (upTo.isEmpty() || upTo.get(upTo.size() - 1).version() != version) {
            throw Archive.refused(archive.file(), "its schema version " + version + " is not one this gateway knows");
        }
        String schema = "ampgate_restore_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        DatabaseSettings settings = db.settings();
        try {
            try (PooledDatabase temporary = PooledDatabase.open(new DatabaseSettings(settings.url(), settings.user(),
                    settings.password(), schema, 2))) {
                Migrator.migrate(temporary, upTo);
                Importer.restore(temporary, archive, false);
                Migrator.migrate(temporary, migrations);
                Exporter.export(temporary, null, target, Instant.now(), archive.manifest().gatewayVersion() + " upgraded");
            }
        } finally {
            drop(db, schema);
        }
    }

    private static void drop(Database db, String schema) throws SQLException {
        if (db.dialect() == Dialect.POSTGRESQL) {
            try (Connection c = db.connection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
            return;
        }
        DatabaseSettings settings = db.settings();
        try (PooledDatabase temporary = PooledDatabase.open(new DatabaseSettings(settings.url(), settings.user(),
                settings.password(), schema, 1)); Connection c = temporary.connection(); Statement s = c.createStatement()) {
            List<Tables.Table> tables = new ArrayList<>(Tables.of(c));
            java.util.Collections.reverse(tables);
            for (Tables.Table t : tables) {
                s.execute("DROP TABLE " + t.name());
            }
            s.execute("DROP SCHEMA " + schema + " RESTRICT");
        }
    }

    /** The store's migrations, as the index lists them (the same files the migrator applies). */
    public static List<Migrator.Migration> storeMigrations() {
        return Migrator.load(Migrator.class.getClassLoader());
    }
}
