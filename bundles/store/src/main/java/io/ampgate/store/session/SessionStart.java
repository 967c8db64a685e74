package io.ampgate.store.session;

import io.ampgate.store.internal.Fields;
import java.time.Instant;

/**
 * The start of a charging session as a station reports it (OCPP StartTransaction), with what the
 * gateway knew at that moment. The station, connector, start time, badge and meter start together
 * identify the start: the same start reported again (e.g. after a reconnect) is the same session.
 *
 * @param stationId the station's identity (OCPP charge point id), non-blank, at most 48 characters
 * @param connectorId the connector number, 1 or more
 * @param badgeUid the badge UID (OCPP idTag), at most 64 characters; {@code null} if none was used
 * @param holderName the badge holder's name at the time, at most 200 characters, or {@code null}
 * @param chargeUserId the charge user the badge belonged to, at most 64 characters, or {@code null}
 * @param zoneId the zone the connector belonged to, at most 64 characters, or {@code null}
 * @param startedBy how the session was started
 * @param startTime when the station says it started (kept to the millisecond)
 * @param meterStartWh the connector's energy register at the start, in Wh, not negative
 */
public record SessionStart(
        String stationId,
        int connectorId,
        String badgeUid,
        String holderName,
        String chargeUserId,
        String zoneId,
        StartedBy startedBy,
        Instant startTime,
        long meterStartWh) {

    /**
     * Checks the fields; blank optional texts become {@code null}.
     *
     * @throws IllegalArgumentException naming the field that is missing, too long or out of range
     */
    public SessionStart {
        stationId = Fields.required(stationId, "stationId", 48);
        Fields.connector(connectorId);
        badgeUid = Fields.optional(badgeUid, "badgeUid", 64);
        holderName = Fields.optional(holderName, "holderName", 200);
        chargeUserId = Fields.optional(chargeUserId, "chargeUserId", 64);
        zoneId = Fields.optional(zoneId, "zoneId", 64);
        Fields.required(startedBy, "startedBy");
        startTime = Fields.millis(startTime, "startTime");
        Fields.register(meterStartWh, "meterStartWh");
    }
}
