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
     * The Event Admin topic posted when a polled device's health changes state (STARTING, ONLINE,
     * COMM_ERROR). Properties: {@link #PROP_DEVICE_ID}, {@link #PROP_ADDRESS},
     * {@code ampgate.health} (the {@code DeviceHealth}) and {@code timestamp}. Meter plugins post
     * their own {@code io/ampgate/meter/HEALTH} with the meter id.
     */
    String TOPIC_HEALTH = "io/ampgate/modbus/HEALTH";

    /** The device id of {@link DeviceSettings#id()} ({@code String}). */
    String PROP_DEVICE_ID = "ampgate.modbus.device";

    /** The device's address as installers write it ({@code String}, e.g. {@code 1@172.16.0.10:502}). */
    String PROP_ADDRESS = "ampgate.modbus.address";

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
