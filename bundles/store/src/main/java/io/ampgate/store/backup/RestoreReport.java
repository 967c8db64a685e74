package io.ampgate.store.backup;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A completed restore.
 *
 * @param archive the archive restored
 * @param schemaVersion the schema version of its database
 * @param rows rows restored per table
 * @param previousConf where the configuration that was replaced now lies, if there was one
 */
public record RestoreReport(Path archive, int schemaVersion, Map<String, Long> rows, Optional<Path> previousConf) {

    public RestoreReport {
        if (archive == null || rows == null || previousConf == null) {
            throw new IllegalArgumentException("archive, rows and previousConf are required");
        }
        if (schemaVersion < 0) {
            throw new IllegalArgumentException("schema version must not be negative: " + schemaVersion);
        }
        rows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rows));
    }
}
