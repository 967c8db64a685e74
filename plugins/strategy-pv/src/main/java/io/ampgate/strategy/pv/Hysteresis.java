package io.ampgate.strategy.pv;

import java.time.Duration;
import java.time.Instant;

/**
 * The on/off state of PV charging with hysteresis in time: it switches on once the surplus has
 * stayed at or above the start threshold for the start delay, and off once it has stayed below the
 * stop threshold for the stop delay. Driven only by the times it is given (the cycles' times), never
 * by a clock. Not thread-safe.
 */
final class Hysteresis {

    private final double startW;
    private final Duration startDelay;
    private final double stopW;
    private final Duration stopDelay;
    private boolean on;
    private Instant pendingSince;

    Hysteresis(double startW, Duration startDelay, double stopW, Duration stopDelay) {
        this.startW = startW;
        this.startDelay = startDelay;
        this.stopW = stopW;
        this.stopDelay = stopDelay;
    }

    /**
     * Feeds one cycle's surplus.
     *
     * @param now the cycle's time
     * @param surplusW the surplus, W
     * @return whether PV charging is on after this cycle
     */
    boolean update(Instant now, double surplusW) {
        boolean towardsSwitch = on ? surplusW < stopW : surplusW >= startW;
        if (!towardsSwitch) {
            pendingSince = null;
            return on;
        }
        if (pendingSince == null || now.isBefore(pendingSince)) {
            pendingSince = now;
        }
        if (Duration.between(pendingSince, now).compareTo(on ? stopDelay : startDelay) >= 0) {
            on = !on;
            pendingSince = null;
        }
        return on;
    }

    /** Forgets a pending switch (the data it was based on is gone); keeps the state. */
    void interrupt() {
        pendingSince = null;
    }

    /**
     * How long the pending switch has waited.
     *
     * @param now the cycle's time
     * @return the time since the condition first held, zero if no switch is pending
     */
    Duration pending(Instant now) {
        return pendingSince == null ? Duration.ZERO : Duration.between(pendingSince, now);
    }
}
