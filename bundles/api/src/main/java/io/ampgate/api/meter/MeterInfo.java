package io.ampgate.api.meter;

import java.util.Objects;

/**
 * The identity of a meter, as the operator configured it and the device reported it.
 *
 * @param id the configured id, unique on the site, non-blank (also the {@link Meter#PROP_ID}
 *     service property)
 * @param name the display name; {@code null} or blank becomes {@code id}
 * @param manufacturer the manufacturer, {@code ""} if unknown ({@code null} becomes {@code ""})
 * @param model the model, {@code ""} if unknown ({@code null} becomes {@code ""})
 * @param role what the meter measures
 */
public record MeterInfo(String id, String name, String manufacturer, String model, MeterRole role) {

    /**
     * Checks and normalises the fields.
     *
     * @throws NullPointerException if {@code id} or {@code role} is {@code null}
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public MeterInfo {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("meter id is blank");
        }
        Objects.requireNonNull(role, "role");
        name = name == null || name.isBlank() ? id : name;
        manufacturer = Objects.requireNonNullElse(manufacturer, "");
        model = Objects.requireNonNullElse(model, "");
    }
}
