package io.ampgate.modbus.meter;

import io.ampgate.api.device.DeviceHealth;
import io.ampgate.api.meter.Meter;
import io.ampgate.api.meter.MeterInfo;
import io.ampgate.api.meter.MeterReading;
import io.ampgate.modbus.ModbusDevice;
import io.ampgate.modbus.Values;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * A {@link Meter} over a polled Modbus device: what a meter plugin registers as its service. The
 * reading is built from each poll's values by the driver's mapping, usually
 * {@link MeterReadings#of}.
 */
public final class ModbusMeter implements Meter {
    private final MeterInfo info;
    private final ModbusDevice device;
    private final Function<Values, MeterReading> mapping;
    private volatile MeterReading last;

    /**
     * @param info the meter's id, name, make, model and role
     * @param device the polled device
     * @param mapping turns a poll's values into a reading
     */
    public ModbusMeter(MeterInfo info, ModbusDevice device, Function<Values, MeterReading> mapping) {
        this.info = info;
        this.device = device;
        this.mapping = mapping;
        device.onValues(values -> last = mapping.apply(values));
    }

    /** A meter whose table uses the {@link Channels} names. */
    public static ModbusMeter standard(MeterInfo info, ModbusDevice device, MeterOptions options) {
        return new ModbusMeter(info, device, values -> MeterReadings.of(values, options));
    }

    @Override
    public MeterInfo info() {
        return info;
    }

    @Override
    public Optional<MeterReading> lastReading() {
        MeterReading reading = last;
        if (reading == null) {
            reading = device.lastValues().map(mapping).orElse(null);
        }
        return Optional.ofNullable(reading);
    }

    @Override
    public DeviceHealth health() {
        return device.health();
    }

    /**
     * Reads the device now, between polls (commissioning, tests).
     *
     * @return the reading; fails with a {@link io.ampgate.modbus.ModbusException}
     */
    public CompletionStage<MeterReading> readNow() {
        return device.readNow().thenApply(mapping);
    }

    /** @return the device behind it, to close when the plugin's component stops */
    public ModbusDevice device() {
        return device;
    }
}
