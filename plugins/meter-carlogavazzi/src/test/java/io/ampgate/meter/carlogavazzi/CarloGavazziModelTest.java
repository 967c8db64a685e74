package io.ampgate.meter.carlogavazzi;

import static io.ampgate.modbus.FunctionCode.READ_INPUT_REGISTERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.unit.Phase;
import io.ampgate.modbus.Block;
import io.ampgate.modbus.RegisterImage;
import io.ampgate.modbus.WordOrder;
import io.ampgate.modbus.meter.MeterOptions;
import io.ampgate.modbus.meter.MeterReadings;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Register level: INT32 with the low word first (CDAB), as an EM24 or EM340 answers. */
class CarloGavazziModelTest {
    private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");

    // low word, high word
    private static final int[] VOLTS = {0x08FE, 0, 0x0906, 0, 0x08F7, 0}; // 2302, 2310, 2295 = 230.2, 231.0, 229.5 V
    private static final int[] AMPS_WATTS = {0x2904, 0, 0x203A, 0, 0x0BB8, 0, // 10500, 8250, 3000 mA
        0x5DC0, 0, 0x4650, 0, 0xE50C, 0xFFFF}; // 24000, 18000, -6900 = 2400, 1800, -690 W
    private static final int[] W_SYS = {0x891C, 0}; // 35100 = 3510 W
    private static final int[] IMPORT = {0x1206, 0x000F}; // 987654 = 98765.4 kWh: the high word matters
    private static final int[] EXPORT = {0x007A, 0}; // 122 = 12.2 kWh

    private static MeterReading read(RegisterImage device, CarloGavazziModel model, MeterOptions options) {
        var spec = model.spec();
        return MeterReadings.of(device.poll(spec.table(), spec.maxRegisters(), spec.maxGap(), T), options);
    }

    private static void assertStandardValues(MeterReading r) {
        assertThat(r.voltage().l1()).isCloseTo(230.2, within(1e-9));
        assertThat(r.voltage().l3()).isCloseTo(229.5, within(1e-9));
        assertThat(r.current().l2()).isCloseTo(8.25, within(1e-9));
        assertThat(r.activePower().l1()).isCloseTo(2400.0, within(1e-9));
        assertThat(r.activePower().l3()).isCloseTo(-690.0, within(1e-9));
        assertThat(r.totalActivePower()).isCloseTo(3510.0, within(1e-9));
        assertThat(r.importEnergyWh()).isEqualTo(98_765_400.0);
        assertThat(r.exportEnergyWh()).isEqualTo(12_200.0);
    }

    @Test
    void em24DecodesCdabWithItsScales() {
        RegisterImage device = RegisterImage.strict()
                .set(READ_INPUT_REGISTERS, 0, VOLTS)
                .set(READ_INPUT_REGISTERS, 12, AMPS_WATTS)
                .set(READ_INPUT_REGISTERS, 40, W_SYS)
                .set(READ_INPUT_REGISTERS, 66, IMPORT)
                .set(READ_INPUT_REGISTERS, 92, EXPORT);

        assertStandardValues(read(device, CarloGavazziModel.EM24, MeterOptions.standard()));
        assertThat(device.requests()).extracting(Block::start).containsExactly(0, 12, 40, 66, 92);
    }

    @Test
    void em340AndEm24E1UseTheEm300Layout() {
        for (CarloGavazziModel model : new CarloGavazziModel[] {CarloGavazziModel.EM340, CarloGavazziModel.EM24_E1}) {
            RegisterImage device = RegisterImage.strict()
                    .set(READ_INPUT_REGISTERS, 0, VOLTS)
                    .set(READ_INPUT_REGISTERS, 6, 0x0F8E, 0, 0x0F9A, 0, 0x0F8A, 0) // L-L voltages 398.2, 399.4, 397.8
                    .set(READ_INPUT_REGISTERS, 12, AMPS_WATTS)
                    .set(READ_INPUT_REGISTERS, 40, W_SYS)
                    .set(READ_INPUT_REGISTERS, 52, IMPORT)
                    .set(READ_INPUT_REGISTERS, 78, EXPORT);

            assertStandardValues(read(device, model, MeterOptions.standard()));
            assertThat(device.requests()).extracting(Block::start, Block::count)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 24), org.assertj.core.groups.Tuple.tuple(40, 2),
                            org.assertj.core.groups.Tuple.tuple(52, 2), org.assertj.core.groups.Tuple.tuple(78, 2));
        }
    }

    @Test
    void everyValueIsCdab() {
        for (CarloGavazziModel model : CarloGavazziModel.values()) {
            assertThat(model.spec().table().registers()).allSatisfy(reg -> {
                assertThat(reg.order()).isEqualTo(WordOrder.CDAB);
                assertThat(reg.function()).isEqualTo(READ_INPUT_REGISTERS);
            });
        }
    }

    @Test
    void reversedCtAndPhaseMapping() {
        RegisterImage device = RegisterImage.strict()
                .set(READ_INPUT_REGISTERS, 0, VOLTS).set(READ_INPUT_REGISTERS, 6, new int[6])
                .set(READ_INPUT_REGISTERS, 12, AMPS_WATTS).set(READ_INPUT_REGISTERS, 40, W_SYS)
                .set(READ_INPUT_REGISTERS, 52, IMPORT).set(READ_INPUT_REGISTERS, 78, EXPORT);
        MeterReading r = read(device, CarloGavazziModel.EM340, MeterOptions.of(true, "L2L1L3"));

        assertThat(r.voltage().get(Phase.L2)).isCloseTo(230.2, within(1e-9));
        assertThat(r.activePower().get(Phase.L2)).isCloseTo(-2400.0, within(1e-9));
        assertThat(r.activePower().get(Phase.L3)).isCloseTo(690.0, within(1e-9));
        assertThat(r.totalActivePower()).isCloseTo(-3510.0, within(1e-9));
        assertThat(r.importEnergyWh()).isEqualTo(12_200.0);
        assertThat(r.exportEnergyWh()).isEqualTo(98_765_400.0);
    }
}
