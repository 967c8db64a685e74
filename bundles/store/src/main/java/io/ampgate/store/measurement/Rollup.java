package io.ampgate.store.measurement;

import io.ampgate.api.unit.PhaseValues;
import java.time.Instant;
import java.util.Objects;

/**
 * The summary of one meter's samples over one complete bucket {@code [start, end)}. A value that no
 * sample of the bucket had is {@code NaN}, except the energy registers, which carry the last value
 * known before the bucket.
 *
 * <p>The energy delta is the register at the end of this bucket minus the register at the end of
 * the meter's previous bucket, so the deltas of consecutive buckets add up to the whole energy
 * even when samples are missing (the energy of a gap lands in the first bucket after it). The first
 * bucket of a meter counts from its first sample; a register that goes backwards (a replaced meter)
 * counts from its new value.
 *
 * @param meterId the meter
 * @param resolution the bucket length
 * @param start the bucket start (inclusive)
 * @param end the bucket end (exclusive)
 * @param samples how many raw samples the bucket summarises, at least 1
 * @param powerAvg the mean total active power, in W
 * @param powerMin the lowest total active power, in W
 * @param powerMax the highest total active power, in W
 * @param currentAvg the mean current per phase, in A
 * @param voltageAvg the mean voltage per phase, in V
 * @param importWh the import register at the end of the bucket (the last value known), in Wh
 * @param exportWh the export register at the end of the bucket, in Wh
 * @param importDeltaWh the energy imported over the bucket, in Wh; {@code NaN} if no sample had the register
 * @param exportDeltaWh the energy exported over the bucket, in Wh; {@code NaN} if no sample had the register
 */
public record Rollup(String meterId, Resolution resolution, Instant start, Instant end, int samples,
        double powerAvg, double powerMin, double powerMax, PhaseValues currentAvg, PhaseValues voltageAvg,
        double importWh, double exportWh, double importDeltaWh, double exportDeltaWh) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if an object field is {@code null}
     * @throws IllegalArgumentException if the bucket is empty or ends before it starts
     */
    public Rollup {
        Sample.checkMeterId(meterId);
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(currentAvg, "currentAvg");
        Objects.requireNonNull(voltageAvg, "voltageAvg");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("roll-up of meter " + meterId + " ends at " + end + ", not after its start " + start);
        }
        if (samples < 1) {
            throw new IllegalArgumentException("roll-up of meter " + meterId + " at " + start + " has " + samples + " samples");
        }
    }
}
