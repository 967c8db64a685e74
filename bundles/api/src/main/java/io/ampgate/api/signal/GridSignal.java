package io.ampgate.api.signal;

import io.ampgate.api.unit.PhaseValues;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One grid signal. The grid signal outranks every other strategy (PV, tariff, comfort): what it
 * caps, nothing raises.
 *
 * <p>A {@link GridSignalLevel#CONSTRAINED} signal may carry a current cap and/or a maximum number of
 * charging sessions; with neither, the grid-signal strategy applies its configured reduced-power
 * mode. {@code FAVORABLE} and {@code LOST} signals carry neither.
 *
 * @param level the grid state
 * @param timestamp when the source issued or last confirmed the signal
 * @param cap the current the site's charging may draw per site phase, in A, {@code >= 0};
 *     {@code NaN} on a phase means no cap on that phase, {@link PhaseValues#none()} no cap at all
 * @param maxSessions the number of sessions that may draw current at once, {@code >= 0}, or empty
 */
public record GridSignal(
        GridSignalLevel level, Instant timestamp, PhaseValues cap, OptionalInt maxSessions) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is {@code null}
     * @throws IllegalArgumentException if the cap is negative, {@code maxSessions} is negative, or a
     *     signal other than {@code CONSTRAINED} carries a cap or a session limit
     */
    public GridSignal {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(maxSessions, "maxSessions");
        if (!cap.isNonNegative()) {
            throw new IllegalArgumentException("cap must be >= 0: " + cap);
        }
        if (maxSessions.isPresent() && maxSessions.getAsInt() < 0) {
            throw new IllegalArgumentException("maxSessions must be >= 0: " + maxSessions);
        }
        if (level != GridSignalLevel.CONSTRAINED
                && (!cap.equals(PhaseValues.none()) || maxSessions.isPresent())) {
            throw new IllegalArgumentException("only a CONSTRAINED signal carries a cap or a session limit");
        }
    }

    /**
     * The grid has room.
     *
     * @param timestamp when the source issued the signal
     * @return the signal
     */
    public static GridSignal favorable(Instant timestamp) {
        return new GridSignal(GridSignalLevel.FAVORABLE, timestamp, PhaseValues.none(), OptionalInt.empty());
    }

    /**
     * The grid is constrained.
     *
     * @param timestamp when the source issued the signal
     * @param cap the current cap per site phase in A ({@link PhaseValues#none()} for none)
     * @param maxSessions the maximum number of sessions drawing current, or empty
     * @return the signal
     */
    public static GridSignal constrained(Instant timestamp, PhaseValues cap, OptionalInt maxSessions) {
        return new GridSignal(GridSignalLevel.CONSTRAINED, timestamp, cap, maxSessions);
    }

    /**
     * The signal is lost.
     *
     * @param timestamp when the source noticed the loss
     * @return the signal
     */
    public static GridSignal lost(Instant timestamp) {
        return new GridSignal(GridSignalLevel.LOST, timestamp, PhaseValues.none(), OptionalInt.empty());
    }
}
