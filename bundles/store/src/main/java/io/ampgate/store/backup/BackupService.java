package io.ampgate.store.backup;

import java.nio.file.Path;
import java.util.List;

/**
 * Backs up and restores the site: the database and {@code conf/} in one archive
 * {@code ampgate-backup-YYYYMMDD-HHMMSS.zip} in {@code data/backup/}. Failures are
 * {@link io.ampgate.store.StoreException}s with a message for the operator.
 */
public interface BackupService {

    /** Writes an archive now, while the gateway runs, and prunes old ones. */
    BackupReport backupNow();

    /** The archives in {@code data/backup/}, newest first. */
    List<Path> archives();

    /**
     * Restores {@code archive} after checking all of it: a damaged, foreign or incompatible
     * archive is refused and the current data stays as it is.
     */
    RestoreReport restore(Path archive);
}
