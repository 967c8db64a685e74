package io.ampgate.modbus.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.api.meter.MeterRole;
import io.ampgate.modbus.DataType;
import io.ampgate.modbus.ModbusGateways;
import io.ampgate.modbus.Register;
import io.ampgate.modbus.RegisterTable;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MeterSettingsTest {
    private static final MeterModel MODEL = new MeterModel("Acme", "M1",
            RegisterTable.of(Register.input(Channels.ENERGY_IMPORT, 0, DataType.FLOAT32)), 60, 0, "19200:8E1");

    @Test
    void buildsInfoDeviceAndOptions() {
        MeterSettings s = MeterSettings.of("grid", "", MeterRole.SITE, "2@127.0.0.1:1502", MODEL, 500, 200, true, "L2L3L1");

        assertThat(s.info().name()).isEqualTo("grid");
        assertThat(s.info().manufacturer()).isEqualTo("Acme");
        assertThat(s.device().address()).hasToString("2@127.0.0.1:1502");
        assertThat(s.device().pollInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(s.device().timeout()).isEqualTo(Duration.ofMillis(200));
        assertThat(s.device().maxRegisters()).isEqualTo(60);
        assertThat(s.options().reversed()).isTrue();
        assertThat(MeterSettings.of("g", "", MeterRole.PV, "1@COM3", MODEL, 1000, 1000, false, "").device().address())
                .hasToString("1@COM3:19200:8E1");
    }

    @Test
    void namesEveryProblem() {
        assertThatThrownBy(() -> MeterSettings.of(" ", "", null, "", MODEL, 1000, 0, false, "L1L2"))
                .hasMessageContaining("meter id is empty")
                .hasMessageContaining("role is missing")
                .hasMessageContaining("address: empty")
                .hasMessageContaining("timeout must be 10 to 60000 ms, not 0")
                .hasMessageContaining("should name three phases");
    }

    @Test
    void componentWithInvalidConfigurationDoesNotTouchTheTransport() {
        ModbusGateways none = null;
        assertThatThrownBy(() -> new MeterComponent(none, "io.example", () -> MeterSettings.of("m", "", MeterRole.SITE,
                "x", MODEL, 1000, 1000, false, "")) {
        }).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("io.example: configuration not valid, the meter does not start: meter 'm': address:");
    }

    @Test
    void modelNeedsImportEnergy() {
        assertThatThrownBy(() -> new MeterModel("Acme", "M0", RegisterTable.of(Register.input("x", 0, DataType.U16)),
                60, 0, "9600:8N1")).hasMessageContaining("energy.import");
    }
}
