package io.ampgate.store.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.store.backup.internal.Backups;
import io.ampgate.store.backup.internal.Schedule;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Archive names, pruning, the second folder, the configuration in the archive, the daily schedule. */
class BackupsTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theArchiveCarriesTheConfigurationAndARestorePutsItBack(Dialect dialect, @TempDir Path dir) throws Exception {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            Fixture.createTables(db);
            Fixture.fill(db);
            Path conf = Files.createDirectories(dir.resolve("site/conf/sub"));
            Files.writeString(conf.resolve("a.cfg"), "a = 1\n");
            Path siteConf = dir.resolve("site/conf");
            Files.writeString(siteConf.resolve("ampgate.properties"), "port = 1\n");
            Clock clock = Clock.fixed(Instant.parse("2026-06-01T00:30:05Z"), BERLIN);
            Path usb = Files.createDirectories(dir.resolve("usb"));
            List<String> warnings = new ArrayList<>();
            Backups backups = new Backups(db, dir.resolve("site/data"), siteConf, clock, "test");

            BackupReport report = backups.backupNow(14, List.of(usb, dir.resolve("unplugged")), warnings);
            assertThat(report.archive()).isEqualTo(dir.resolve("site/data/backup/ampgate-backup-20260601-023005.zip"));
            assertThat(report.copies()).containsExactly(usb.resolve("ampgate-backup-20260601-023005.zip"));
            assertThat(usb.resolve("ampgate-backup-20260601-023005.zip")).hasSameBinaryContentAs(report.archive());
            assertThat(warnings).singleElement().asString().contains("unplugged");

            Files.writeString(siteConf.resolve("ampgate.properties"), "port = 2\n");
            Files.writeString(siteConf.resolve("new.cfg"), "x\n");
            try (var c = db.connection()) {
                Fixture.station(c, "added after the backup", null, null, null);
            }
            RestoreReport restored = backups.restore(report.archive());

            assertThat(Fixture.rows(db)).hasSize(7).noneMatch(r -> r.contains("added after the backup"));
            assertThat(Files.readString(siteConf.resolve("ampgate.properties"))).isEqualTo("port = 1\n");
            assertThat(siteConf.resolve("sub/a.cfg")).hasContent("a = 1");
            assertThat(siteConf.resolve("new.cfg")).doesNotExist();
            assertThat(restored.previousConf()).contains(dir.resolve("site/data/backup/before-restore-20260601-023005/conf"));
            assertThat(restored.previousConf().orElseThrow().resolve("new.cfg")).exists();
        }
    }

    @Test
    void pruningKeepsTheNewestArchivesAndNothingElseIsTouched(@TempDir Path dir) throws Exception {
        for (String name : List.of("ampgate-backup-20260101-023000.zip", "ampgate-backup-20260103-023000.zip",
                "ampgate-backup-20260102-023000.zip", "ampgate-backup-20251231-023000.zip", "notes.txt",
                "ampgate-backup-manual.zip", "ampgate-backup-20260104-023000.zip.part")) {
            Files.writeString(dir.resolve(name), name);
        }
        assertThat(Backups.prune(dir, 2)).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("ampgate-backup-20260101-023000.zip", "ampgate-backup-20251231-023000.zip");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "ampgate-backup-20260103-023000.zip", "ampgate-backup-20260102-023000.zip", "notes.txt",
                    "ampgate-backup-manual.zip", "ampgate-backup-20260104-023000.zip.part");
        }
        assertThat(Backups.archives(dir)).extracting(p -> p.getFileName().toString())
                .containsExactly("ampgate-backup-20260103-023000.zip", "ampgate-backup-20260102-023000.zip");
        assertThat(Backups.archives(dir.resolve("none"))).isEmpty();
    }

    @Test
    void theDailyRunIsTheNextConfiguredTimeOfDayInTheClocksZone() {
        Schedule schedule = Schedule.parse("02:30");
        assertThat(schedule.at()).isEqualTo(LocalTime.of(2, 30));
        assertThat(schedule.next(at("2026-06-01T01:00:00+02:00"))).isEqualTo(Instant.parse("2026-06-01T00:30:00Z"));
        assertThat(schedule.next(at("2026-06-01T02:30:00+02:00"))).as("not twice in the same minute")
                .isEqualTo(Instant.parse("2026-06-02T00:30:00Z"));
        assertThat(schedule.next(at("2026-06-01T23:59:00+02:00"))).isEqualTo(Instant.parse("2026-06-02T00:30:00Z"));
        assertThat(schedule.next(at("2026-03-28T12:00:00+01:00"))).as("02:30 does not exist on the day clocks go forward")
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(schedule.delay(at("2026-06-01T02:00:00+02:00"))).hasMinutes(30);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Schedule.parse("2:30 am"))
                .hasMessageContaining("HH:mm").hasMessageContaining("'2:30 am'");
    }

    private static Clock at(String time) {
        return Clock.fixed(java.time.OffsetDateTime.parse(time).toInstant(), BERLIN);
    }
}
