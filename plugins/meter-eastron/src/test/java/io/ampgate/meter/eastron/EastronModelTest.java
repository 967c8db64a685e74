package io.ampgate.meter.eastron;

import static io.ampgate.modbus.FunctionCode.READ_INPUT_REGISTERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.meter.MeterRole;
import io.ampgate.api.unit.Phase;
import io.ampgate.modbus.Block;
import io.ampgate.modbus.Register;
import io.ampgate.modbus.RegisterImage;
import io.ampgate.modbus.Values;
import io.ampgate.modbus.meter.MeterModel;
import io.ampgate.modbus.meter.MeterOptions;
import io.ampgate.modbus.meter.MeterReadings;
import io.ampgate.modbus.meter.MeterSettings;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Register level: raw words as an Eastron answers them, through the block plan and the decoder. */
class EastronModelTest {
    private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");

    /** An SDM630 at L1 230.2 V 10.5 A 2400 W, L2 231 V 8.25 A 1800 W, L3 exporting 690 W; total 3510 W. */
    static RegisterImage sdm630() {
        return RegisterImage.strict()
                .set(READ_INPUT_REGISTERS, 0, 0x4366, 0x3334, 0x4367, 0x0000, 0x4365, 0x8000) // 230.2 (doc example), 231, 229.5 V
                .set(READ_INPUT_REGISTERS, 6, 0x4128, 0x0000, 0x4104, 0x0000, 0xC040, 0x0000) // 10.5, 8.25, -3 A
                .set(READ_INPUT_REGISTERS, 12, 0x4516, 0x0000, 0x44E1, 0x0000, 0xC42C, 0x8000) // 2400, 1800, -690 W
                .set(READ_INPUT_REGISTERS, 52, 0x455B, 0x6000) // 3510 W
                .set(READ_INPUT_REGISTERS, 72, 0x449A, 0x5000, 0x4144, 0x0000); // 1234.5 kWh, 12.25 kWh
    }

    private static MeterReading read(RegisterImage device, EastronModel model, MeterOptions options) {
        MeterModel spec = model.spec();
        Values values = device.poll(spec.table(), spec.maxRegisters(), spec.maxGap(), T);
        return MeterReadings.of(values, options);
    }

    @Test
    void sdm630DecodesVoltsAmpsWattsAndEnergyInWh() {
        MeterReading r = read(sdm630(), EastronModel.SDM630, MeterOptions.standard());

        assertThat(r.timestamp()).isEqualTo(T);
        assertThat(r.voltage().l1()).isCloseTo(230.2, within(1e-4));
        assertThat(r.voltage().l2()).isEqualTo(231.0);
        assertThat(r.current().l3()).isEqualTo(-3.0);
        assertThat(r.activePower().l1()).isEqualTo(2400.0);
        assertThat(r.activePower().l3()).isEqualTo(-690.0);
        assertThat(r.totalActivePower()).isEqualTo(3510.0);
        assertThat(r.importEnergyWh()).isEqualTo(1_234_500.0);
        assertThat(r.exportEnergyWh()).isEqualTo(12_250.0);
    }

    @Test
    void tableCarriesUnitsAndReadsFunction04() {
        for (Register reg : EastronModel.SDM630.spec().table().registers()) {
            assertThat(reg.function()).isEqualTo(READ_INPUT_REGISTERS);
            assertThat(reg.unit()).isEqualTo(switch (reg.name().split("\\.")[0]) {
                case "voltage" -> "V";
                case "current" -> "A";
                case "power" -> "W";
                default -> "Wh";
            });
        }
    }

    @Test
    void requestsStartEvenAskEvenCountsAndStayWithin60Registers() {
        RegisterImage device = sdm630();
        read(device, EastronModel.SDM630, MeterOptions.standard());

        assertThat(device.requests()).extracting(Block::start).containsExactly(0, 52, 72);
        assertThat(device.requests()).allSatisfy(b -> {
            assertThat(b.start() % 2).isZero();
            assertThat(b.count() % 2).isZero();
            assertThat(b.count()).isLessThanOrEqualTo(60);
        });
    }

