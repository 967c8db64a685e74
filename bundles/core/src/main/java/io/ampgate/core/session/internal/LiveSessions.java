package io.ampgate.core.session.internal;

import io.ampgate.api.station.ConnectorState;
import io.ampgate.api.station.ConnectorStatus;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.core.session.LiveSession;
import io.ampgate.store.session.Session;
import java.time.Duration;
import java.time.Instant;

/** A stored running session joined with what its connector reports now. */
final class LiveSessions {

    private LiveSessions() {
    }

    /**
     * @param session the running session as stored
     * @param state the connector's state now, or {@code null} when its station has no service
     * @param now the current time
     */
    static LiveSession of(Session session, ConnectorState state, Instant now) {
        Duration duration = Duration.between(session.startTime(), now);
        if (duration.isNegative()) {
            duration = Duration.ZERO;
        }
        if (state == null) {
            return new LiveSession(session.id(), session.stationId(), session.connectorId(), session.badgeUid(),
                    holder(session), session.startTime(), duration, 0, PhaseValues.none(), Double.NaN,
                    ConnectorStatus.OFFLINE, false);
        }
        boolean ours = Long.toString(session.id()).equals(state.sessionId());
        boolean live = ours && !Double.isNaN(state.energyWh());
        long energy = live ? Session.energy(session.meterStartWh(), Math.round(state.energyWh())) : 0;
        return new LiveSession(session.id(), session.stationId(), session.connectorId(), session.badgeUid(),
                holder(session), session.startTime(), duration, energy, ours ? state.current() : PhaseValues.none(),
                ours ? state.activePower() : Double.NaN, state.status(), live);
    }

    private static String holder(Session session) {
        return session.holderName() == null ? "" : session.holderName();
    }
}
