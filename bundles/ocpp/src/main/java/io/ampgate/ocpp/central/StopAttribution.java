package io.ampgate.ocpp.central;

import io.ampgate.store.event.Severity;
import io.ampgate.store.session.Session;
import io.ampgate.store.session.StopReason;
import io.ampgate.store.session.StoppedBy;
import io.ampgate.store.site.Badge;
import java.time.Instant;
import java.util.Optional;

/**
 * Who or what ended a session, from a StopTransaction: the remote stop the gateway asked for (with
 * its cause and who asked), the EV, the station, or a badge. A badge other than the session's own
 * has the right when both share a parent code; without it the stop is still recorded (the station
 * has stopped already) and a warning says who stopped whose session.
 */
final class StopAttribution {

    /** Who or what, and the badge UID or requester's name (or {@code null}). */
    record Attribution(StoppedBy by, String who) {
    }

    private final String stationId;
    private final Central central;

    StopAttribution(String stationId, Central central) {
        this.stationId = stationId;
        this.central = central;
    }

    /**
     * @param session the running session being stopped
     * @param tracked what was kept about it, or {@code null}
     * @param stopperParent the parent code of the stopping badge ({@code null}: none or no badge)
     * @param stated the reason as the station gave it, or {@code null}
     */
    Attribution of(StationState state, Session session, RunningSession tracked, String idTag, String stopperParent,
            StopReason stated, Instant now) {
        StopReason reason = stated == null ? StopReason.LOCAL : stated;
        Optional<RemoteRequests.Stop> asked = state.remote().stopped((int) session.id(), now);
        if (asked.isPresent() && (reason == StopReason.REMOTE || (stated == null && idTag == null))) {
            return new Attribution(asked.get().stoppedBy(), asked.get().requestedBy());
        }
        return switch (reason) {
            case EV_DISCONNECTED -> new Attribution(StoppedBy.EV, idTag);
            case REMOTE -> new Attribution(StoppedBy.OPERATOR, idTag);
            case LOCAL -> {
                if (idTag == null) {
                    yield new Attribution(StoppedBy.STATION, null);
                }
                checkRight(session, tracked, idTag, stopperParent);
                yield new Attribution(StoppedBy.BADGE, idTag);
            }
            default -> new Attribution(StoppedBy.STATION, idTag);
        };
    }

    private void checkRight(Session session, RunningSession tracked, String idTag, String stopperParent) {
        String owner = session.badgeUid();
        if (owner == null || owner.equalsIgnoreCase(idTag)) {
            return;
        }
        String ownerParent = tracked != null ? tracked.parentCode()
                : central.badges().findByUid(owner).map(Badge::parentCode).orElse("");
        boolean family = stopperParent != null && !stopperParent.isBlank() && stopperParent.equalsIgnoreCase(ownerParent);
        if (!family) {
            central.notifier().record(stationId, Severity.WARNING, "stop-without-right", "Badge " + idTag
                    + " stopped session " + session.id() + " of badge " + owner + " without the right"
                    + " (no shared parent code)");
        }
    }
}
