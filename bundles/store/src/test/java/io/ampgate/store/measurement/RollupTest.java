package io.ampgate.store.measurement;

import static io.ampgate.store.measurement.MeasurementRepositoryTest.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ampgate.api.unit.PhaseValues;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.measurement.JdbcMeasurementRepository;
import io.ampgate.store.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RollupTest {
    static final Instant FAR = T0.plus(Duration.ofDays(400));

    /** Two hours of one-minute samples from T0 (10:00 UTC): power 1000 + i W, import 5000 + 100 i Wh. */
    static List<Sample> twoHours() {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            samples.add(new Sample("grid", T0.plus(Duration.ofMinutes(i)), PhaseValues.all(230),
                    PhaseValues.of(i, Double.NaN, 2 * i), PhaseValues.none(), 1000 + i, 5000 + 100 * i, Double.NaN));
        }
        return samples;
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void completeBucketsAreSummedUpOnceAndTheirEnergyDeltasChain(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            MeasurementRepository repo = new JdbcMeasurementRepository(db);
            repo.write(twoHours());

            assertThat(repo.rollUp(T0.plus(Duration.ofMinutes(100)), ZoneOffset.UTC)).as("6 quarter-hours and 1 hour").isEqualTo(7);
            List<Rollup> quarters = repo.rollups("grid", Resolution.QUARTER_HOUR, T0, FAR);
            assertThat(quarters).hasSize(6);
            Rollup first = quarters.get(0);
            assertThat(first.start()).isEqualTo(T0);
            assertThat(first.end()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
            assertThat(first.samples()).isEqualTo(15);
            assertThat(first.powerAvg()).isEqualTo(1007);
            assertThat(first.powerMin()).isEqualTo(1000);
            assertThat(first.powerMax()).isEqualTo(1014);
            assertThat(first.currentAvg().l1()).isEqualTo(7);
            assertThat(first.currentAvg().l2()).as("never measured").isNaN();
            assertThat(first.currentAvg().l3()).isEqualTo(14);
            assertThat(first.voltageAvg()).isEqualTo(PhaseValues.all(230));
            assertThat(first.importWh()).isEqualTo(6400);
            assertThat(first.importDeltaWh()).as("the meter's first bucket counts from its first sample").isEqualTo(1400);
            assertThat(first.exportWh()).isNaN();
            assertThat(first.exportDeltaWh()).isNaN();
            assertThat(quarters.get(1).importDeltaWh()).as("from the end of the bucket before").isEqualTo(1500);
            assertThat(repo.rollups("grid", Resolution.HOUR, T0, FAR)).singleElement()
                    .satisfies(h -> assertThat(h.powerAvg()).isEqualTo(1029.5))
                    .satisfies(h -> assertThat(h.importDeltaWh()).isEqualTo(5900));
            assertThat(repo.rollups("grid", Resolution.DAY, T0.minus(Duration.ofDays(1)), FAR)).isEmpty();

            assertThat(repo.rollUp(T0.plus(Duration.ofMinutes(100)), ZoneOffset.UTC)).as("nothing new").isZero();
            assertThat(repo.rollups("grid", Resolution.QUARTER_HOUR, T0, FAR)).isEqualTo(quarters);

            assertThat(repo.rollUp(Instant.parse("2026-03-03T00:00:00Z"), ZoneOffset.UTC)).as("2 quarters, 1 hour, 1 day").isEqualTo(4);
            List<Rollup> hours = repo.rollups("grid", Resolution.HOUR, T0, FAR);
            assertThat(hours).extracting(Rollup::importDeltaWh).containsExactly(5900.0, 6000.0);
            List<Rollup> all = repo.rollups("grid", Resolution.QUARTER_HOUR, T0, FAR);
            assertThat(all).hasSize(8);
            assertThat(all.stream().mapToDouble(Rollup::importDeltaWh).sum()).as("deltas add up").isEqualTo(11_900.0);
            assertThat(repo.rollups("grid", Resolution.DAY, T0.minus(Duration.ofDays(1)), FAR)).singleElement()
                    .satisfies(d -> assertThat(d.start()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z")))
                    .satisfies(d -> assertThat(d.samples()).isEqualTo(120))
                    .satisfies(d -> assertThat(d.powerAvg()).isCloseTo(1059.5, within(1e-9)))
                    .satisfies(d -> assertThat(d.importDeltaWh()).isEqualTo(11_900))
                    .satisfies(d -> assertThat(d.importWh()).isEqualTo(16_900));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void rollingUpAgainFromScratchGivesTheSameRows(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            MeasurementRepository repo = new JdbcMeasurementRepository(db);
            repo.write(twoHours());
            Instant upTo = Instant.parse("2026-03-03T00:00:00Z");
            int written = repo.rollUp(upTo, ZoneOffset.UTC);
            List<Rollup> before = new ArrayList<>();
            for (Resolution r : Resolution.values()) {
                before.addAll(repo.rollups("grid", r, T0.minus(Duration.ofDays(1)), FAR));
            }
            try (Connection c = db.connection(); Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM measurement_watermark");
            }
            assertThat(repo.rollUp(upTo, ZoneOffset.UTC)).isEqualTo(written).isEqualTo(8 + 2 + 1);
            List<Rollup> after = new ArrayList<>();
            for (Resolution r : Resolution.values()) {
                after.addAll(repo.rollups("grid", r, T0.minus(Duration.ofDays(1)), FAR));
            }
            assertThat(after).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theEnergyOfAGapLandsAfterItAndAReplacedMeterCountsFromItsNewValue(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            MeasurementRepository repo = new JdbcMeasurementRepository(db);
            double[][] minuteAndImport = {{0, 100}, {1, 150}, {80, 400}, {81, 50}, {82, 60}};
            List<Sample> samples = new ArrayList<>();
            for (double[] m : minuteAndImport) {
                samples.add(MeasurementRepositoryTest.sample("grid", T0.plus(Duration.ofMinutes((long) m[0])), 500, m[1]));
            }
            repo.write(samples);
            repo.rollUp(T0.plus(Duration.ofHours(2)), ZoneOffset.UTC);
            assertThat(repo.rollups("grid", Resolution.HOUR, T0, FAR))
                    .extracting(Rollup::importDeltaWh, Rollup::importWh).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(50.0, 150.0), org.assertj.core.groups.Tuple.tuple(260.0, 60.0));
            assertThat(repo.rollups("grid", Resolution.QUARTER_HOUR, T0, FAR)).extracting(Rollup::start)
                    .as("no rows for buckets without samples")
                    .containsExactly(T0, T0.plus(Duration.ofMinutes(75)));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void afterDaysWithoutSamplesTheDeltaStillStartsFromTheLastRegister(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            MeasurementRepository repo = new JdbcMeasurementRepository(db);
            repo.write(List.of(MeasurementRepositoryTest.sample("grid", T0, 500, 100),
                    MeasurementRepositoryTest.sample("grid", T0.plusSeconds(60), 500, 150)));
            repo.rollUp(T0.plus(Duration.ofDays(1)), ZoneOffset.UTC);
            Instant later = T0.plus(Duration.ofDays(40));
            repo.write(List.of(MeasurementRepositoryTest.sample("grid", later, 500, 900)));
            repo.rollUp(later.plus(Duration.ofDays(1)), ZoneOffset.UTC);
            for (Resolution r : Resolution.values()) {
                assertThat(repo.rollups("grid", r, T0.minus(Duration.ofDays(1)), FAR)).as(r.name())
                        .extracting(Rollup::importDeltaWh).containsExactly(50.0, 750.0);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void daysRunFromLocalMidnightToLocalMidnight(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            MeasurementRepository repo = new JdbcMeasurementRepository(db);
            Instant from = Instant.parse("2026-03-28T20:00:00Z");
            List<Sample> samples = new ArrayList<>();
            for (int h = 0; h < 28; h++) {
                samples.add(MeasurementRepositoryTest.sample("grid", from.plus(Duration.ofHours(h)), 100, h));
            }
            repo.write(samples);
            ZoneId berlin = ZoneId.of("Europe/Berlin");
            repo.rollUp(Instant.parse("2026-03-30T00:00:00Z"), berlin);
            List<Rollup> days = repo.rollups("grid", Resolution.DAY, from.minus(Duration.ofDays(2)), FAR);
            assertThat(days).extracting(Rollup::start).containsExactly(
                    Instant.parse("2026-03-27T23:00:00Z"), Instant.parse("2026-03-28T23:00:00Z"));
            assertThat(days).extracting(Rollup::samples).containsExactly(3, 23);
            assertThat(days.get(1).end()).as("the day summer time starts has 23 hours").isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
        }
    }
}
