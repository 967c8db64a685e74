package io.ampgate.meter.sunspec;

import io.ampgate.api.device.DeviceHealth;
import io.ampgate.modbus.DeviceSettings;
import io.ampgate.modbus.ModbusAddress;
import io.ampgate.modbus.ModbusDevice;
import io.ampgate.modbus.ModbusException;
import io.ampgate.modbus.ModbusGateways;
import io.ampgate.modbus.Register;
import io.ampgate.modbus.RegisterTable;
import io.ampgate.modbus.Values;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** A transport over a {@link FakeSunSpec} register space: what the component asks, answered from the map. */
final class FakeGateways implements ModbusGateways {
    final FakeSunSpec space;
    final List<DeviceSettings> opened = new ArrayList<>();
    final List<String> testReads = new ArrayList<>();
    volatile boolean closed;

    FakeGateways(FakeSunSpec space) {
        this.space = space;
    }

    @Override
    public ModbusDevice open(DeviceSettings settings) {
        opened.add(settings);
        return new ModbusDevice() {
            @Override
            public DeviceSettings settings() {
                return settings;
            }

            @Override
            public Optional<Values> lastValues() {
                try {
                    return Optional.of(space.poll(settings.table(), settings.maxRegisters(), settings.maxGap()));
                } catch (Exception e) {
                    return Optional.empty();
                }
            }

            @Override
            public DeviceHealth health() {
                return DeviceHealth.online(Instant.EPOCH);
            }

            @Override
            public void onValues(Consumer<Values> listener) {
            }

            @Override
            public CompletionStage<Values> readNow() {
                return CompletableFuture.completedFuture(lastValues().orElseThrow());
            }

            @Override
            public CompletionStage<Void> write(Register register, double value, boolean readBack) {
                return CompletableFuture.failedFuture(new UnsupportedOperationException());
            }

            @Override
            public void close() {
                closed = true;
            }
        };
    }

    @Override
    public CompletionStage<Values> testRead(ModbusAddress address, RegisterTable table, Duration timeout,
            int maxRegisters) {
        Register first = table.registers().get(0);
        testReads.add(first.address() + "+" + table.registers().size());
        try {
            return CompletableFuture.completedFuture(space.poll(table, maxRegisters, 0));
        } catch (Exception e) {
            return CompletableFuture.failedFuture(new ModbusException(ModbusException.Kind.EXCEPTION_RESPONSE, e.getMessage()));
        }
    }
}
