package io.ampgate.store.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.store.StoreException;
import io.ampgate.store.backup.internal.Backups;
import io.ampgate.store.backup.internal.Copier;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Export and import on the same database and across databases (Derby to PostgreSQL is how a site moves). */
class RoundTripTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T02:30:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({"DERBY, DERBY", "DERBY, POSTGRESQL", "POSTGRESQL, POSTGRESQL", "POSTGRESQL, DERBY"})
    void aRestoredDatabaseHasTheSameRowsAndNewIdsContinue(Dialect from, Dialect to, @TempDir Path dir) throws Exception {
        try (PooledDatabase source = TestDatabases.open(from); PooledDatabase target = TestDatabases.open(to)) {
            Fixture.createTables(source);
            Fixture.fill(source);
            Fixture.createTables(target);
            try (Connection c = target.connection()) {
                Fixture.station(c, "to be replaced", null, true, 1.0);
            }

            BackupReport backup = new Backups(source, dir.resolve("a"), null, CLOCK, "test").backupNow(14, List.of(), List.of());
            assertThat(backup.archive()).hasFileName("ampgate-backup-20261122-023000.zip").exists();
            assertThat(backup.rows()).containsEntry("bk_station", 3L).containsEntry("bk_charge", 4L);
            assertThat(List.copyOf(backup.rows().keySet())).as("parents first")
                    .containsSubsequence("bk_station", "bk_charge").contains("ampgate_schema");

            RestoreReport restored = new Backups(target, dir.resolve("b"), null, CLOCK, "test").restore(backup.archive());
            assertThat(restored.rows()).containsEntry("bk_station", 3L).containsEntry("bk_charge", 4L);
            assertThat(Fixture.rows(target)).isEqualTo(Fixture.rows(source)).hasSize(7);
            assertThat(Fixture.rows(target).get(0)).contains(Fixture.LONG_NOTE);
            try (Connection c = target.connection()) {
                assertThat(Fixture.station(c, "CP-4", null, null, null)).as("identity continues after the restored ids").isEqualTo(4);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void copyMovesEveryRowIntoAnEmptyDatabaseAndRefusesOneWithData(Dialect to, @TempDir Path dir) throws Exception {
        try (PooledDatabase source = TestDatabases.open(Dialect.DERBY); PooledDatabase target = TestDatabases.open(to)) {
            Fixture.createTables(source);
            Fixture.fill(source);
            Fixture.createTables(target);

            assertThat(Copier.copy(source, target.settings(), false, dir)).containsEntry("bk_station", 3L).containsEntry("bk_charge", 4L);
            assertThat(Fixture.rows(target)).isEqualTo(Fixture.rows(source));
            assertThat(dir).as("no temporary archive left").isEmptyDirectory();

            assertThatThrownBy(() -> Copier.copy(source, target.settings(), false, dir))
                    .isInstanceOf(StoreException.class).hasMessageContaining("already holds data").hasMessageContaining("--force");
            try (Connection c = source.connection()) {
                Fixture.station(c, "CP-4", null, null, null);
            }
            assertThat(Copier.copy(source, target.settings(), true, dir)).containsEntry("bk_station", 4L);
            assertThat(Fixture.rows(target)).isEqualTo(Fixture.rows(source));
        }
    }
}
