package io.ampgate.modbus;

import java.time.Duration;
import java.util.Objects;

/**
 * How a device is polled.
 *
 * @param id the device's id, for logs, events and health (e.g. the meter id)
 * @param address where it is
 * @param table what is read at every poll
 * @param pollInterval how often it is read, at least 100 ms
 * @param timeout how long one request may take before it counts as failed
 * @param retries how many times a failed request is repeated within one poll, 0 to 5
 * @param maxRegisters the most registers one request may read (the device's limit, at most 125)
 * @param maxGap how many unmapped registers a request may read over (0 for devices that refuse)
 */
public record DeviceSettings(String id, ModbusAddress address, RegisterTable table, Duration pollInterval,
        Duration timeout, int retries, int maxRegisters, int maxGap) {

    /** Checks the fields. */
    public DeviceSettings {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(timeout, "timeout");
        if (pollInterval.toMillis() < 100) {
            throw new IllegalArgumentException(id + ": poll interval must be at least 100 ms, not " + pollInterval);
        }
        if (timeout.toMillis() < 10 || timeout.compareTo(Duration.ofSeconds(60)) > 0) {
            throw new IllegalArgumentException(id + ": timeout must be 10 ms to 60 s, not " + timeout);
        }
        if (retries < 0 || retries > 5) {
            throw new IllegalArgumentException(id + ": retries must be 0 to 5, not " + retries);
        }
        if (maxRegisters < 1 || maxRegisters > 125 || maxGap < 0) {
            throw new IllegalArgumentException(id + ": maxRegisters must be 1 to 125 and maxGap >= 0");
        }
    }

    /** Settings with the usual defaults: 1 s poll, 1 s timeout, 1 retry, 125 registers, no gap. */
    public static DeviceSettings of(String id, ModbusAddress address, RegisterTable table) {
        return new DeviceSettings(id, address, table, Duration.ofSeconds(1), Duration.ofSeconds(1), 1, 125, 0);
    }

    /** @return these settings polled at another interval */
    public DeviceSettings every(Duration interval) {
        return new DeviceSettings(id, address, table, interval, timeout, retries, maxRegisters, maxGap);
    }

    /** @return these settings with another request limit and gap */
    public DeviceSettings requests(int newMaxRegisters, int newMaxGap) {
        return new DeviceSettings(id, address, table, pollInterval, timeout, retries, newMaxRegisters, newMaxGap);
    }

    /** @return these settings with another timeout and retry count */
    public DeviceSettings patience(Duration newTimeout, int newRetries) {
        return new DeviceSettings(id, address, table, pollInterval, newTimeout, newRetries, maxRegisters, maxGap);
    }
}
