package io.ampgate.meter.schneider;

import static io.ampgate.modbus.FunctionCode.READ_HOLDING_REGISTERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.unit.Phase;
import io.ampgate.modbus.Block;
import io.ampgate.modbus.Register;
import io.ampgate.modbus.RegisterImage;
import io.ampgate.modbus.meter.Channels;
import io.ampgate.modbus.meter.MeterOptions;
import io.ampgate.modbus.meter.MeterReadings;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Register level: raw words as an iEM3x5x answers them (function 03, register number - 1). */
class SchneiderModelTest {
    private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");

    /** L1 10.5 A 230.2 V 2.4 kW, L2 8.25 A 231 V 1.8 kW, L3 3 A 229.5 V -0.69 kW (export); total 3.51 kW. */
    static RegisterImage iem() {
        return RegisterImage.strict()
                .set(READ_HOLDING_REGISTERS, 2999, 0x4128, 0x0000, 0x4104, 0x0000, 0x4040, 0x0000) // reg 3000: I1..I3
                .set(READ_HOLDING_REGISTERS, 3027, 0x4366, 0x3334, 0x4367, 0x0000, 0x4365, 0x8000) // reg 3028: V1..V3 L-N
                .set(READ_HOLDING_REGISTERS, 3053, 0x4019, 0x999A, 0x3FE6, 0x6666, 0xBF30, 0xA3D7, 0x4060, 0xA3D7) // kW
                .set(READ_HOLDING_REGISTERS, 3203, 0x0000, 0x0000, 0x0012, 0xD687) // reg 3204: 1 234 567 Wh imported
                .set(READ_HOLDING_REGISTERS, 3207, 0x0000, 0x0000, 0x0000, 0x2FDA); // reg 3208: 12 250 Wh exported
    }

    private static MeterReading read(RegisterImage device, SchneiderModel model, MeterOptions options) {
        var spec = model.spec();
        return MeterReadings.of(device.poll(spec.table(), spec.maxRegisters(), spec.maxGap(), T), options);
    }

    @Test
    void decodesFloatsAndInt64EnergiesWithPowersInWatts() {
        RegisterImage device = iem();
        MeterReading r = read(device, SchneiderModel.IEM3155, MeterOptions.standard());

        assertThat(r.current().l1()).isEqualTo(10.5);
        assertThat(r.voltage().l1()).isCloseTo(230.2, within(1e-4));
        assertThat(r.voltage().l3()).isEqualTo(229.5);
        assertThat(r.activePower().l1()).isCloseTo(2400.0, within(1e-3));
        assertThat(r.activePower().l3()).isCloseTo(-690.0, within(1e-3));
        assertThat(r.totalActivePower()).isCloseTo(3510.0, within(1e-3));
        assertThat(r.importEnergyWh()).isEqualTo(1_234_567.0);
        assertThat(r.exportEnergyWh()).isEqualTo(12_250.0);
        assertThat(device.requests()).extracting(Block::start, Block::count)
                .containsExactly(tuple(2999, 6), tuple(3027, 6), tuple(3053, 8), tuple(3203, 8));
    }

    @Test
    void modelsWithoutExportReadNoExportRegister() {
        for (SchneiderModel m : new SchneiderModel[] {SchneiderModel.IEM3150, SchneiderModel.IEM3250, SchneiderModel.IEM3350}) {
            assertThat(m.spec().table().registers()).extracting(Register::name).doesNotContain(Channels.ENERGY_EXPORT);
        }
        MeterReading r = read(RegisterImage.strict().set(READ_HOLDING_REGISTERS, 2999, new int[6])
                .set(READ_HOLDING_REGISTERS, 3027, new int[6]).set(READ_HOLDING_REGISTERS, 3053, new int[8])
                .set(READ_HOLDING_REGISTERS, 3203, 0, 0, 0, 42), SchneiderModel.IEM3250, MeterOptions.standard());
        assertThat(r.importEnergyWh()).isEqualTo(42.0);
        assertThat(r.exportEnergyWh()).isNaN();
        assertThat(SchneiderModel.IEM3255.spec().model()).isEqualTo("iEM3255");
    }

    @Test
    void everyRegisterIsFunction03WithItsUnit() {
        for (Register reg : SchneiderModel.IEM3355.spec().table().registers()) {
            assertThat(reg.function()).isEqualTo(READ_HOLDING_REGISTERS);
            assertThat(reg.unit()).isIn("A", "V", "W", "Wh");
            assertThat(reg.scale()).isEqualTo(reg.name().startsWith("power") ? 1000 : 1);
        }
    }

    @Test
    void reversedCtAndPhaseMapping() {
        MeterReading r = read(iem(), SchneiderModel.IEM3355, MeterOptions.of(true, "L3L1L2"));

        assertThat(r.current().get(Phase.L3)).isEqualTo(10.5); // input L1 on site L3; currents keep their sign
        assertThat(r.activePower().get(Phase.L3)).isCloseTo(-2400.0, within(1e-3));
        assertThat(r.activePower().get(Phase.L2)).isCloseTo(690.0, within(1e-3));
        assertThat(r.totalActivePower()).isCloseTo(-3510.0, within(1e-3));
        assertThat(r.importEnergyWh()).isEqualTo(12_250.0);
        assertThat(r.exportEnergyWh()).isEqualTo(1_234_567.0);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
