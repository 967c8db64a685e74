package io.ampgate.meter.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.device.DeviceHealth;
import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.meter.MeterRole;
import io.ampgate.api.unit.PhaseValues;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ConstantMeterTest {

    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

    /** A clock the test moves by hand. */
    private static final class VirtualClock extends Clock {
        private Instant now = T0;

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private static ConstantMeter.Config config(String id, double volts, double amps, MeterRole role) {
        return new ConstantMeter.Config() {
            @Override public Class<? extends Annotation> annotationType() { return ConstantMeter.Config.class; }
            @Override public String name() { return "Test meter"; }
            @Override public String ampgate_meter_id() { return id; }
            @Override public double voltage() { return volts; }
            @Override public double current() { return amps; }
            @Override public MeterRole ampgate_meter_role() { return role; }
        };
    }

    @Test
    void reportsConstantValuesAndGrowingImportEnergy() {
        VirtualClock clock = new VirtualClock();
        ConstantMeter meter = new ConstantMeter(config("m1", 230, 10, MeterRole.SITE), clock);

        assertThat(meter.info().id()).isEqualTo("m1");
        assertThat(meter.info().name()).isEqualTo("Test meter");
        assertThat(meter.info().role()).isEqualTo(MeterRole.SITE);
        assertThat(meter.health()).isEqualTo(DeviceHealth.online(T0));

        MeterReading first = meter.lastReading().orElseThrow();
        assertThat(first.timestamp()).isEqualTo(T0);
        assertThat(first.voltage()).isEqualTo(PhaseValues.all(230));
        assertThat(first.current()).isEqualTo(PhaseValues.all(10));
        assertThat(first.activePower()).isEqualTo(PhaseValues.all(2300));
        assertThat(first.totalActivePower()).isEqualTo(6900);
        assertThat(first.importEnergyWh()).isZero();

        clock.advance(Duration.ofMinutes(30));
        MeterReading later = meter.lastReading().orElseThrow();
        assertThat(later.timestamp()).isEqualTo(T0.plus(Duration.ofMinutes(30)));
        assertThat(later.importEnergyWh()).isEqualTo(3450.0); // 6900 W for half an hour
        assertThat(later.exportEnergyWh()).isZero();
        assertThat(later.activePower()).isEqualTo(first.activePower());
    }

    @Test
    void pvMeterReportsProductionAsExport() {
        VirtualClock clock = new VirtualClock();
        ConstantMeter pv = new ConstantMeter(config("pv", 230, 5, MeterRole.PV), clock);
        clock.advance(Duration.ofHours(2));

        MeterReading r = pv.lastReading().orElseThrow();
        assertThat(r.current()).isEqualTo(PhaseValues.all(-5));
        assertThat(r.totalActivePower()).isEqualTo(-3450);
        assertThat(r.exportEnergyWh()).isEqualTo(6900.0);
        assertThat(r.importEnergyWh()).isZero();
    }

    @Test
    void clockGoingBackwardsNeverMakesEnergyNegative() {
        VirtualClock clock = new VirtualClock();
        ConstantMeter meter = new ConstantMeter(config("m1", 230, 10, MeterRole.ZONE), clock);
        clock.advance(Duration.ofMinutes(-5));
        assertThat(meter.lastReading().orElseThrow().importEnergyWh()).isZero();
    }
}
