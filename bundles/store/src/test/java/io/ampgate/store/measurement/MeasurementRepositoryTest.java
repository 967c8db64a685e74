package io.ampgate.store.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.api.unit.PhaseValues;
import io.ampgate.store.StoreException;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.measurement.JdbcMeasurementRepository;
import io.ampgate.store.testing.TestDatabases;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MeasurementRepositoryTest {
    static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    static Sample sample(String meter, Instant at, double power, double importWh) {
        return new Sample(meter, at, PhaseValues.all(230), PhaseValues.all(power / 690), PhaseValues.all(power / 3),
                power, importWh, 0);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void samplesComeBackInTimeOrderWithNaNsAndOnlyFromTheRange(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            MeasurementRepository repo = new JdbcMeasurementRepository(db);
            Sample partial = new Sample("grid", T0.plusSeconds(60), PhaseValues.of(231.5, Double.NaN, 229),
                    PhaseValues.none(), PhaseValues.of(-100.25, 0, Double.NaN), Double.NaN, 12_345.678, Double.NaN);
            Sample first = sample("grid", T0, 7000, 12_000);
            Sample later = sample("grid", T0.plusSeconds(120), 6000, 12_400);
            assertThat(repo.write(List.of(later, partial, first, sample("pv", T0, -3000, 0)))).isEqualTo(4);

            assertThat(repo.samples("grid", T0, T0.plusSeconds(120))).containsExactly(first, partial);
            assertThat(repo.samples("grid", T0, T0.plusSeconds(121))).containsExactly(first, partial, later);
            assertThat(repo.samples("pv", T0.minusSeconds(1), T0.plusSeconds(1))).hasSize(1)
                    .allSatisfy(s -> assertThat(s.totalPower()).isEqualTo(-3000));
            assertThat(repo.samples("nobody", T0, T0.plusSeconds(600))).isEmpty();
            assertThat(repo.write(List.of())).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aSampleStoredTwiceIsIgnoredAndTheFirstStays(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            MeasurementRepository repo = new JdbcMeasurementRepository(db);
            assertThat(repo.write(List.of(sample("grid", T0, 1000, 10), sample("grid", T0, 2000, 20)))).isEqualTo(1);
            assertThat(repo.write(List.of(sample("grid", T0, 3000, 30), sample("grid", T0.plusSeconds(60), 4000, 40))))
                    .as("only the new one").isEqualTo(1);
            assertThat(repo.samples("grid", T0, T0.plusSeconds(3600))).extracting(Sample::totalPower).containsExactly(1000.0, 4000.0);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aLargeBatchIsStoredWhole(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            MeasurementRepository repo = new JdbcMeasurementRepository(db);
            List<Sample> batch = new ArrayList<>();
            for (int i = 0; i < 2_500; i++) {
                batch.add(sample("m" + (i % 5), T0.plusSeconds(i / 5), i, i));
            }
            assertThat(repo.write(batch)).isEqualTo(2_500);
            assertThat(repo.samples("m3", T0, T0.plusSeconds(500))).hasSize(500)
                    .extracting(Sample::at).isSorted().doesNotHaveDuplicates();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void oldDataIsPurgedButRawSamplesWaitForTheirRollUps(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            MeasurementRepository repo = new JdbcMeasurementRepository(db);
            Instant start = Instant.parse("2026-01-01T00:00:00Z");
            List<Sample> batch = new ArrayList<>();
            for (int hour = 0; hour < 10 * 24; hour++) {
                batch.add(sample("grid", start.plus(Duration.ofHours(hour)), 1000, hour * 1000.0));
            }
            repo.write(batch);
            Instant now = start.plus(Duration.ofDays(10));
            Retention retention = new Retention(Duration.ofDays(2), Duration.ofDays(3), Duration.ofDays(4), Retention.FOREVER);

            assertThat(repo.purge(retention, now)).as("nothing rolled up yet: raw samples stay").isZero();
            repo.rollUp(now, java.time.ZoneOffset.UTC);
            assertThat(repo.purge(retention, now)).isEqualTo((10 - 2) * 24 + (10 - 3) * 24 + (10 - 4) * 24);
            Instant all = start.minusSeconds(1);
            assertThat(repo.samples("grid", all, now)).hasSize(2 * 24).first()
                    .extracting(Sample::at).isEqualTo(now.minus(Duration.ofDays(2)));
            assertThat(repo.rollups("grid", Resolution.QUARTER_HOUR, all, now)).hasSize(3 * 24);
            assertThat(repo.rollups("grid", Resolution.HOUR, all, now)).hasSize(4 * 24);
            assertThat(repo.rollups("grid", Resolution.DAY, all, now)).as("kept forever").hasSize(10);
            assertThat(repo.purge(retention, now)).as("done already").isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aBrokenDatabaseIsAStoreExceptionThatSaysWhatFailed(Dialect dialect) throws SQLException {
        PooledDatabase db = TestDatabases.open(dialect);
        MeasurementRepository repo = new JdbcMeasurementRepository(db);
        db.close();
        assertThatThrownBy(() -> repo.write(List.of(sample("grid", T0, 1, 1))))
                .isInstanceOf(StoreException.class).hasMessageContaining("could not store 1 samples");
        assertThatThrownBy(() -> repo.samples("grid", T0, T0.plusSeconds(1)))
                .isInstanceOf(StoreException.class).hasMessageContaining("meter grid");
    }
}
