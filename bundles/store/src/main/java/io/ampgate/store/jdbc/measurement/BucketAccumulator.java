package io.ampgate.store.jdbc.measurement;

import io.ampgate.api.unit.PhaseValues;
import io.ampgate.store.measurement.Resolution;
import io.ampgate.store.measurement.Rollup;
import io.ampgate.store.measurement.Sample;
import java.time.Instant;
import java.util.Arrays;

/**
 * Sums up one meter's samples, bucket after bucket, in time order. The energy registers are chained
 * across buckets: each sample adds its step from the previous register value, so that the deltas of
 * consecutive buckets add up to the whole energy.
 */
final class BucketAccumulator {
    private final String meterId;
    private final Resolution resolution;
    private double importWh;
    private double exportWh;

    private int count;
    private double powerSum;
    private int powerCount;
    private double powerMin;
    private double powerMax;
    private final double[] currentSum = new double[3];
    private final int[] currentCount = new int[3];
    private final double[] voltageSum = new double[3];
    private final int[] voltageCount = new int[3];
    private double importDelta;
    private double exportDelta;

    /** Starts after the previous bucket's registers ({@code NaN} when there is none). */
    BucketAccumulator(String meterId, Resolution resolution, double importWh, double exportWh) {
        this.meterId = meterId;
        this.resolution = resolution;
        this.importWh = importWh;
        this.exportWh = exportWh;
        reset();
    }

    private void reset() {
        count = 0;
        powerSum = 0;
        powerCount = 0;
        powerMin = Double.POSITIVE_INFINITY;
        powerMax = Double.NEGATIVE_INFINITY;
        Arrays.fill(currentSum, 0);
        Arrays.fill(currentCount, 0);
        Arrays.fill(voltageSum, 0);
        Arrays.fill(voltageCount, 0);
        importDelta = Double.NaN;
        exportDelta = Double.NaN;
    }

    void add(Sample s) {
        count++;
        double p = s.totalPower();
        if (!Double.isNaN(p)) {
            powerSum += p;
            powerCount++;
            powerMin = Math.min(powerMin, p);
            powerMax = Math.max(powerMax, p);
        }
        add(currentSum, currentCount, s.current());
        add(voltageSum, voltageCount, s.voltage());
        if (!Double.isNaN(s.importWh())) {
            importDelta = (Double.isNaN(importDelta) ? 0 : importDelta) + step(importWh, s.importWh());
            importWh = s.importWh();
        }
        if (!Double.isNaN(s.exportWh())) {
            exportDelta = (Double.isNaN(exportDelta) ? 0 : exportDelta) + step(exportWh, s.exportWh());
            exportWh = s.exportWh();
        }
    }

    /** From the previous value; nothing for the first value and for a register that went backwards. */
    private static double step(double previous, double current) {
        return Double.isNaN(previous) || current < previous ? 0 : current - previous;
    }

    private static void add(double[] sum, int[] counts, PhaseValues values) {
        for (int i = 0; i < 3; i++) {
            double v = i == 0 ? values.l1() : i == 1 ? values.l2() : values.l3();
            if (!Double.isNaN(v)) {
                sum[i] += v;
                counts[i]++;
            }
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** The roll-up of the samples added since the last call, and a fresh start for the next bucket. */
    Rollup finish(Instant start, Instant end) {
        Rollup r = new Rollup(meterId, resolution, start, end, count,
                powerCount == 0 ? Double.NaN : powerSum / powerCount,
                powerCount == 0 ? Double.NaN : powerMin,
                powerCount == 0 ? Double.NaN : powerMax,
                average(currentSum, currentCount), average(voltageSum, voltageCount),
                importWh, exportWh, importDelta, exportDelta);
        reset();
        return r;
    }

    private static PhaseValues average(double[] sum, int[] counts) {
        return new PhaseValues(counts[0] == 0 ? Double.NaN : sum[0] / counts[0],
                counts[1] == 0 ? Double.NaN : sum[1] / counts[1],
                counts[2] == 0 ? Double.NaN : sum[2] / counts[2]);
    }
}
