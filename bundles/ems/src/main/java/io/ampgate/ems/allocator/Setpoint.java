package io.ampgate.ems.allocator;

import io.ampgate.api.unit.Phase;
import java.util.Objects;

/**
 * What the allocator gives one connector.
 *
 * @param id the connector
 * @param current the setpoint in A on each phase the connector loads: 0 or within [min, max]; for
 *     an {@link Reason#UNMANAGEABLE} connector the current it is counted at (its max), not a setpoint
 * @param reason why
 * @param zone the zone that binds it ({@link Reason#LIMITED_BY_ZONE}, {@link
 *     Reason#WAITING_FOR_POWER}, {@link Reason#SESSION_LIMIT}); otherwise {@code null}
 * @param phase the site phase on which {@code zone} binds ({@link Reason#LIMITED_BY_ZONE}, {@link
 *     Reason#WAITING_FOR_POWER}); otherwise {@code null}
 */
public record Setpoint(ConnectorId id, double current, Reason reason, String zone, Phase phase) {

    /** Checks the fields. */
    public Setpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Whether the cycle sends this setpoint to the connector (every reason but {@link
     * Reason#UNMANAGEABLE}).
     *
     * @return true for a managed connector
     */
    public boolean isSetpoint() {
        return reason != Reason.UNMANAGEABLE;
    }

    /**
     * Whether the connector may draw current.
     *
     * @return true if {@code current > 0}
     */
    public boolean charges() {
        return current > 0;
    }

    @Override
    public String toString() {
        String where = zone == null ? "" : " " + zone + (phase == null ? "" : " " + phase);
        return id + " " + current + " A " + reason + where;
    }
}
