package io.ampgate.store.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.testing.TestDatabases;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.osgi.service.log.Logger;

/** The component runs the daily backup at its time; a missing second folder is a warning, not a failure. */
class BackupComponentTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theDailyBackupRunsAtItsTimeAndAnUnpluggedDriveOnlyWarns(Dialect dialect, @TempDir Path dir) throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        Logger logger = (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> {
                    if (args != null && args.length > 0 && args[0] instanceof String format) {
                        log.add(method.getName() + " " + format + " " + List.of(args).subList(1, args.length));
                    }
                    return method.getReturnType() == boolean.class ? true : null;
                });
        // half a second before the configured time
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T02:29:59.500Z"), ZoneOffset.UTC);
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            BackupComponent component = new BackupComponent(config("02:30", 2, dir.resolve("usb").toString()),
                    db, dir.resolve("data"), dir.resolve("conf"), "test", clock, logger);
            try {
                Path expected = dir.resolve("data/backup/ampgate-backup-20261122-022959.zip");
                long deadline = System.nanoTime() + 20_000_000_000L;
                while (log.stream().noneMatch(l -> l.startsWith("info Daily backup written")) && System.nanoTime() < deadline) {
                    Thread.sleep(10); // polling the log until the deadline
                }
                assertThat(log).anyMatch(l -> l.startsWith("info Daily backup written") && l.contains(expected.toString()));
                assertThat(expected).isRegularFile();
                assertThat(component.archives()).containsExactly(expected);
                assertThat(log).anyMatch(l -> l.startsWith("warn") && l.contains("usb") && l.contains("missing or not writable"));
            } finally {
                component.stop();
            }
        }
        assertThat(Files.exists(dir.resolve("usb"))).isFalse();
    }

    static BackupComponent.Config config(String time, int keep, String secondFolder) {
        return new BackupComponent.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return BackupComponent.Config.class;
            }

            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public String time() {
                return time;
            }

            @Override
            public int keep() {
                return keep;
            }

            @Override
            public String secondFolder() {
                return secondFolder;
            }
        };
    }
}
