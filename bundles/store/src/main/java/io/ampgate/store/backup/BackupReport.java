package io.ampgate.store.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A written backup.
 *
 * @param archive the archive in {@code data/backup/}
 * @param rows rows per table, in the order they were written
 * @param copies copies of the archive in further folders (the second backup folder)
 */
public record BackupReport(Path archive, Map<String, Long> rows, List<Path> copies) {

    public BackupReport {
        if (archive == null || rows == null || copies == null) {
            throw new IllegalArgumentException("archive, rows and copies are required");
        }
        rows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rows));
        copies = List.copyOf(copies);
    }
}
