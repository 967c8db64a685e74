package io.ampgate.api.unit;

/**
 * One phase of a three-phase low-voltage supply.
 *
 * <p>Whether a {@code Phase} names a site phase or a charging-station (connector) terminal depends
 * on the frame of the value it indexes; see {@link PhaseRotation}.
 */
public enum Phase {
    /** Phase 1 (also called R or A). */
    L1,
    /** Phase 2 (also called S or B). */
    L2,
    /** Phase 3 (also called T or C). */
    L3;

    /**
     * The phase number as printed on panels and in OCPP measurands.
     *
     * @return 1, 2 or 3
     */
    public int number() {
        return ordinal() + 1;
    }
}
