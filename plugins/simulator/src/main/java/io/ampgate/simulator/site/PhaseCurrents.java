package io.ampgate.simulator.site;

import java.util.Locale;

/** A current on each site phase, in A; signed where the text says so (import positive). */
public record PhaseCurrents(double l1, double l2, double l3) {

    public static final PhaseCurrents ZERO = new PhaseCurrents(0, 0, 0);

    public static PhaseCurrents all(double current) {
        return new PhaseCurrents(current, current, current);
    }

    /** The current on phase 1, 2 or 3. */
    public double phase(int phase) {
        return switch (phase) {
            case 1 -> l1;
            case 2 -> l2;
            case 3 -> l3;
            default -> throw new IllegalArgumentException("no phase " + phase);
        };
    }

    /** These currents with {@code current} added on phase 1, 2 or 3. */
    public PhaseCurrents plusOn(int phase, double current) {
        return new PhaseCurrents(l1 + (phase == 1 ? current : 0), l2 + (phase == 2 ? current : 0),
                l3 + (phase == 3 ? current : 0));
    }

    public PhaseCurrents plus(PhaseCurrents other) {
        return new PhaseCurrents(l1 + other.l1, l2 + other.l2, l3 + other.l3);
    }

    public PhaseCurrents minus(PhaseCurrents other) {
        return new PhaseCurrents(l1 - other.l1, l2 - other.l2, l3 - other.l3);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f/%.1f/%.1f A", l1, l2, l3);
    }
}
