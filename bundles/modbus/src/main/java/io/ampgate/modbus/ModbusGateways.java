package io.ampgate.modbus;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The Modbus transport: opens polled devices and makes one-shot test reads. Requests to one
 * gateway (one TCP endpoint, one serial line) are sent one at a time, whatever unit id they are
 * for; gateways work independently of each other.
 */
@ProviderType
public interface ModbusGateways {

    /**
     * Starts polling a device.
     *
     * @param settings where it is, what to read, how often
     * @return the device; close it to stop
     */
    ModbusDevice open(DeviceSettings settings);

    /**
     * Reads a table once, for the commissioning screen's Test button and the shell: every value,
     * or the error that stopped it.
     *
     * @param address where the device is
     * @param table what to read
     * @param timeout how long each request may take
     * @param maxRegisters the most registers one request may read
     * @return the values; fails with a {@link ModbusException}
     */
    CompletionStage<Values> testRead(ModbusAddress address, RegisterTable table, Duration timeout, int maxRegisters);
}
