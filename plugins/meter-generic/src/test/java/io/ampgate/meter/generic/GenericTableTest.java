package io.ampgate.meter.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ampgate.api.meter.MeterReading;
import io.ampgate.modbus.Block;
import io.ampgate.modbus.RegisterTable;
import io.ampgate.modbus.Values;
import io.ampgate.modbus.meter.MeterOptions;
import io.ampgate.modbus.meter.MeterReadings;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenericTableTest {

    /** An Eastron SDM630-like map entered by hand: input registers, float32 ABCD, energies in kWh. */
    static final Map<String, String> SDM630 = Map.of(
            "voltageL1", "4:0x0000:float32", "voltageL2", "4:0x0002:float32", "voltageL3", "4:0x0004:float32",
            "currentL1", "4:0x0006:float32", "currentL2", "4:0x0008:float32", "currentL3", "4:0x000A:float32",
            "powerL1", "4:0x000C:float32", "powerL2", "4:0x000E:float32", "powerL3", "4:0x0010:float32",
            "energyImport", "4:0x0048:float32:ABCD:1000");

    /** The same meter's input registers: 230.5 V, 10 A, 2305 W a phase, 1234.5 kWh imported. */
    static Map<Integer, Integer> sdm630Registers() {
        Map<Integer, Integer> words = new HashMap<>();
        for (int phase = 0; phase < 3; phase++) {
            putFloat(words, 2 * phase, 230.5f);
            putFloat(words, 6 + 2 * phase, 10f);
            putFloat(words, 12 + 2 * phase, 2305f);
        }
        putFloat(words, 0x48, 1234.5f);
        return words;
    }

    private static void putFloat(Map<Integer, Integer> words, int address, float value) {
        int bits = Float.floatToIntBits(value);
        words.put(address, bits >>> 16);
        words.put(address + 1, bits & 0xFFFF);
    }

    /** One poll as the transport does it: the table's blocks, decoded. */
    static Values poll(RegisterTable table, Map<Integer, Integer> words, int maxRegisters, int maxGap) {
        Map<String, Double> numbers = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        for (Block b : table.blocks(maxRegisters, maxGap)) {
            int[] read = new int[b.count()];
            for (int i = 0; i < read.length; i++) {
                read[i] = words.getOrDefault(b.start() + i, 0);
            }
            b.decode(read, numbers, texts);
        }
        return new Values(Instant.parse("2026-11-22T08:00:00Z"), numbers, texts);
    }

    @Test
    void enteredTableReadsAsAMeter() {
        RegisterTable table = GenericTable.of(SDM630);

        List<Block> blocks = table.blocks(125, 0);
        assertThat(blocks).hasSize(2); // 0..17 and 0x48..0x49: the gap between is not read
        MeterReading r = MeterReadings.of(poll(table, sdm630Registers(), 125, 0), MeterOptions.standard());

        assertThat(r.voltage().l2()).isCloseTo(230.5, within(1e-9));
        assertThat(r.current().l3()).isEqualTo(10);
        assertThat(r.totalActivePower()).isEqualTo(3 * 2305); // no total register: the sum of the phases
        assertThat(r.importEnergyWh()).isCloseTo(1_234_500, within(1e-6));
        assertThat(r.exportEnergyWh()).isNaN();
    }

    @Test
    void reversedMeterSwapsEnergiesAndSigns() {
        Map<String, String> settings = new HashMap<>(SDM630);
        settings.put("energyExport", "4:0x004A:float32:ABCD:1000");
        settings.put("powerTotal", "4:0x0034:float32");
        Map<Integer, Integer> words = sdm630Registers();
        putFloat(words, 0x4A, 2.5f);
        putFloat(words, 0x34, 6915f);
        RegisterTable table = GenericTable.of(settings);

        MeterReading r = MeterReadings.of(poll(table, words, 125, 0), MeterOptions.of(true, "L1L2L3"));

        assertThat(r.totalActivePower()).isEqualTo(-6915);
        assertThat(r.activePower().l1()).isEqualTo(-2305);
        assertThat(r.importEnergyWh()).isEqualTo(2500);
        assertThat(r.exportEnergyWh()).isCloseTo(1_234_500, within(1e-6));
    }

    @Test
    void wordOrderAndIntegerScaling() {
        RegisterTable table = GenericTable.of(Map.of(
                "energyImport", "3:300:u32:CDAB:0.01", "currentL1", "3:310:s16::0.001"));
        Map<Integer, Integer> words = Map.of(300, 0x5678, 301, 0x1234, 310, 0xFFFF & -1500);

        Values v = poll(table, words, 125, 10);

        assertThat(v.number("energy.import")).isCloseTo(0x12345678 * 0.01, within(1e-6));
        assertThat(v.number("current.l1")).isCloseTo(-1.5, within(1e-12));
    }

    @Test
    void importEnergyIsMandatory() {
        assertThatThrownBy(() -> GenericTable.of(Map.of("powerTotal", "4:0x34:float32")))
                .hasMessage("energyImport is missing: the import energy register is mandatory; write "
                        + "fc:register:type[:order[:multiplier]], e.g. 4:0x0048:float32:ABCD:1000");
    }

    @Test
    void everyWrongSettingIsListed() {
        assertThatThrownBy(() -> GenericTable.of(Map.of("energyImport", "4:0x48:float32", "powerL1", "4:0x0C",
                "voltageL3", "7:4:float32")))
                .hasMessageContaining("powerL1 = \"4:0x0C\": needs 3 to 5 fields")
                .hasMessageContaining("\nvoltageL3 = \"7:4:float32\": function code '7' is not 3");
    }

    @Test
    void blankSettingsAreNotRead() {
        RegisterTable table = GenericTable.of(Map.of("energyImport", "4:0x48:float32", "powerL1", "  "));

        assertThat(table.registers()).extracting(r -> r.name()).containsExactly("energy.import");
    }

    @Test
    void withoutTotalPowerTheSetPhasesAreSummed() {
        RegisterTable table = GenericTable.of(Map.of("energyImport", "4:0x48:float32", "powerL1", "4:0x0C:float32"));

        MeterReading r = GenericMeter.mapping(table, MeterOptions.standard())
                .apply(poll(table, sdm630Registers(), 125, 0));

        assertThat(r.totalActivePower()).isEqualTo(2305); // only L1 is set: its power is the total
        assertThat(r.activePower().l2()).isNaN();
        assertThat(GenericMeter.mapping(table, MeterOptions.of(true, "L1L2L3"))
                .apply(poll(table, sdm630Registers(), 125, 0)).totalActivePower()).isEqualTo(-2305);
    }
}
