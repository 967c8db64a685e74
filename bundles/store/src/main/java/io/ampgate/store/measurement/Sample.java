package io.ampgate.store.measurement;

import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.unit.PhaseValues;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One raw measurement: what one meter read at one instant. {@code NaN} means "not measured", as in
 * {@link MeterReading}. Instants are stored to the millisecond, so {@code at} is truncated to it.
 *
 * @param meterId the meter's id, non-blank, at most {@value #MAX_METER_ID} characters
 * @param at when the values were read
 * @param voltage phase-to-neutral voltage per phase, in V
 * @param current current per phase, in A
 * @param power active power per phase, in W
 * @param totalPower total active power, in W (positive = import)
 * @param importWh the import energy register, in Wh
 * @param exportWh the export energy register, in Wh
 */
public record Sample(String meterId, Instant at, PhaseValues voltage, PhaseValues current, PhaseValues power,
        double totalPower, double importWh, double exportWh) {

    /** The longest meter id the store keeps. */
    public static final int MAX_METER_ID = 100;

    /**
     * Checks the fields and truncates {@code at} to milliseconds.
     *
     * @throws NullPointerException if an object field is {@code null}
     * @throws IllegalArgumentException if the meter id is blank or too long, or a value is infinite
     *     or an energy register negative
     */
    public Sample {
        meterId = checkMeterId(meterId);
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(voltage, "voltage");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(power, "power");
        if (Double.isInfinite(totalPower)) {
            throw new IllegalArgumentException("total power of meter " + meterId + " is infinite");
        }
        checkEnergy(importWh, "import", meterId);
        checkEnergy(exportWh, "export", meterId);
    }

    /**
     * The sample of a meter reading.
     *
     * @param meterId the meter's id
     * @param reading what the meter read
     * @return the sample, at the reading's timestamp
     */
    public static Sample of(String meterId, MeterReading reading) {
        return new Sample(meterId, reading.timestamp(), reading.voltage(), reading.current(), reading.activePower(),
                reading.totalActivePower(), reading.importEnergyWh(), reading.exportEnergyWh());
    }

    static String checkMeterId(String meterId) {
        Objects.requireNonNull(meterId, "meterId");
        if (meterId.isBlank()) {
            throw new IllegalArgumentException("meter id is blank");
        }
        if (meterId.length() > MAX_METER_ID) {
            throw new IllegalArgumentException("meter id '" + meterId + "' is longer than " + MAX_METER_ID + " characters");
        }
        return meterId;
    }

    private static void checkEnergy(double wh, String name, String meterId) {
        if (wh < 0 || Double.isInfinite(wh)) {
            throw new IllegalArgumentException(name + " energy of meter " + meterId + " must be >= 0 and finite, or NaN: " + wh);
        }
    }
}
