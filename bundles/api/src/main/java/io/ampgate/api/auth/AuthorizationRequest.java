package io.ampgate.api.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * A question to the {@link Authorizer}: may this badge charge here, now?
 *
 * @param idTag the badge (OCPP idTag, RFID UID), non-blank
 * @param stationId the station it was presented at, non-blank
 * @param connector the connector, or 0 when not known yet (an OCPP Authorize before plugging in)
 * @param purpose why the question is asked
 * @param at when
 */
public record AuthorizationRequest(String idTag, String stationId, int connector, Purpose purpose, Instant at) {

    /** Why an authorization is asked for. */
    public enum Purpose {
        /** A badge was presented (OCPP Authorize); no session yet. */
        AUTHORIZE,
        /** A session starts (OCPP StartTransaction). */
        START,
        /** An operator starts a session for the badge (OCPP RemoteStartTransaction). */
        REMOTE_START,
        /** A badge ends a session (OCPP StopTransaction with an idTag). */
        STOP
    }

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field other than {@code connector} is {@code null}
     * @throws IllegalArgumentException if {@code idTag} or {@code stationId} is blank or
     *     {@code connector} is negative
     */
    public AuthorizationRequest {
        Objects.requireNonNull(idTag, "idTag");
        Objects.requireNonNull(stationId, "stationId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(at, "at");
        if (idTag.isBlank() || stationId.isBlank()) {
            throw new IllegalArgumentException("idTag and stationId must not be blank");
        }
        if (connector < 0) {
            throw new IllegalArgumentException("connector must be >= 0: " + connector);
        }
    }
}
