package io.ampgate.modbus.meter;

import io.ampgate.api.meter.MeterInfo;
import io.ampgate.api.meter.MeterRole;
import io.ampgate.modbus.DeviceSettings;
import io.ampgate.modbus.ModbusAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A Modbus meter's configuration, checked: what a plugin's configuration form gives, turned into
 * the meter's identity, the device to poll and the installation options.
 *
 * @param info the meter's id, name, make, model and role
 * @param device where and how the device is polled
 * @param options CT direction and phase mapping
 */
public record MeterSettings(MeterInfo info, DeviceSettings device, MeterOptions options) {

    /** How many times a failed request is repeated within one poll. */
    public static final int RETRIES = 1;

    /**
     * Checks a configuration form's values; every problem is named in the exception's message.
     *
     * @param id the meter id, unique on the site
     * @param name the display name (blank: the id)
     * @param role what the meter measures
     * @param address {@code unit@host:port} or {@code unit@serialport:baud:framing}; a serial
     *     address without framing gets the model's {@link MeterModel#serialDefaults()}
     * @param model the meter model
     * @param pollMillis the poll interval, at least 100 ms
     * @param timeoutMillis how long one request may take, 10 ms to 60 s
     * @param reversed whether the CTs face the other way
     * @param phases the site phases of inputs L1, L2, L3, e.g. {@code L1L2L3}
     * @return the settings
     * @throws IllegalArgumentException listing what is wrong
     */
    public static MeterSettings of(String id, String name, MeterRole role, String address, MeterModel model,
            long pollMillis, long timeoutMillis, boolean reversed, String phases) {
        List<String> errors = new ArrayList<>();
        if (id == null || id.isBlank()) {
            errors.add("the meter id is empty");
        }
        if (role == null) {
            errors.add("the role is missing (SITE, ZONE, PV or STATION)");
        }
        if (model == null) {
            errors.add("the model is missing");
        }
        ModbusAddress where = null;
        try {
            where = address(address, model == null ? "9600:8N1" : model.serialDefaults());
        } catch (IllegalArgumentException e) {
            errors.add("address: " + e.getMessage());
        }
        if (pollMillis < 100) {
            errors.add("the poll interval must be at least 100 ms, not " + pollMillis);
        }
        if (timeoutMillis < 10 || timeoutMillis > 60_000) {
            errors.add("the timeout must be 10 to 60000 ms, not " + timeoutMillis);
        }
        MeterOptions options = null;
        try {
            options = MeterOptions.of(reversed, phases);
        } catch (IllegalArgumentException e) {
            errors.add(e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("meter '" + (id == null ? "" : id) + "': " + String.join("; ", errors));
        }
        MeterInfo info = new MeterInfo(id, name, model.manufacturer(), model.model(), role);
        DeviceSettings device = new DeviceSettings(id, where, model.table(), Duration.ofMillis(pollMillis),
                Duration.ofMillis(timeoutMillis), RETRIES, model.maxRegisters(), model.maxGap());
        return new MeterSettings(info, device, options);
    }

    /** Parses an address; a serial port without baud rate and framing gets the model's. */
    static ModbusAddress address(String text, String serialDefaults) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty: write unit@host:port (1@192.0.2.10:502)"
                    + " or unit@serialport:baud:framing (1@/dev/ttyUSB0:9600:8N1)");
        }
        ModbusAddress parsed = ModbusAddress.parse(text);
        String where = text.strip().substring(text.strip().indexOf('@') + 1);
        if (parsed.gateway() instanceof ModbusAddress.Serial && where.indexOf(':') < 0) {
            return ModbusAddress.parse(text.strip() + ":" + serialDefaults);
        }
        return parsed;
    }
}