    @Test
    void reversedCtTurnsSignsAndSwapsEnergies() {
        MeterReading r = read(sdm630(), EastronModel.SDM630, MeterOptions.of(true, "L1L2L3"));

        assertThat(r.activePower().l1()).isEqualTo(-2400.0);
        assertThat(r.activePower().l3()).isEqualTo(690.0);
        assertThat(r.totalActivePower()).isEqualTo(-3510.0);
        assertThat(r.importEnergyWh()).isEqualTo(12_250.0);
        assertThat(r.exportEnergyWh()).isEqualTo(1_234_500.0);
    }

    @Test
    void phaseMappingPutsInputsOnSitePhases() {
        MeterReading r = read(sdm630(), EastronModel.SDM630, MeterOptions.of(false, "L2L3L1"));

        assertThat(r.voltage().get(Phase.L2)).isCloseTo(230.2, within(1e-4)); // input L1 measures site L2
        assertThat(r.current().get(Phase.L3)).isEqualTo(8.25);
        assertThat(r.activePower().get(Phase.L1)).isEqualTo(-690.0);
        assertThat(r.totalActivePower()).isEqualTo(3510.0);
    }

    @Test
    void sdm120IsSinglePhaseWithItsPhasePowerAsTotal() {
        RegisterImage device = RegisterImage.strict()
                .set(READ_INPUT_REGISTERS, 0, 0x4366, 0x3334)
                .set(READ_INPUT_REGISTERS, 6, 0x4128, 0x0000)
                .set(READ_INPUT_REGISTERS, 12, 0x4516, 0x0000)
                .set(READ_INPUT_REGISTERS, 72, 0x449A, 0x5000, 0x4144, 0x0000);
        MeterReading r = read(device, EastronModel.SDM120, MeterOptions.of(false, "L3L1L2"));

        assertThat(r.voltage().get(Phase.L3)).isCloseTo(230.2, within(1e-4));
        assertThat(r.voltage().get(Phase.L1)).isNaN();
        assertThat(r.activePower().get(Phase.L3)).isEqualTo(2400.0);
        assertThat(r.totalActivePower()).isEqualTo(2400.0);
        assertThat(r.importEnergyWh()).isEqualTo(1_234_500.0);
        assertThat(device.requests()).extracting(Block::start).containsExactly(0, 6, 12, 72);
    }

    @Test
    void sdm72ReadsOnlyPowerAndEnergies() {
        RegisterImage device = RegisterImage.strict()
                .set(READ_INPUT_REGISTERS, 52, 0xC42C, 0x8000)
                .set(READ_INPUT_REGISTERS, 72, 0x449A, 0x5000, 0x4144, 0x0000);
        MeterReading r = read(device, EastronModel.SDM72, MeterOptions.standard());

        assertThat(r.totalActivePower()).isEqualTo(-690.0);
        assertThat(r.exportEnergyWh()).isEqualTo(12_250.0);
        assertThat(r.voltage().l1()).isNaN();
        assertThat(EastronModel.SDM72_V2.spec().table()).isEqualTo(EastronModel.SDM630.spec().table());
        assertThat(EastronModel.SDM72_V2.spec().model()).isEqualTo("SDM72-V2");
    }

    @Test
    void invalidConfigurationSaysWhatIsWrong() {
        assertThatThrownBy(() -> MeterSettings.of("grid", "", MeterRole.SITE, "1@/dev/ttyUSB0:9600:8X1",
                EastronModel.SDM630.spec(), 50, 1000, false, "L1L1L2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("meter 'grid'")
                .hasMessageContaining("8X1")
                .hasMessageContaining("poll interval must be at least 100 ms, not 50")
                .hasMessageContaining("phase mapping");
    }

    @Test
    void serialAddressWithoutFramingGetsTheModelsDefault() {
        MeterSettings s = MeterSettings.of("grid", "Grid", MeterRole.SITE, "3@/dev/ttyUSB1", EastronModel.SDM120.spec(),
                1000, 500, false, "L1L2L3");

        assertThat(s.device().address()).hasToString("3@/dev/ttyUSB1:9600:8N1");
        assertThat(s.device().maxRegisters()).isEqualTo(60);
        assertThat(s.device().maxGap()).isZero();
        assertThat(s.info().manufacturer()).isEqualTo("Eastron");
        assertThat(s.info().model()).isEqualTo("SDM120");
    }
}
