package io.ampgate.store.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.api.device.DeviceHealth;
import io.ampgate.api.meter.Meter;
import io.ampgate.api.meter.MeterInfo;
import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.meter.MeterRole;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.measurement.JdbcMeasurementRepository;
import io.ampgate.store.jdbc.measurement.MeasurementRecorder;
import io.ampgate.store.jdbc.measurement.RecorderSettings;
import io.ampgate.store.testing.TestDatabases;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.osgi.service.log.Logger;

class MeasurementRecorderTest {
    static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    static final RecorderSettings SETTINGS = new RecorderSettings(Duration.ofMinutes(1), Retention.DEFAULT, ZoneOffset.UTC);

    /** A meter whose reading the test sets. */
    static final class FakeMeter implements Meter {
        final String id;
        volatile MeterReading reading;
        volatile RuntimeException failure;

        FakeMeter(String id) {
            this.id = id;
        }

        void read(Instant at, double power, double importWh) {
            reading = new MeterReading(at, PhaseValues.all(230), PhaseValues.all(power / 690), PhaseValues.all(power / 3),
                    power, importWh, 0);
        }

        @Override
        public MeterInfo info() {
            return new MeterInfo(id, null, null, null, MeterRole.SITE);
        }

        @Override
        public Optional<MeterReading> lastReading() {
            if (failure != null) {
                throw failure;
            }
            return Optional.ofNullable(reading);
        }

        @Override
        public DeviceHealth health() {
            return DeviceHealth.online(T0);
        }
    }

    final List<String> warnings = new ArrayList<>();

    /** Records warnings as "format | first argument". */
    Logger logger() {
        return (Logger) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Logger.class}, (proxy, method, args) -> {
            if (method.getName().equals("warn") || method.getName().equals("error")) {
                Object first = args.length < 2 ? null : args[1] instanceof Object[] a ? (a.length > 0 ? a[0] : null) : args[1];
                warnings.add(args[0] + (first != null ? " | " + first : ""));
            }
            return null;
        });
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void eachTickStoresEveryMetersNewReadingOnce(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            MeasurementRepository repo = new JdbcMeasurementRepository(db);
            MeasurementRecorder recorder = new MeasurementRecorder(repo, SETTINGS, Clock.systemUTC(), logger());
            FakeMeter grid = new FakeMeter("grid");
            FakeMeter pv = new FakeMeter("pv");
            FakeMeter silent = new FakeMeter("silent");
            recorder.addMeter(grid);
            recorder.addMeter(pv);
            recorder.addMeter(silent);

            grid.read(T0, 7000, 100);
            pv.read(T0.minusSeconds(1), -2000, 0);
            assertThat(recorder.tick(T0)).isEqualTo(2);
            assertThat(recorder.tick(T0.plusSeconds(60))).as("nothing new").isZero();

            grid.read(T0.plusSeconds(60), 6000, 200);
            assertThat(recorder.tick(T0.plusSeconds(61))).isEqualTo(1);
            recorder.removeMeter(pv);
            pv.read(T0.plusSeconds(60), -2100, 0);
            grid.read(T0.plusSeconds(120), 5000, 300);
            assertThat(recorder.tick(T0.plusSeconds(121))).as("pv is gone").isEqualTo(1);

            assertThat(repo.samples("grid", T0, T0.plusSeconds(3600))).extracting(Sample::totalPower)
                    .containsExactly(7000.0, 6000.0, 5000.0);
            assertThat(repo.samples("pv", T0.minusSeconds(60), T0.plusSeconds(3600))).extracting(Sample::totalPower)
                    .containsExactly(-2000.0);
            assertThat(repo.samples("silent", T0.minusSeconds(60), T0.plusSeconds(3600))).isEmpty();
            assertThat(warnings).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aFailingMeterIsSkippedAndTheOthersAreStored(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            MeasurementRepository repo = new JdbcMeasurementRepository(db);
            MeasurementRecorder recorder = new MeasurementRecorder(repo, SETTINGS, Clock.systemUTC(), logger());
            FakeMeter broken = new FakeMeter("broken");
            broken.failure = new IllegalStateException("driver bug");
            FakeMeter grid = new FakeMeter("grid");
            grid.read(T0, 7000, 100);
            recorder.addMeter(broken);
            recorder.addMeter(grid);

            assertThat(recorder.tick(T0)).isEqualTo(1);
            assertThat(warnings).containsExactly("Skipping a reading of meter {}: {} | broken");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void rollUpsRunEveryFifteenMinutesBehindALateMargin(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            MeasurementRepository repo = new JdbcMeasurementRepository(db);
            MeasurementRecorder recorder = new MeasurementRecorder(repo, SETTINGS, Clock.systemUTC(), logger());
            FakeMeter grid = new FakeMeter("grid");
            recorder.addMeter(grid);
            Instant end = T0.plus(Duration.ofMinutes(40));
            for (Instant now = T0; now.isBefore(end); now = now.plusSeconds(60)) {
                grid.read(now, 1000, 0);
                recorder.tick(now);
            }
            // maintenance ran at 10:00 (nothing complete), 10:15 (up to 10:12: nothing) and 10:30 (up to 10:27: one)
            assertThat(repo.rollups("grid", Resolution.QUARTER_HOUR, T0, end)).extracting(Rollup::start).containsExactly(T0);
            assertThat(repo.rollups("grid", Resolution.QUARTER_HOUR, T0, end).get(0).samples()).isEqualTo(15);
            assertThat(warnings).isEmpty();
        }
    }

    @Test
    void theSampleIntervalIsAtLeastOneSecond() {
        assertThatThrownBy(() -> new RecorderSettings(Duration.ofMillis(999), Retention.DEFAULT, ZoneOffset.UTC))
                .hasMessageContaining("sample interval must be at least 1 s");
    }
}
