package io.ampgate.core.session;

import io.ampgate.api.station.ConnectorStatus;
import io.ampgate.api.unit.PhaseValues;
import java.time.Duration;
import java.time.Instant;

/**
 * A running session as its station reports it now.
 *
 * @param id the session (transaction) id
 * @param stationId the station
 * @param connector the connector number
 * @param badgeUid the badge, or {@code null}
 * @param holder the badge holder at the start, or {@code ""}
 * @param startTime when it started
 * @param duration how long it has run
 * @param energyWh the energy so far from the connector's meter register, in Wh; 0 until a reading
 *     arrives
 * @param current the current per phase now, in A (NaN where unknown)
 * @param powerW the active power now, in W, or NaN
 * @param status the connector's status now ({@link ConnectorStatus#OFFLINE} when its station is
 *     not connected)
 * @param live whether the energy and current come from a reading of this session
 */
public record LiveSession(long id, String stationId, int connector, String badgeUid, String holder,
        Instant startTime, Duration duration, long energyWh, PhaseValues current, double powerW,
        ConnectorStatus status, boolean live) {
}
