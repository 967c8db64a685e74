package io.ampgate.api.station;

import java.util.Objects;

/**
 * The identity of a charging station. Fields the station does not report are {@code ""}
 * ({@code null} becomes {@code ""}).
 *
 * @param id the OCPP charge point identity, or the driver's configured id; unique on the site,
 *     non-blank (also the {@link ChargingStation#PROP_ID} service property)
 * @param vendor the vendor
 * @param model the model
 * @param serialNumber the serial number
 * @param firmwareVersion the firmware version
 */
public record StationInfo(
        String id, String vendor, String model, String serialNumber, String firmwareVersion) {

    /**
     * Checks and normalises the fields.
     *
     * @throws NullPointerException if {@code id} is {@code null}
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public StationInfo {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("station id is blank");
        }
        vendor = Objects.requireNonNullElse(vendor, "");
        model = Objects.requireNonNullElse(model, "");
        serialNumber = Objects.requireNonNullElse(serialNumber, "");
        firmwareVersion = Objects.requireNonNullElse(firmwareVersion, "");
    }
}
