package io.ampgate.api.station;

import io.ampgate.api.unit.PhaseRotation;
import io.ampgate.api.unit.Wiring;
import java.util.Objects;

/**
 * The static description of a connector (socket), from the installer's registration form or the
 * station's own report. Currents are AC currents per phase drawn from the supply (for a DC charger:
 * its AC input).
 *
 * @param number the connector number, {@code >= 1}
 * @param plugType the plug or socket type
 * @param wiring single or three phase
 * @param rotation how the station's terminals are connected to the site phases
 * @param maxCurrent the most the connector may draw per phase, in A, {@code > 0}
 * @param minCurrent the least current per phase at which a vehicle charges, in A (default
 *     {@link #IEC_61851_MIN_CURRENT}); the energy manager never sets a setpoint between 0 and this
 *     value: below it the connector is paused
 * @param manageable whether the gateway can set its current; a connector that is not manageable is
 *     counted at {@code maxCurrent} whenever a session is active
 */
public record ConnectorInfo(
        int number,
        PlugType plugType,
        Wiring wiring,
        PhaseRotation rotation,
        double maxCurrent,
        double minCurrent,
        boolean manageable) {

    /** The smallest current an IEC 61851 AC charging station may offer a vehicle, in A. */
    public static final double IEC_61851_MIN_CURRENT = 6.0;

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if an enum field is {@code null}
     * @throws IllegalArgumentException if {@code number < 1}, {@code maxCurrent} is not a positive
     *     finite number or {@code minCurrent} is not in {@code [0, maxCurrent]}
     */
    public ConnectorInfo {
        if (number < 1) {
            throw new IllegalArgumentException("connector number must be >= 1: " + number);
        }
        Objects.requireNonNull(plugType, "plugType");
        Objects.requireNonNull(wiring, "wiring");
        Objects.requireNonNull(rotation, "rotation");
        if (!(maxCurrent > 0) || Double.isInfinite(maxCurrent)) {
            throw new IllegalArgumentException("maxCurrent must be > 0 and finite: " + maxCurrent);
        }
        if (!(minCurrent >= 0 && minCurrent <= maxCurrent)) {
            throw new IllegalArgumentException(
                    "minCurrent must be in [0, maxCurrent=" + maxCurrent + "]: " + minCurrent);
        }
    }

    /**
     * A connector with the IEC 61851 minimum current of 6 A.
     *
     * @param number the connector number, {@code >= 1}
     * @param plugType the plug or socket type
     * @param wiring single or three phase
     * @param rotation how the station's terminals are connected to the site phases
     * @param maxCurrent the most the connector may draw per phase, in A, {@code >= 6}
     * @param manageable whether the gateway can set its current
     */
    public ConnectorInfo(
            int number,
            PlugType plugType,
            Wiring wiring,
            PhaseRotation rotation,
            double maxCurrent,
            boolean manageable) {
        this(number, plugType, wiring, rotation, maxCurrent, IEC_61851_MIN_CURRENT, manageable);
    }
}
