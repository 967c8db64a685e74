package io.ampgate.meter.socomec;

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

/** Register level: U32/S32, high word first, at the wire addresses of the Countis E24 table. */
class SocomecModelTest {
    private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");

    static RegisterImage countis() {
        return RegisterImage.strict()
                .set(READ_HOLDING_REGISTERS, 50520,
                        0, 0x59EC, 0, 0x5A3C, 0, 0x59A6, // V1..V3: 23020, 23100, 22950 = 230.2, 231.0, 229.5 V
                        0, 0xC350, // 50000 mHz
                        0, 0x2904, 0, 0x203A, 0, 0x0BB8, 0, 0, // I1..I3 10.5, 8.25, 3.0 A; In 0
                        0, 0x015F, // P sum 351 x 10 W
                        0, 0, 0, 0, 0, 0, // Q, S, PF
                        0, 0x00F0, 0, 0x00B4, 0xFFFF, 0xFFBB) // P1..P3: 240, 180, -69 x 10 W
                .set(READ_HOLDING_REGISTERS, 50946, 0x0001, 0xE240) // Ea+ 123456 x 10 Wh
                .set(READ_HOLDING_REGISTERS, 50952, 0x0000, 0x04C9); // Ea- 1225 x 10 Wh
    }

    private static Values poll(RegisterImage device, SocomecModel model) {
        var spec = model.spec();
        return device.poll(spec.table(), spec.maxRegisters(), spec.maxGap(), T);
    }

    @Test
    void decodesTheE24TableInOneRequestForTheInstantValues() {
        RegisterImage device = countis();
        Values values = poll(device, SocomecModel.E24);
        MeterReading r = MeterReadings.of(values, MeterOptions.standard());

        assertThat(r.voltage().l1()).isCloseTo(230.2, within(1e-9));
        assertThat(r.voltage().l3()).isCloseTo(229.5, within(1e-9));
        assertThat(values.number("frequency")).isCloseTo(50.0, within(1e-9));
        assertThat(r.current().l1()).isCloseTo(10.5, within(1e-9));
        assertThat(r.activePower().l1()).isEqualTo(2400.0);
        assertThat(r.activePower().l3()).isEqualTo(-690.0);
        assertThat(r.totalActivePower()).isEqualTo(3510.0);
        assertThat(r.importEnergyWh()).isEqualTo(1_234_560.0);
        assertThat(r.exportEnergyWh()).isEqualTo(12_250.0);
        assertThat(device.requests()).extracting(Block::start, Block::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple(50520, 30), org.assertj.core.groups.Tuple.tuple(50946, 2),
                org.assertj.core.groups.Tuple.tuple(50952, 2));
    }

    @Test
    void everyModelSharesTheTable() {
        for (SocomecModel m : SocomecModel.values()) {
            assertThat(m.spec().table()).isEqualTo(SocomecModel.E24.spec().table());
            assertThat(m.spec().model()).isEqualTo("Countis " + m.name());
        }
    }

    @Test
    void reversedCtAndPhaseMapping() {
        MeterReading r = MeterReadings.of(poll(countis(), SocomecModel.E28), MeterOptions.of(true, "L3L2L1"));

        assertThat(r.voltage().get(Phase.L3)).isCloseTo(230.2, within(1e-9));
        assertThat(r.activePower().get(Phase.L1)).isEqualTo(690.0);
        assertThat(r.activePower().get(Phase.L3)).isEqualTo(-2400.0);
        assertThat(r.totalActivePower()).isEqualTo(-3510.0);
        assertThat(r.importEnergyWh()).isEqualTo(12_250.0);
        assertThat(r.exportEnergyWh()).isEqualTo(1_234_560.0);
    }
}
