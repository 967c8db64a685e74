package io.ampgate.store.backup.internal;

import io.ampgate.store.StoreException;
import io.ampgate.store.backup.BackupReport;
import io.ampgate.store.backup.BackupService;
import io.ampgate.store.backup.RestoreReport;
import io.ampgate.store.db.Database;
import io.ampgate.store.db.DatabaseSettings;
import io.ampgate.store.db.Migrator;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Shell commands: {@code ampgate:backup now|list}, {@code ampgate:restore FILE},
 * {@code ampgate:store info}, {@code ampgate:store copy-to URL USER PASSWORD [--force]}.
 * A failure throws, which {@code bin/ampgate exec} turns into exit code 1.
 */
@Component(service = StoreCommands.class, property = {
        "osgi.command.scope=ampgate",
        "osgi.command.function=backup",
        "osgi.command.function=restore",
        "osgi.command.function=store"})
public final class StoreCommands {
    private final BackupService backups;
    private final Database db;
    private final Path dataDir;

    @Activate
    public StoreCommands(@Reference BackupService backups, @Reference Database db, BundleContext context) {
        this(backups, db, Path.of(context.getProperty("ampgate.data")));
    }

    StoreCommands(BackupService backups, Database db, Path dataDir) {
        this.backups = backups;
        this.db = db;
        this.dataDir = dataDir;
    }

    public String backup(String action) {
        return switch (action) {
            case "now" -> {
                BackupReport r = backups.backupNow();
                StringBuilder out = new StringBuilder(r.archive().toString());
                r.copies().forEach(c -> out.append("\ncopied to ").append(c));
                yield out.toString();
            }
            case "list" -> {
                List<Path> all = backups.archives();
                yield all.isEmpty() ? "no backups" : String.join("\n", all.stream().map(Path::toString).toList());
            }
            default -> throw new IllegalArgumentException("usage: backup now | backup list");
        };
    }

    public String restore(String file) {
        RestoreReport r = backups.restore(Path.of(file).toAbsolutePath());
        return "restored " + r.archive() + " (schema version " + r.schemaVersion() + ")\n" + table(r.rows())
                + r.previousConf().map(p -> "\nthe previous configuration is in " + p).orElse("");
    }

    public String store(String action) throws SQLException {
        if (!action.equals("info")) {
            throw new IllegalArgumentException("usage: store info | store copy-to URL USER PASSWORD [--force]");
        }
        try (Connection c = db.connection()) {
            StringBuilder out = new StringBuilder();
            out.append("database: ").append(db.settings().describe()).append(" (").append(db.dialect()).append(")\n");
            out.append("schema version: ").append(Migrator.currentVersion(c)).append('\n');
            Map<String, Long> rows = new java.util.LinkedHashMap<>();
            for (Tables.Table t : Tables.of(c)) {
                rows.put(t.name(), Importer.count(c, t.name()));
            }
            return out.append(table(rows)).toString();
        }
    }

    public String store(String action, String url, String user, String password) {
        return copyTo(action, url, user, password, false);
    }

    public String store(String action, String url, String user, String password, String force) {
        if (!force.equals("--force")) {
            throw new IllegalArgumentException("usage: store copy-to URL USER PASSWORD [--force]");
        }
        return copyTo(action, url, user, password, true);
    }

    private String copyTo(String action, String url, String user, String password, boolean force) {
        if (!action.equals("copy-to")) {
            throw new IllegalArgumentException("usage: store info | store copy-to URL USER PASSWORD [--force]");
        }
        DatabaseSettings target;
        try {
            target = new DatabaseSettings(url, user, password, "", 2);
        } catch (IllegalArgumentException e) {
            throw new StoreException(e.getMessage(), e);
        }
        Map<String, Long> rows = Copier.copy(db, target, force, dataDir.resolve("backup"));
        return "copied to " + target.describe() + "\n" + table(rows)
                + "\nnow set url, user and password in conf/io.ampgate.store.cfg and restart the gateway";
    }

    static String table(Map<String, Long> rows) {
        int width = rows.keySet().stream().mapToInt(String::length).max().orElse(5);
        StringBuilder out = new StringBuilder();
        rows.forEach((t, n) -> out.append(String.format("  %-" + width + "s %10d%n", t, n)));
        return out.toString().stripTrailing();
    }
}
