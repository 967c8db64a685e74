package io.ampgate.store.site;

import io.ampgate.api.meter.MeterInfo;
import io.ampgate.api.meter.MeterRole;

/**
 * A meter as the operator configured it.
 *
 * @param id the meter id, unique, at most 64 characters
 * @param name the display name; {@code null} or blank becomes {@code id}
 * @param driver the name of the driver that reads it (e.g. a Modbus meter driver), required
 * @param address where the driver finds it (host and unit id, serial port and address...), at most
 *     200 characters, {@code null} becomes {@code ""}
 * @param manufacturer the manufacturer, {@code ""} if unknown
 * @param model the model, {@code ""} if unknown
 * @param role what it measures
 */
public record MeterConfig(String id, String name, String driver, String address, String manufacturer,
        String model, MeterRole role) {

    /** Checks and normalises the fields. */
    public MeterConfig {
        id = Check.id(id, "meter id");
        name = name == null || name.isBlank() ? id : Check.text(name, "name", 100);
        driver = Check.required(driver, "driver", 100);
        address = Check.text(address, "address", 200);
        manufacturer = Check.text(manufacturer, "manufacturer", 100);
        model = Check.text(model, "model", 100);
        Check.notNull(role, "role");
    }

    /**
     * The meter's identity as the API describes it.
     *
     * @return the meter info
     */
    public MeterInfo toInfo() {
        return new MeterInfo(id, name, manufacturer, model, role);
    }
}
