package io.ampgate.store.backup.internal;

import io.ampgate.store.StoreException;
import io.ampgate.store.db.Database;
import io.ampgate.store.db.DatabaseSettings;
import io.ampgate.store.db.Migrator;
import io.ampgate.store.db.PooledDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;

/**
 * Copies the site's database into another one (moving a site from Derby to PostgreSQL): the
 * backup export, validated and imported into the target after migrating it. The same code path
 * as backup and restore, so what a backup holds is exactly what a copy moves.
 */
public final class Copier {

    private Copier() {}

    /** Copies every row of {@code source} into {@code target}; refuses a target with data unless {@code force}. */
    public static Map<String, Long> copy(Database source, DatabaseSettings target, boolean force, Path workFolder) {
        Path archive = null;
        try (PooledDatabase to = PooledDatabase.open(target)) {
            Migrator.migrate(to);
            Files.createDirectories(workFolder);
            archive = Files.createTempFile(workFolder, "copy-", ".zip");
            Exporter.export(source, null, archive, Instant.now(), "copy");
            try (Archive a = Archive.open(archive)) {
                return Importer.restore(to, a, !force);
            }
        } catch (SQLException e) {
            throw new StoreException("copy to " + target.describe() + " failed, nothing was written there: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException("copy to " + target.describe() + " failed: " + e.getMessage(), e);
        } finally {
            if (archive != null) {
                try {
                    Files.deleteIfExists(archive);
                } catch (IOException ignored) {
                    // a temporary file in data/backup; harmless
                }
            }
        }
    }
}
