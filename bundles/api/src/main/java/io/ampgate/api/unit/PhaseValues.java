package io.ampgate.api.unit;

import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * One value per phase: a current in A, a power in W or a voltage in V, in the site frame or in a
 * connector frame (see {@link PhaseRotation}); the type does not record which, the API element that
 * carries it does.
 *
 * <p>{@code NaN} on a phase means "not measured" (for a cap: "no cap on this phase"). Values are
 * otherwise finite: infinities are rejected. {@code -0.0} is stored as {@code 0.0}, so equal values
 * are {@link #equals equal}.
 *
 * <p>Arithmetic ({@link #plus}, {@link #minus}, {@link #scale}, {@link #map}) propagates {@code NaN}
 * per phase: something unknown stays unknown. {@link #min(PhaseValues)}, {@link #sum()} and
 * {@link #max()} skip {@code NaN} instead, because a missing value is no constraint.
 *
 * @param l1 the value on L1, or {@code NaN}
 * @param l2 the value on L2, or {@code NaN}
 * @param l3 the value on L3, or {@code NaN}
 */
public record PhaseValues(double l1, double l2, double l3) {

    private static final PhaseValues ZERO = new PhaseValues(0, 0, 0);
    private static final PhaseValues NONE = new PhaseValues(Double.NaN, Double.NaN, Double.NaN);

    /**
     * Checks that no value is infinite and normalises {@code -0.0} to {@code 0.0}.
     *
     * @throws IllegalArgumentException if a value is infinite
     */
    public PhaseValues {
        l1 = check(l1, Phase.L1);
        l2 = check(l2, Phase.L2);
        l3 = check(l3, Phase.L3);
    }

    private static double check(double value, Phase phase) {
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException(phase + " value is infinite");
        }
        return value == 0.0 ? 0.0 : value;
    }

    /**
     * Values for L1, L2 and L3.
     *
     * @param l1 value on L1, or {@code NaN}
     * @param l2 value on L2, or {@code NaN}
     * @param l3 value on L3, or {@code NaN}
     * @return the values
     */
    public static PhaseValues of(double l1, double l2, double l3) {
        return new PhaseValues(l1, l2, l3);
    }

    /**
     * The same value on every phase, e.g. a 32 A per phase limit.
     *
     * @param value the value for L1, L2 and L3
     * @return the values
     */
    public static PhaseValues all(double value) {
        return new PhaseValues(value, value, value);
    }

    /**
     * A single-phase quantity in a connector frame: {@code value} on L1 and a known zero on L2 and
     * L3 (not {@code NaN}: a single-phase load puts nothing on the other phases). Map it to the site
     * frame with {@link PhaseRotation#toSite(PhaseValues)} to find the site phase it loads.
     *
     * @param value the value on L1
     * @return {@code (value, 0, 0)}
     */
    public static PhaseValues single(double value) {
        return new PhaseValues(value, 0, 0);
    }

    /**
     * Zero on every phase.
     *
     * @return {@code (0, 0, 0)}
     */
    public static PhaseValues zero() {
        return ZERO;
    }

    /**
     * Nothing measured on any phase (for a cap: no cap at all).
     *
     * @return {@code (NaN, NaN, NaN)}
     */
    public static PhaseValues none() {
        return NONE;
    }

    /**
     * The value on one phase.
     *
     * @param phase the phase
     * @return the value, {@code NaN} if not measured
     */
    public double get(Phase phase) {
        return switch (Objects.requireNonNull(phase, "phase")) {
            case L1 -> l1;
            case L2 -> l2;
            case L3 -> l3;
        };
    }

    /**
     * A copy with one phase replaced.
     *
     * @param phase the phase to replace
     * @param value the new value, or {@code NaN}
     * @return the new values
     */
    public PhaseValues with(Phase phase, double value) {
        return switch (Objects.requireNonNull(phase, "phase")) {
            case L1 -> new PhaseValues(value, l2, l3);
            case L2 -> new PhaseValues(l1, value, l3);
            case L3 -> new PhaseValues(l1, l2, value);
        };
    }

    /**
     * Whether a phase has a value.
     *
     * @param phase the phase
     * @return {@code false} if the value on {@code phase} is {@code NaN}
     */
    public boolean isMeasured(Phase phase) {
        return !Double.isNaN(get(phase));
    }

    /**
     * Whether every phase has a value.
     *
     * @return {@code true} if no phase is {@code NaN}
     */
    public boolean isComplete() {
        return !Double.isNaN(l1) && !Double.isNaN(l2) && !Double.isNaN(l3);
    }

    /**
     * Whether no measured phase is negative (phases without a value pass).
     *
     * @return {@code true} if every value is {@code >= 0} or {@code NaN}
     */
    public boolean isNonNegative() {
        return !(l1 < 0) && !(l2 < 0) && !(l3 < 0);
    }

    /**
     * The sum of the measured phases, e.g. a total power from per-phase powers.
     *
     * @return the sum, ignoring {@code NaN} phases; {@code NaN} if no phase is measured
     */
    public double sum() {
        double sum = 0;
        boolean any = false;
        for (double v : new double[] {l1, l2, l3}) {
            if (!Double.isNaN(v)) {
                sum += v;
                any = true;
            }
        }
        return any ? sum : Double.NaN;
    }

    /**
     * The largest measured value, e.g. the most loaded phase.
     *
     * @return the maximum, ignoring {@code NaN} phases; {@code NaN} if no phase is measured
     */
    public double max() {
        double max = Double.NaN;
        for (double v : new double[] {l1, l2, l3}) {
            if (!Double.isNaN(v) && !(v <= max)) {
                max = v;
            }
        }
        return max;
    }

    /**
     * The per-phase minimum: the composition rule of caps. {@code NaN} is no constraint, so where one
     * side is {@code NaN} the other side wins; the result is {@code NaN} only where both are.
     *
     * @param other the other values
     * @return the per-phase minimum
     */
    public PhaseValues min(PhaseValues other) {
        Objects.requireNonNull(other, "other");
        return new PhaseValues(min(l1, other.l1), min(l2, other.l2), min(l3, other.l3));
    }

    private static double min(double a, double b) {
        if (Double.isNaN(a)) {
            return b;
        }
        return Double.isNaN(b) ? a : Math.min(a, b);
    }

    /**
     * The per-phase sum; {@code NaN} where either side is {@code NaN}.
     *
     * @param other the values to add
     * @return {@code this + other}, per phase
     */
    public PhaseValues plus(PhaseValues other) {
        Objects.requireNonNull(other, "other");
        return new PhaseValues(l1 + other.l1, l2 + other.l2, l3 + other.l3);
    }

    /**
     * The per-phase difference; {@code NaN} where either side is {@code NaN}. The result may be
     * negative (e.g. a zone's headroom when it is overloaded).
     *
     * @param other the values to subtract
     * @return {@code this - other}, per phase
     */
    public PhaseValues minus(PhaseValues other) {
        Objects.requireNonNull(other, "other");
        return new PhaseValues(l1 - other.l1, l2 - other.l2, l3 - other.l3);
    }

    /**
     * Every phase multiplied by a factor; {@code NaN} phases stay {@code NaN}.
     *
     * @param factor the factor, finite
     * @return {@code this * factor}, per phase
     * @throws IllegalArgumentException if {@code factor} is not finite or the result overflows
     */
    public PhaseValues scale(double factor) {
        if (!Double.isFinite(factor)) {
            throw new IllegalArgumentException("factor must be finite: " + factor);
        }
        return new PhaseValues(l1 * factor, l2 * factor, l3 * factor);
    }

    /**
     * Applies a function to every phase, e.g. {@code map(v -> Math.max(0, v))} to clip negative
     * headroom. The function receives {@code NaN} for unmeasured phases.
     *
     * @param function the function
     * @return the mapped values
     * @throws IllegalArgumentException if the function returns an infinite value
     */
    public PhaseValues map(DoubleUnaryOperator function) {
        Objects.requireNonNull(function, "function");
        return new PhaseValues(
                function.applyAsDouble(l1), function.applyAsDouble(l2), function.applyAsDouble(l3));
    }
}
