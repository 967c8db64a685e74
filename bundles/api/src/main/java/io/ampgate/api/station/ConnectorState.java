package io.ampgate.api.station;

import io.ampgate.api.unit.PhaseValues;
import java.time.Instant;
import java.util.Objects;

/**
 * The live state of a connector, as last reported by its station.
 *
 * @param number the connector number, {@code >= 1}
 * @param status the connector status ({@link ConnectorStatus#OFFLINE} while the station is not
 *     reachable)
 * @param current the measured current per phase in the station's own (connector) frame, in A;
 *     {@code NaN} where not reported. Map it with {@link io.ampgate.api.unit.PhaseRotation#toSite}
 * @param activePower the measured active power, in W, or {@code NaN}
 * @param energyWh the connector's energy meter register, in Wh (not the session's energy), or
 *     {@code NaN}
 * @param sessionId the id of the running session (the OCPP transaction id as text), or {@code null}
 *     when no session is running
 * @param updated when the station last reported any of this
 */
public record ConnectorState(
        int number,
        ConnectorStatus status,
        PhaseValues current,
        double activePower,
        double energyWh,
        String sessionId,
        Instant updated) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if {@code status}, {@code current} or {@code updated} is
     *     {@code null}
     * @throws IllegalArgumentException if {@code number < 1}, {@code energyWh} is negative, a value
     *     is infinite or {@code sessionId} is blank
     */
    public ConnectorState {
        if (number < 1) {
            throw new IllegalArgumentException("connector number must be >= 1: " + number);
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(updated, "updated");
        if (Double.isInfinite(activePower)) {
            throw new IllegalArgumentException("activePower is infinite");
        }
        if (energyWh < 0 || Double.isInfinite(energyWh)) {
            throw new IllegalArgumentException("energyWh must be >= 0 and finite, or NaN: " + energyWh);
        }
        if (sessionId != null && sessionId.isBlank()) {
            throw new IllegalArgumentException("sessionId is blank; use null for no session");
        }
    }

    /**
     * The state of a connector whose station is not reachable: {@link ConnectorStatus#OFFLINE},
     * nothing measured, no session known.
     *
     * @param number the connector number
     * @param since when the station stopped answering
     * @return the state
     */
    public static ConnectorState offline(int number, Instant since) {
        return new ConnectorState(
                number, ConnectorStatus.OFFLINE, PhaseValues.none(), Double.NaN, Double.NaN, null, since);
    }
}
