package io.ampgate.meter.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.api.meter.MeterRole;
import io.ampgate.modbus.DeviceSettings;
import io.ampgate.modbus.ModbusAddress;
import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenericMeterSettingsTest {

    static GenericMeter.Config config(String address, String mapping, String energyImport, String powerL1) {
        return config(address, false, Map.of("energyImport", energyImport, "powerL1", powerL1), mapping, 500, 300, 4);
    }

    static GenericMeter.Config config(String address, boolean reversed, Map<String, String> values) {
        return config(address, reversed, values, "L1L2L3", 100, 500, 0);
    }

    /** A form with these value settings (the rest empty). */
    static GenericMeter.Config config(String address, boolean reversed, Map<String, String> values, String mapping,
            int pollMs, int timeout, int gap) {
        return new GenericMeter.Config() {
            @Override public Class<? extends Annotation> annotationType() { return GenericMeter.Config.class; }
            @Override public String name() { return "Board"; }
            @Override public String ampgate_meter_id() { return "board"; }
            @Override public MeterRole ampgate_meter_role() { return MeterRole.ZONE; }
            @Override public String manufacturer() { return "Acme"; }
            @Override public String model() { return "M3"; }
            @Override public String address() { return address; }
            @Override public int pollIntervalMs() { return pollMs; }
            @Override public int timeoutMs() { return timeout; }
            @Override public int maxRegisters() { return 60; }
            @Override public int maxGap() { return gap; }
            @Override public boolean ctReversed() { return reversed; }
            @Override public String phaseMapping() { return mapping; }
            @Override public String energyImport() { return values.getOrDefault("energyImport", ""); }
            @Override public String energyExport() { return values.getOrDefault("energyExport", ""); }
            @Override public String powerTotal() { return values.getOrDefault("powerTotal", ""); }
            @Override public String powerL1() { return values.getOrDefault("powerL1", ""); }
            @Override public String powerL2() { return values.getOrDefault("powerL2", ""); }
            @Override public String powerL3() { return values.getOrDefault("powerL3", ""); }
            @Override public String currentL1() { return values.getOrDefault("currentL1", ""); }
            @Override public String currentL2() { return values.getOrDefault("currentL2", ""); }
            @Override public String currentL3() { return values.getOrDefault("currentL3", ""); }
            @Override public String voltageL1() { return values.getOrDefault("voltageL1", ""); }
            @Override public String voltageL2() { return values.getOrDefault("voltageL2", ""); }
            @Override public String voltageL3() { return values.getOrDefault("voltageL3", ""); }
        };
    }

    @Test
    void settingsFromTheForm() {
        DeviceSettings s = GenericMeter.settings(config(" 3@127.0.0.1:1502 ", "L1L2L3", "4:0x48:float32:ABCD:1000",
                "4:0x0C:float32"));

        assertThat(s.id()).isEqualTo("board");
        assertThat(s.address()).isEqualTo(ModbusAddress.parse("3@127.0.0.1:1502"));
        assertThat(s.pollInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(s.timeout()).isEqualTo(Duration.ofMillis(300));
        assertThat(s.maxRegisters()).isEqualTo(60);
        assertThat(s.maxGap()).isEqualTo(4);
        assertThat(s.table().registers()).extracting(r -> r.name()).containsExactly("energy.import", "power.l1");
    }

    @Test
    void missingAddressIsNamed() {
        assertThatThrownBy(() -> GenericMeter.settings(config("", "L1L2L3", "4:0x48:float32", "")))
                .hasMessageStartingWith("io.ampgate.meter.generic board: address is missing; write unit@host:port");
    }

    @Test
    void wrongValueSettingsAreNamedWithTheMeter() {
        assertThatThrownBy(() -> GenericMeter.settings(config("1@127.0.0.1:1502", "L1L2L3", "", "4:0x0C")))
                .hasMessageStartingWith("io.ampgate.meter.generic board: energyImport is missing")
                .hasMessageContaining("\npowerL1 = \"4:0x0C\": needs 3 to 5 fields");
    }

    @Test
    void wrongPhaseMappingIsRefused() {
        assertThatThrownBy(() -> GenericMeter.settings(config("1@127.0.0.1:1502", "L1L1", "4:0x48:float32", "")))
                .hasMessageContaining("phase mapping 'L1L1' should name three phases");
    }
}
