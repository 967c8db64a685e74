package io.ampgate.meter.sunspec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.unit.Phase;
import io.ampgate.modbus.Block;
import io.ampgate.modbus.RegisterTable;
import io.ampgate.modbus.meter.MeterOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class SunSpecTableTest {

    private static final int SF_NONE = 0x8000;

    /** A three-phase inverter producing 2123.4 W at 230.1/230.2/230.3 V, 7.87 A a phase, 12,345,678 Wh. */
    private static FakeSunSpec threePhase() {
        FakeSunSpec f = FakeSunSpec.at(40_000).common(66, "Acme", "Sun 5", "1");
        int m = f.model(103, 50);
        f.point(m, 2, 2361, 787, 787, 787, -2) // A, AphA..C, A_SF = -2
                .point(m, 10, 2301, 2302, 2303, -1) // PhVphA..C, V_SF = -1
                .point(m, 14, 21234, -1) // W = 2123.4, W_SF
                .point(m, 16, 5001, -2) // Hz, Hz_SF
                .point(m, 24, 12345678 >>> 16, 12345678 & 0xFFFF, 0); // WH acc32, WH_SF
        return f.end();
    }

    private static MeterReading read(FakeSunSpec f) throws Exception {
        SunSpecDevice d = SunSpecDiscovery.discover(f.reader());
        RegisterTable table = SunSpecTable.table(d);
        return SunSpecTable.reading(d.measurement().id(), f.poll(table, 125, 125), MeterOptions.standard());
    }

    @Test
    void threePhaseInverterProductionIsExportWithScaleFactorsApplied() throws Exception {
        MeterReading r = read(threePhase());

        assertThat(r.totalActivePower()).isCloseTo(-2123.4, within(1e-6));
        assertThat(r.voltage().l1()).isCloseTo(230.1, within(1e-9));
        assertThat(r.voltage().l3()).isCloseTo(230.3, within(1e-9));
        assertThat(r.current().l2()).isCloseTo(-7.87, within(1e-9));
        assertThat(r.exportEnergyWh()).isEqualTo(12_345_678);
        assertThat(r.importEnergyWh()).isNaN();
        assertThat(r.activePower().isMeasured(Phase.L1)).isFalse(); // 103 has no per-phase power
    }

    @Test
    void scaleFactorsAreReadInTheSameRequestAsTheirValues() throws Exception {
        SunSpecDevice d = SunSpecDiscovery.discover(threePhase().reader());
        List<Block> blocks = SunSpecTable.table(d).blocks(125, 125);

        assertThat(blocks).hasSize(1);
        assertThat(blocks.get(0).start()).isEqualTo(40_072);
        assertThat(blocks.get(0).count()).isEqualTo(25);
    }

    @Test
    void notImplementedValuesAreUnknown() throws Exception {
        FakeSunSpec f = threePhase();
        int m = 40_070;
        f.point(m, 4, 0xFFFF) // AphB not implemented
                .point(m, 13, SF_NONE) // V_SF not implemented: every voltage unknown
                .point(m, 24, 0, 0); // WH acc32 = 0: not implemented

        MeterReading r = read(f);

        assertThat(r.current().l1()).isCloseTo(-7.87, within(1e-9));
        assertThat(r.current().l2()).isNaN();
        assertThat(r.voltage().l1()).isNaN();
        assertThat(r.voltage().l2()).isNaN();
        assertThat(r.exportEnergyWh()).isNaN();
        assertThat(r.totalActivePower()).isCloseTo(-2123.4, within(1e-6));
    }

    @Test
    void powerNotImplementedIsUnknown() throws Exception {
        FakeSunSpec f = threePhase();
        f.point(40_070, 14, 0x8000);

        assertThat(read(f).totalActivePower()).isNaN();
    }

    @Test
    void singlePhaseInverterPutsEverythingOnItsPhase() throws Exception {
        FakeSunSpec f = FakeSunSpec.at(40_000).common(66, "Acme", "Uno", "1");
        int m = f.model(101, 50);
        f.point(m, 2, 1300, 1300, 0xFFFF, 0xFFFF, -2)
                .point(m, 10, 2310, 0xFFFF, 0xFFFF, -1)
                .point(m, 14, 300, 1) // 300 × 10^1 = 3000 W
                .point(m, 24, 0, 5000, 3); // 5000 × 10^3 Wh
        f.end();
        SunSpecDevice d = SunSpecDiscovery.discover(f.reader());

        MeterReading r = SunSpecTable.reading(101, f.poll(SunSpecTable.table(d), 125, 125),
                MeterOptions.of(false, "L2L1L3"));

        assertThat(r.totalActivePower()).isEqualTo(-3000);
        assertThat(r.activePower().l2()).isEqualTo(-3000); // the inverter's L1 is on site phase L2
        assertThat(r.voltage().l2()).isCloseTo(231.0, within(1e-9));
        assertThat(r.current().l2()).isCloseTo(-13.0, within(1e-9));
        assertThat(r.voltage().l1()).isNaN();
        assertThat(r.exportEnergyWh()).isEqualTo(5_000_000);
    }

    @Test
    void derModel701ReadsPhasesAndBothEnergies() throws Exception {
        FakeSunSpec f = FakeSunSpec.at(40_000).common(66, "Acme", "DER", "1");
        int m = f.model(701, 153);
        f.point(m, 10, 6000) // W
                .point(m, 19, 0, 0, 0, 9_876) // TotWhInj (acc64) = 9876 × 10^3
                .point(m, 23, 0, 0, 0, 0) // TotWhAbs = 0: not implemented
                .point(m, 41, 2000).point(m, 45, 870).point(m, 47, 2300) // L1: W, A, V
                .point(m, 64, 2000).point(m, 68, 870).point(m, 70, 0xFFFF) // L2 voltage not implemented
                .point(m, 87, 2000).point(m, 91, 870).point(m, 93, 2302)
                .point(m, 113, -2, -1, -2, 0) // A_SF, V_SF, Hz_SF, W_SF
                .point(m, 120, 3); // TotWh_SF
        f.end();

        MeterReading r = read(f);

        assertThat(r.totalActivePower()).isEqualTo(-6000);
        assertThat(r.activePower().l3()).isEqualTo(-2000);
        assertThat(r.current().l1()).isCloseTo(-8.7, within(1e-9));
        assertThat(r.voltage().l1()).isCloseTo(230.0, within(1e-9));
        assertThat(r.voltage().l2()).isNaN();
        assertThat(r.exportEnergyWh()).isEqualTo(9_876_000);
        assertThat(r.importEnergyWh()).isNaN();
    }

    @Test
    void unreasonableScaleFactorIsUnknown() {
        assertThat(SunSpecTable.implemented(SunSpecTable.Kind.SF, -32768)).isNaN();
        assertThat(SunSpecTable.implemented(SunSpecTable.Kind.UINT32, 0xFFFF_FFFFL)).isNaN();
        assertThat(SunSpecTable.implemented(SunSpecTable.Kind.ACC64, 0x1p64)).isNaN();
        assertThat(SunSpecTable.implemented(SunSpecTable.Kind.INT16, -32767)).isEqualTo(-32767);
    }
}
