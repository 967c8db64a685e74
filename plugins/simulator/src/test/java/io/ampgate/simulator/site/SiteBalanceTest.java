package io.ampgate.simulator.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ampgate.simulator.modbus.Area;
import io.ampgate.simulator.modbus.ModbusSlaveSimulator;
import io.ampgate.simulator.modbus.SimulatedUnit;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The site meter's reading: base load plus the cars on their site phases, less PV; and the SDM630 registers. */
class SiteBalanceTest {

    @ParameterizedTest(name = "{0} A on {1} phase(s), rotation {2}: {3}/{4}/{5} A on the site")
    @CsvSource({
            "16, 3, L1L2L3, 16, 16, 16",
            "16, 1, L1L2L3, 16, 0, 0",
            "16, 1, L2L3L1, 0, 16, 0",
            "16, 1, L3L1L2, 0, 0, 16",
            "10, 3, L2L3L1, 10, 10, 10",
            "0, 3, L1L2L3, 0, 0, 0"})
    void carsDrawOnTheSitePhasesOfTheirStationsRotation(double drawA, int phases, String rotation, double l1,
            double l2, double l3) {
        StationSpec station = StationSpec.parse("CP1:1:Type2:3:32:A:B:" + rotation);

        assertThat(station.onSitePhases(drawA, phases)).isEqualTo(new PhaseCurrents(l1, l2, l3));
    }

    @Test
    void singlePhaseStationTakesOnePhaseOfAThreePhaseCar() {
        assertThat(StationSpec.parse("CP1:1:Schuko:1:16:A:B:L2L3L1").onSitePhases(16, 3))
                .isEqualTo(new PhaseCurrents(0, 16, 0));
    }

    @ParameterizedTest(name = "base {0}, cars {1}, PV {2} W: {3}")
    @CsvSource(delimiter = '|', value = {
            "20/15/17 | 0/0/0    | 0     | 20/15/17",
            "20/15/17 | 16/0/0   | 0     | 36/15/17",
            "20/15/17 | 16/16/16 | 6900  | 26/21/23",
            "10/10/10 | 0/0/0    | 13800 | -10/-10/-10",
            "10/8/9   | 0/16/0   | 13800 | -10/4/-11"})
    void meterShowsBasePlusCarsMinusPvOnEachPhase(String base, String cars, double pvW, String net) {
        assertThat(SimulatedSite.net(currents(base), currents(cars), pvW, 230))
                .isEqualTo(currents(net));
    }

    private static PhaseCurrents currents(String text) {
        String[] p = text.trim().split("/");
        return new PhaseCurrents(Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]));
    }

    @Test
    void sdm630RegistersShowMagnitudesSignedPowersAndCountEnergyPerPhase() throws IOException {
        try (ModbusSlaveSimulator slave = ModbusSlaveSimulator.listen()) {
            SimulatedUnit unit = slave.unit(1);
            SiteMeter meter = new SiteMeter(unit, 230, 1, 3_000_000, 30_000);
            Instant t = Instant.parse("2025-06-02T12:00:00Z");
            PhaseCurrents current = new PhaseCurrents(10, -5, 0);

            meter.update(t, Duration.ZERO, current);
            meter.update(t.plusSeconds(3600), Duration.ofHours(1), current);

            float[] v = floats(unit, 0, 18);
            assertThat(v[3]).isEqualTo(10f);
            assertThat(v[4]).as("a current is a magnitude").isEqualTo(5f);
            assertThat((double) v[6]).isCloseTo(10 * v[0], within(0.01));
            assertThat((double) v[7]).as("export is negative").isCloseTo(-5 * v[1], within(0.01));
            assertThat(floats(unit, 30, 6)).as("power factors carry the direction").containsExactly(1f, -1f, 1f);
            float[] energy = floats(unit, 72, 4);
            // the power shown at t, for an hour
            double importWh = 10 * SiteMeter.voltage(1, 10, t, 230, 1);
            double exportWh = 5 * SiteMeter.voltage(2, -5, t, 230, 1);
            assertThat((double) energy[0] * 1000).isCloseTo(3_000_000 + importWh, within(1.0));
            assertThat((double) energy[1] * 1000).isCloseTo(30_000 + exportWh, within(0.1));
            assertThat(floats(unit, 224, 2)[0]).as("neutral current").isCloseTo(13.23f, within(0.01f));
        }
    }

    private static float[] floats(SimulatedUnit unit, int address, int count) {
        int[] words = unit.registers(Area.INPUT_REGISTERS, address, count);
        float[] out = new float[count / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = Float.intBitsToFloat(words[2 * i] << 16 | words[2 * i + 1]);
        }
        return out;
    }

    @Test
    void neutralCurrentOfBalancedPhasesIsZero() {
        assertThat(SiteMeter.neutral(new double[] {16, 16, 16})).isCloseTo(0, within(1e-9));
        assertThat(SiteMeter.neutral(new double[] {16, 0, 0})).isCloseTo(16, within(1e-9));
        assertThat(SiteMeter.neutral(new double[] {0, 16, 0})).isCloseTo(16, within(1e-9));
    }
}
