package io.ampgate.core.session.internal;

import io.ampgate.api.auth.Authorization;
import io.ampgate.api.auth.AuthorizationStatus;
import io.ampgate.api.station.ConnectorState;
import io.ampgate.api.station.ConnectorStatus;
import java.util.Optional;

/**
 * Whether the gateway may ask a station to start a session for a badge, and if not why: asked
 * before the station, so that the operator reads the reason instead of a bare "Rejected".
 */
final class RemoteStartCheck {

    private RemoteStartCheck() {
    }

    /**
     * @param stationId the station
     * @param connector the connector number
     * @param stationKnown whether the station has a service (it is registered and its driver runs)
     * @param online whether it is connected
     * @param state the connector's state, or {@code null} if the station has no such connector
     * @param badgeUid the badge asked for
     * @param badgeKnown whether the badge is one of the site's
     * @param answer the site's authorization for a remote start with this badge at this connector
     * @return the reason to refuse, or empty when the station may be asked
     */
    static Optional<String> refusal(String stationId, int connector, boolean stationKnown, boolean online,
            ConnectorState state, String badgeUid, boolean badgeKnown, Authorization answer) {
        if (!stationKnown) {
            return Optional.of("station " + stationId + " is not registered or its driver is not running");
        }
        if (!online) {
            return Optional.of("station " + stationId + " is offline");
        }
        if (state == null) {
            return Optional.of("station " + stationId + " has no connector " + connector);
        }
        if (state.sessionId() != null || state.status().isSessionActive() || state.status() == ConnectorStatus.FINISHING) {
            return Optional.of("connector " + connector + " of " + stationId + " is already in a session");
        }
        switch (state.status()) {
            case FAULTED, UNAVAILABLE, OFFLINE, RESERVED -> {
                return Optional.of("connector " + connector + " of " + stationId + " is "
                        + state.status().name().toLowerCase(java.util.Locale.ROOT));
            }
            default -> {
            }
        }
        if (!badgeKnown) {
            return Optional.of("badge " + badgeUid + " is not one of the site's badges");
        }
        if (answer.status() != AuthorizationStatus.ACCEPTED) {
            return Optional.of("badge " + badgeUid + " is refused: " + answer.reason());
        }
        return Optional.empty();
    }
}
