package io.ampgate.store.backup.internal;

import io.ampgate.store.StoreException;
import io.ampgate.store.backup.BackupReport;
import io.ampgate.store.backup.BackupService;
import io.ampgate.store.backup.RestoreReport;
import io.ampgate.store.db.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The site's backups: daily at a configured time into {@code data/backup/} (and a second folder
 * when configured), on demand, and restores. One thread of its own runs the daily backup.
 */
@Component(service = BackupService.class, configurationPid = BackupComponent.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
@Designate(ocd = BackupComponent.Config.class)
public final class BackupComponent implements BackupService {
    public static final String PID = "io.ampgate.store.backup";

    @ObjectClassDefinition(name = "Backups", description = "Daily backups of the database and the configuration")
    public @interface Config {
        @AttributeDefinition(name = "Daily backup", description = "Write a backup every day")
        boolean enabled() default true;

        @AttributeDefinition(name = "Time of day", description = "HH:mm, local time of the gateway")
        String time() default "02:30";

        @AttributeDefinition(name = "Archives kept", min = "1", max = "1000", description = "Per folder; older ones are deleted")
        int keep() default 14;

        @AttributeDefinition(name = "Second folder", required = false,
                description = "Also copy every backup here, for example a USB drive; empty for none")
        String secondFolder() default "";
    }

    private final Backups backups;
    private final Config config;
    private final Logger logger;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;

    @Activate
    public BackupComponent(Config config, BundleContext context, @Reference Database db,
            @Reference(service = LoggerFactory.class) Logger logger) {
        this(config, db, Path.of(context.getProperty("ampgate.data")),
                Path.of(context.getProperty("ampgate.base"), "conf"), context.getBundle().getVersion().toString(),
                Clock.systemDefaultZone(), logger);
    }

    BackupComponent(Config config, Database db, Path dataDir, Path confDir, String version, Clock clock, Logger logger) {
        Schedule schedule = Schedule.parse(config.time());
        if (config.keep() < 1) {
            throw new IllegalArgumentException("archives kept must be at least 1, not " + config.keep());
        }
        this.config = config;
        this.logger = logger;
        this.clock = clock;
        this.backups = new Backups(db, dataDir, confDir, clock, version);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "ampgate-backup"));
        if (config.enabled()) {
            scheduleNext(schedule);
        }
    }

    private void scheduleNext(Schedule schedule) {
        long delay = schedule.delay(clock).toMillis();
        scheduler.schedule(() -> {
            try {
                BackupReport report = backupNow();
                logger.info("Daily backup written: {} ({} tables)", report.archive(), report.rows().size());
            } catch (RuntimeException e) {
                logger.error("Daily backup failed: {}", e.getMessage(), e);
            } finally {
                if (!scheduler.isShutdown()) {
                    scheduleNext(schedule);
                }
            }
        }, delay, TimeUnit.MILLISECONDS);
        logger.debug("Next backup at {}", schedule.next(clock));
    }

    @Deactivate
    void stop() throws InterruptedException {
        scheduler.shutdownNow();
        // within the gateway's stop budget (9 s for everything), so the database still shuts down cleanly
        scheduler.awaitTermination(4, TimeUnit.SECONDS);
    }

    @Override
    public BackupReport backupNow() {
        List<Path> extra = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (!config.secondFolder().isBlank()) {
            Path second = Path.of(config.secondFolder().strip());
            if (Files.isDirectory(second) && Files.isWritable(second)) {
                extra.add(second);
            } else {
                warnings.add("the second backup folder " + second + " is missing or not writable (drive not plugged in?)");
            }
        }
        BackupReport report = backups.backupNow(config.keep(), extra, warnings);
        warnings.forEach(w -> logger.warn("Backup {}: {}", report.archive().getFileName(), w));
        return report;
    }

    @Override
    public List<Path> archives() {
        return Backups.archives(backups.folder());
    }

    @Override
    public RestoreReport restore(Path archive) {
        logger.info("Restoring {}", archive);
        try {
            RestoreReport report = backups.restore(archive);
            logger.info("Restored {}: {} tables, schema version {}", archive, report.rows().size(), report.schemaVersion());
            return report;
        } catch (StoreException e) {
            logger.warn("Restore {}", e.getMessage());
            throw e;
        }
    }
}
