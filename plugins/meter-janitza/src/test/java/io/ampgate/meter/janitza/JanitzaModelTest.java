package io.ampgate.meter.janitza;

import static io.ampgate.modbus.FunctionCode.READ_HOLDING_REGISTERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.unit.Phase;
import io.ampgate.modbus.Block;
import io.ampgate.modbus.RegisterImage;
import io.ampgate.modbus.Values;
import io.ampgate.modbus.meter.MeterOptions;
import io.ampgate.modbus.meter.MeterReadings;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Register level: float32 big-endian at the UMG 604 list's addresses (function 03). */
class JanitzaModelTest {
    private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");

    static RegisterImage umg604() {
        return RegisterImage.strict()
                .set(READ_HOLDING_REGISTERS, 19000,
                        0x4366, 0x3334, 0x4367, 0x0000, 0x4365, 0x8000, // 230.2, 231.0, 229.5 V
                        0x43C7, 0x199A, 0x43C7, 0x199A, 0x43C7, 0x199A, // 398.2 V L-L
                        0x4128, 0x0000, 0x4104, 0x0000, 0x4040, 0x0000, // 10.5, 8.25, 3.0 A
                        0x3F00, 0x0000, // 0.5 A neutral
                        0x4516, 0x0000, 0x44E1, 0x0000, 0xC42C, 0x8000, // 2400, 1800, -690 W
                        0x455B, 0x6000) // 3510 W
                .set(READ_HOLDING_REGISTERS, 19068, 0x4996, 0xB438) // 1 234 567 Wh consumed
                .set(READ_HOLDING_REGISTERS, 19076, 0x463F, 0x6800); // 12 250 Wh delivered
    }

    private static Values poll(RegisterImage device) {
        var spec = JanitzaModel.UMG604.spec();
        return device.poll(spec.table(), spec.maxRegisters(), spec.maxGap(), T);
    }

    @Test
    void decodesTheFrequentlyRequiredBlockInOneRequest() {
        RegisterImage device = umg604();
        Values values = poll(device);
        MeterReading r = MeterReadings.of(values, MeterOptions.standard());

        assertThat(r.voltage().l1()).isCloseTo(230.2, within(1e-4));
        assertThat(values.number("voltage.l1l2")).isCloseTo(398.2, within(1e-4));
        assertThat(values.number("current.n")).isEqualTo(0.5);
        assertThat(r.current().l2()).isEqualTo(8.25);
        assertThat(r.activePower().l3()).isEqualTo(-690.0);
        assertThat(r.totalActivePower()).isEqualTo(3510.0);
        assertThat(r.importEnergyWh()).isEqualTo(1_234_567.0);
        assertThat(r.exportEnergyWh()).isEqualTo(12_250.0);
        assertThat(device.requests()).extracting(Block::start, Block::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple(19000, 28), org.assertj.core.groups.Tuple.tuple(19068, 2),
                org.assertj.core.groups.Tuple.tuple(19076, 2));
    }

    @Test
    void unitsAndDefaults() {
        var spec = JanitzaModel.UMG604.spec();
        assertThat(spec.table().registers()).allSatisfy(reg -> assertThat(reg.unit()).isIn("V", "A", "W", "Wh"));
        assertThat(spec.serialDefaults()).isEqualTo("9600:8N2");
        assertThat(spec.model()).isEqualTo("UMG 604");
    }

    @Test
    void reversedCtAndPhaseMapping() {
        MeterReading r = MeterReadings.of(poll(umg604()), MeterOptions.of(true, "L2L3L1"));

        assertThat(r.current().get(Phase.L2)).isEqualTo(10.5);
        assertThat(r.activePower().get(Phase.L2)).isEqualTo(-2400.0);
        assertThat(r.activePower().get(Phase.L1)).isEqualTo(690.0);
        assertThat(r.totalActivePower()).isEqualTo(-3510.0);
        assertThat(r.importEnergyWh()).isEqualTo(12_250.0);
        assertThat(r.exportEnergyWh()).isEqualTo(1_234_567.0);
    }
}
