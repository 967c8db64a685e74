package io.ampgate.store.backup.internal;

import io.ampgate.store.StoreException;
import io.ampgate.store.backup.BackupReport;
import io.ampgate.store.backup.RestoreReport;
import io.ampgate.store.db.Database;
import io.ampgate.store.db.Migrator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * Backups of one site: archives in {@code <data>/backup}, the configuration from {@code confDir}.
 * The component schedules it; tests use it directly.
 */
public final class Backups {
    public static final Pattern ARCHIVE = Pattern.compile("ampgate-backup-\\d{8}-\\d{6}\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Database db;
    private final Path folder;
    private final Path confDir;
    private final Clock clock;
    private final String gatewayVersion;
    private final List<Migrator.Migration> migrations;

    public Backups(Database db, Path dataDir, Path confDir, Clock clock, String gatewayVersion) {
        this(db, dataDir, confDir, clock, gatewayVersion, Upgrader.storeMigrations());
    }

    /** With the migrations that bring an older archive up to date (the store's own, or a test's). */
    public Backups(Database db, Path dataDir, Path confDir, Clock clock, String gatewayVersion,
            List<Migrator.Migration> migrations) {
        this.migrations = List.copyOf(migrations);
        this.db = db;
        this.folder = dataDir.resolve("backup");
        this.confDir = confDir;
        this.clock = clock;
        this.gatewayVersion = gatewayVersion;
    }

    public Path folder() {
        return folder;
    }

    /** Writes an archive, copies it into {@code extraFolders} and keeps the newest {@code keep} in each. */
    public synchronized BackupReport backupNow(int keep, List<Path> extraFolders, List<String> warnings) {
        Instant now = clock.instant();
        String name = "ampgate-backup-" + STAMP.format(LocalDateTime.ofInstant(now, clock.getZone())) + ".zip";
        Path archive = folder.resolve(name);
        Manifest manifest;
        try {
            Files.createDirectories(folder);
            manifest = Exporter.export(db, confDir, archive, now, gatewayVersion);
        } catch (IOException | SQLException e) {
            throw new StoreException("backup failed: " + e.getMessage(), e);
        }
        prune(folder, keep);
        List<Path> copies = new ArrayList<>();
        for (Path extra : extraFolders) {
            try {
                Path temp = extra.resolve(name + ".part");
                Files.copy(archive, temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, extra.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                copies.add(extra.resolve(name));
                prune(extra, keep);
            } catch (IOException | RuntimeException e) {
                warnings.add("could not copy the backup to " + extra + ": " + e);
            }
        }
        return new BackupReport(archive, manifest.tables(), copies);
    }

    /** Archives in {@code folder}, newest first; only files named like ours. */
    public static List<Path> archives(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> ARCHIVE.matcher(f.getFileName().toString()).matches() && Files.isRegularFile(f))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            throw new StoreException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Deletes all but the newest {@code keep} archives in {@code folder}; other files stay. */
    public static List<Path> prune(Path folder, int keep) {
        List<Path> all = archives(folder);
        List<Path> deleted = new ArrayList<>();
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
                deleted.add(old);
            } catch (IOException e) {
                throw new StoreException("cannot delete the old backup " + old + ": " + e.getMessage(), e);
            }
        }
        return deleted;
    }

    /** Checks {@code file} completely, then replaces the database's rows and the configuration. */
    public synchronized RestoreReport restore(Path file) {
        try (Archive archive = Archive.open(file)) {
            Map<String, Long> rows;
            int version;
            try {
                version = currentVersion();
                if (archive.manifest().schemaVersion() < version) {
                    rows = restoreUpgraded(archive);
                } else {
                    rows = Importer.restore(db, archive, false);
                }
            } catch (SQLException | IOException e) {
                throw new StoreException("restore of " + file.getFileName() + " failed, the database was left as it was: "
                        + e.getMessage(), e);
            }
            return new RestoreReport(file, version, rows, replaceConf(archive));
        }
    }

    private int currentVersion() throws SQLException {
        try (Connection c = db.connection()) {
            return Migrator.currentVersion(c);
        }
    }

    /** An archive of an older schema: upgraded in a temporary schema first, then restored. */
    private Map<String, Long> restoreUpgraded(Archive archive) throws SQLException, IOException {
        Files.createDirectories(folder);
        Path upgraded = folder.resolve("restore-upgraded-" + STAMP.format(LocalDateTime.ofInstant(clock.instant(), clock.getZone()))
                + ".zip");
        try {
            Upgrader.upgrade(db, archive, migrations, upgraded);
            try (Archive current = Archive.open(upgraded)) {
                return Importer.restore(db, current, false);
            }
        } finally {
            Files.deleteIfExists(upgraded);
        }
    }

    private Optional<Path> replaceConf(Archive archive) {
        List<ZipEntry> entries = archive.confEntries();
        if (confDir == null || entries.isEmpty()) {
            return Optional.empty();
        }
        String stamp = STAMP.format(LocalDateTime.ofInstant(clock.instant(), clock.getZone()));
        Path keep = folder.resolve("before-restore-" + stamp);
        Path incoming = folder.resolve("restore-" + stamp + ".part");
        try {
            for (ZipEntry e : entries) {
                Path target = incoming.resolve(e.getName().substring("conf/".length())).normalize();
                Files.createDirectories(target.getParent());
                try (InputStream in = archive.open(e)) {
                    Files.copy(in, target);
                }
            }
            Files.createDirectories(keep);
            Optional<Path> previous = Optional.empty();
            if (Files.exists(confDir)) {
                Files.move(confDir, keep.resolve("conf"));
                previous = Optional.of(keep.resolve("conf"));
            }
            Files.move(incoming, confDir);
            return previous;
        } catch (IOException e) {
            throw new StoreException("the database was restored but the configuration could not be replaced: "
                    + e.getMessage() + " (the archive's conf/ is in " + incoming + ")", e);
        }
    }
}
