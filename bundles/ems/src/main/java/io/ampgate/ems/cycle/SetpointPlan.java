package io.ampgate.ems.cycle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the allocator's targets into the setpoints to send this cycle, in two waves: every
 * reduction first, sent at once to its target (the site must never overshoot while power moves from
 * one connector to another), then, once the reductions are confirmed, the increases, ramped by a
 * step per cycle. A change smaller than the hysteresis is not sent, except a reduction (caps are
 * hard) and a start or a pause (crossing zero always counts).
 */
public final class SetpointPlan {

    private SetpointPlan() {
    }

    /**
     * One connector: what it was last told and what the allocator wants now.
     *
     * @param connector the connector's key, e.g. {@code CP1/2}
     * @param sent the setpoint in force (last sent), in A; 0 when paused; NaN when it was never told (it is
     *     then told 0 if it gets nothing, so that its own default never lets a car draw more)
     * @param target the allocator's setpoint, in A: 0 or at least {@code min}
     * @param min the connector's minimum (IEC 61851: 6 A), in A
     */
    public record Target(String connector, double sent, double target, double min) {
    }

    /**
     * How setpoints move.
     *
     * @param hysteresisA changes up to this size are not sent (increases only), in A, >= 0
     * @param rampStepA the most an increase may add in one cycle, in A, > 0
     */
    public record Settings(double hysteresisA, double rampStepA) {
        /** Checks the values. */
        public Settings {
            if (!(hysteresisA >= 0) || !(rampStepA > 0)) {
                throw new IllegalArgumentException("hysteresis must be >= 0 A and the ramp step > 0 A, not "
                        + hysteresisA + " and " + rampStepA);
            }
        }
    }

    /**
     * A setpoint to send.
     *
     * @param connector the connector's key
     * @param setpoint the new setpoint, in A
     * @param from the setpoint it replaces, in A
     */
    public record Step(String connector, double setpoint, double from) {
    }

    /**
     * The two waves of one cycle.
     *
     * @param reductions to send first, all of them, and wait for
     * @param increases to send once every reduction is confirmed
     */
    public record Plan(List<Step> reductions, List<Step> increases) {
        /** Copies the lists. */
        public Plan {
            reductions = List.copyOf(reductions);
            increases = List.copyOf(increases);
        }
    }

    /**
     * @param targets every managed connector, in any order
     * @param settings hysteresis and ramp
     * @return the steps, each wave ordered by connector key (deterministic)
     */
    public static Plan plan(List<Target> targets, Settings settings) {
        List<Step> reductions = new ArrayList<>();
        List<Step> increases = new ArrayList<>();
        for (Target t : targets) {
            double target = Math.max(0, t.target());
            if (Double.isNaN(t.sent()) && target == 0) {
                // never told anything: the station's own default could let a new car draw its maximum
                reductions.add(new Step(t.connector(), 0, Double.NaN));
                continue;
            }
            double sent = Double.isFinite(t.sent()) ? Math.max(0, t.sent()) : 0;
            if (target < sent) {
                reductions.add(new Step(t.connector(), target, sent));
            } else if (target > sent) {
                double next = Math.min(target, Math.max(t.min(), sent + settings.rampStepA()));
                boolean start = sent == 0;
                if (start || next - sent > settings.hysteresisA()) {
                    increases.add(new Step(t.connector(), next, sent));
                }
            }
        }
        Comparator<Step> byConnector = Comparator.comparing(Step::connector);
        reductions.sort(byConnector);
        increases.sort(byConnector);
        return new Plan(reductions, increases);
    }
}
