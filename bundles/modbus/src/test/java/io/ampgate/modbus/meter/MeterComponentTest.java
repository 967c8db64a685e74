package io.ampgate.modbus.meter;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.device.DeviceHealth;
import io.ampgate.api.meter.MeterRole;
import io.ampgate.modbus.DataType;
import io.ampgate.modbus.DeviceSettings;
import io.ampgate.modbus.ModbusAddress;
import io.ampgate.modbus.ModbusDevice;
import io.ampgate.modbus.ModbusGateways;
import io.ampgate.modbus.Register;
import io.ampgate.modbus.RegisterTable;
import io.ampgate.modbus.Values;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class MeterComponentTest {
    private static final MeterModel MODEL = new MeterModel("Acme", "M1", RegisterTable.of(
            Register.input(Channels.POWER_TOTAL, 0, DataType.S16), Register.input(Channels.ENERGY_IMPORT, 1, DataType.U16)),
            10, 0, "9600:8N1");

    /** A device that polls when the test says. */
    private static final class Device implements ModbusDevice {
        final DeviceSettings settings;
        Consumer<Values> listener;
        boolean closed;

        Device(DeviceSettings settings) {
            this.settings = settings;
        }

        @Override public DeviceSettings settings() { return settings; }
        @Override public Optional<Values> lastValues() { return Optional.empty(); }
        @Override public DeviceHealth health() { return DeviceHealth.online(Instant.EPOCH); }
        @Override public void onValues(Consumer<Values> l) { listener = l; }
        @Override public CompletionStage<Values> readNow() {
            return CompletableFuture.completedFuture(new Values(Instant.EPOCH, Map.of(Channels.ENERGY_IMPORT, 7.0), Map.of()));
        }
        @Override public CompletionStage<Void> write(Register r, double v, boolean b) { throw new UnsupportedOperationException(); }
        @Override public void close() { closed = true; }
    }

    @Test
    void opensTheDeviceServesItsReadingsAndClosesIt() {
        Device[] opened = new Device[1];
        ModbusGateways gateways = new ModbusGateways() {
            @Override
            public ModbusDevice open(DeviceSettings settings) {
                return opened[0] = new Device(settings);
            }

            @Override
            public CompletionStage<Values> testRead(ModbusAddress a, RegisterTable t, Duration d, int m) {
                throw new UnsupportedOperationException();
            }
        };
        MeterComponent component = new MeterComponent(gateways, "io.example", () -> MeterSettings.of("pv", "Roof",
                MeterRole.PV, "4@127.0.0.1", MODEL, 250, 300, true, "L1L2L3")) {
        };

        DeviceSettings s = opened[0].settings;
        assertThat(s.id()).isEqualTo("pv");
        assertThat(s.address()).hasToString("4@127.0.0.1:502");
        assertThat(s.pollInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(s.maxRegisters()).isEqualTo(10);
        assertThat(component.info().role()).isEqualTo(MeterRole.PV);
        assertThat(component.lastReading()).isEmpty();

        opened[0].listener.accept(new Values(Instant.EPOCH, Map.of(Channels.POWER_TOTAL, 1500.0,
                Channels.ENERGY_IMPORT, 42.0), Map.of()));
        assertThat(component.lastReading().orElseThrow().totalActivePower()).isEqualTo(-1500.0); // CT reversed
        assertThat(component.lastReading().orElseThrow().exportEnergyWh()).isEqualTo(42.0);
        assertThat(component.health()).isEqualTo(DeviceHealth.online(Instant.EPOCH));

        assertThat(component.readNow().toCompletableFuture().join().exportEnergyWh()).isEqualTo(7.0);

        component.close();
        assertThat(opened[0].closed).isTrue();
    }
}
