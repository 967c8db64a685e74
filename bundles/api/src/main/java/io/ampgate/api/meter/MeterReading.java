package io.ampgate.api.meter;

import io.ampgate.api.unit.PhaseValues;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One consistent reading of a meter. Any value the meter does not provide is {@code NaN}. Signs
 * follow the package convention: positive = import (consumption), negative = export (generation).
 *
 * @param timestamp when the values were read from the device
 * @param voltage phase-to-neutral voltage per site phase, in V
 * @param current current per site phase, in A, signed like the active power of that phase (a driver
 *     whose meter reports magnitudes only applies the sign of the phase's active power)
 * @param activePower active power per site phase, in W
 * @param totalActivePower total active power, in W (positive = import/consumption, negative =
 *     export)
 * @param importEnergyWh the import energy register, in Wh, never negative
 * @param exportEnergyWh the export energy register, in Wh, never negative
 */
public record MeterReading(
        Instant timestamp,
        PhaseValues voltage,
        PhaseValues current,
        PhaseValues activePower,
        double totalActivePower,
        double importEnergyWh,
        double exportEnergyWh) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if an object field is {@code null}
     * @throws IllegalArgumentException if an energy register is negative or a value is infinite
     */
    public MeterReading {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(voltage, "voltage");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(activePower, "activePower");
        if (Double.isInfinite(totalActivePower)) {
            throw new IllegalArgumentException("totalActivePower is infinite");
        }
        checkEnergy(importEnergyWh, "importEnergyWh");
        checkEnergy(exportEnergyWh, "exportEnergyWh");
    }

    private static void checkEnergy(double wh, String name) {
        if (wh < 0 || Double.isInfinite(wh)) {
            throw new IllegalArgumentException(name + " must be >= 0 and finite, or NaN: " + wh);
        }
    }

    /**
     * How old this reading is; the energy manager compares it with the meter's timeout.
     *
     * @param now the current time
     * @return {@code now - timestamp}; negative if the reading claims to come from the future
     */
    public Duration age(Instant now) {
        return Duration.between(timestamp, now);
    }
}
