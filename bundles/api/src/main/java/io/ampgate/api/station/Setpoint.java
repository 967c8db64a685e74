package io.ampgate.api.station;

import io.ampgate.api.unit.Phase;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.api.unit.Wiring;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The most a connector may draw, as decided by the energy manager and applied by the station
 * driver: either a current per phase ({@link Amps}) or a total power ({@link Watts}, for chargers
 * limited in watts, typically DC). A setpoint of zero pauses charging without ending the session.
 *
 * <p>Drivers switch over the two cases:
 *
 * <pre>{@code
 * switch (setpoint) {
 *   case Setpoint.Amps a -> writeCurrentLimit(a.limit(connector.wiring()));
 *   case Setpoint.Watts w -> writePowerLimit(w.power());
 * }
 * }</pre>
 */
@ProviderType
public sealed interface Setpoint {

    /**
     * A current limit per connector phase.
     *
     * @param current the limit in A for each of the station's phases (connector frame), finite and
     *     {@code >= 0} on every phase; phases the connector is not wired to are ignored
     */
    record Amps(PhaseValues current) implements Setpoint {

        /**
         * Checks the limit.
         *
         * @throws NullPointerException if {@code current} is {@code null}
         * @throws IllegalArgumentException if a phase is negative or {@code NaN}
         */
        public Amps {
            Objects.requireNonNull(current, "current");
            if (!current.isComplete() || !current.isNonNegative()) {
                throw new IllegalArgumentException("current setpoint must be >= 0 on every phase: " + current);
            }
        }

        /**
         * The single current to apply for a driver that can only set one value for all phases (OCPP
         * 1.6, most Modbus chargers): the smallest value among the phases {@code wiring} uses, which
         * never exceeds any phase's limit. The energy manager therefore gives a single-phase car on a
         * three-phase connector the same value on every phase, not zero on the unused ones.
         *
         * @param wiring the connector's wiring
         * @return the limit in A
         */
        public double limit(Wiring wiring) {
            double limit = Double.MAX_VALUE;
            for (Phase phase : wiring.connectorPhases()) {
                limit = Math.min(limit, current.get(phase));
            }
            return limit;
        }

        @Override
        public boolean isPause() {
            return current.max() == 0;
        }
    }

    /**
     * A total power limit.
     *
     * @param power the limit in W, finite and {@code >= 0}
     */
    record Watts(double power) implements Setpoint {

        /**
         * Checks the limit.
         *
         * @throws IllegalArgumentException if {@code power} is negative, {@code NaN} or infinite
         */
        public Watts {
            if (!(power >= 0) || Double.isInfinite(power)) {
                throw new IllegalArgumentException("power setpoint must be >= 0 and finite: " + power);
            }
            power = power == 0.0 ? 0.0 : power;
        }

        @Override
        public boolean isPause() {
            return power == 0;
        }
    }

    /**
     * A current limit per connector phase.
     *
     * @param current the limit in A per connector phase, {@code >= 0}, no {@code NaN}
     * @return the setpoint
     * @throws IllegalArgumentException if a phase is negative or {@code NaN}
     */
    static Setpoint amps(PhaseValues current) {
        return new Amps(current);
    }

    /**
     * The same current limit on every phase.
     *
     * @param perPhase the limit in A, {@code >= 0}
     * @return the setpoint
     * @throws IllegalArgumentException if {@code perPhase} is negative, {@code NaN} or infinite
     */
    static Setpoint amps(double perPhase) {
        return new Amps(PhaseValues.all(perPhase));
    }

    /**
     * A total power limit.
     *
     * @param power the limit in W, {@code >= 0}
     * @return the setpoint
     * @throws IllegalArgumentException if {@code power} is negative, {@code NaN} or infinite
     */
    static Setpoint watts(double power) {
        return new Watts(power);
    }

    /**
     * Zero current: the vehicle stops drawing, the session stays open (the connector goes to
     * {@link ConnectorStatus#SUSPENDED_EVSE}).
     *
     * @return {@code amps(0)}
     */
    static Setpoint pause() {
        return new Amps(PhaseValues.zero());
    }

    /**
     * Whether this setpoint allows no current at all.
     *
     * @return {@code true} for zero amps on every phase or zero watts
     */
    boolean isPause();
}
