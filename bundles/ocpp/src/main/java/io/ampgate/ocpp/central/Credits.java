package io.ampgate.ocpp.central;

import io.ampgate.store.event.Severity;
import io.ampgate.store.session.Session;
import io.ampgate.store.site.Badge;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Charges the energy of a station's sessions to their badges' credit as it flows, and has the
 * station stop a session whose credit is used up (once; the StopTransaction that follows is
 * recorded as stopped by credit exhaustion). Only badges with a limited credit cost a query.
 */
final class Credits {

    private final String stationId;
    private final Central central;
    private final Consumer<Runnable> afterAnswer;
    private final Duration tolerance;

    Credits(String stationId, Central central, Consumer<Runnable> afterAnswer, Duration tolerance) {
        this.stationId = stationId;
        this.central = central;
        this.afterAnswer = afterAnswer;
        this.tolerance = tolerance;
    }

    /** Tracks a running session of this station seen first after a gateway restart; null if it is not one. */
    RunningSession track(StationState state, Session s) {
        if (!s.isRunning() || !s.stationId().equals(stationId)) {
            return null;
        }
        Badge badge = s.badgeUid() == null ? null : central.badges().findByUid(s.badgeUid()).orElse(null);
        RunningSession tracked = new RunningSession(s.id(), s.badgeUid(), badge == null ? "" : badge.parentCode(),
                s.meterStartWh(), badge != null && !badge.credit().unlimited());
        state.running().put((int) s.id(), tracked);
        return tracked;
    }

    /** A new register reading of a running transaction, taken at {@code readAt}. */
    void metered(StationState state, int transactionId, RunningSession running, double registerWh, Instant readAt) {
        if (!running.limitedCredit() || Double.isNaN(registerWh)) {
            return;
        }
        Optional<Long> left = central.sessions().chargeCredit(running.sessionId(), energy(running, registerWh));
        // a reading the station kept offline is history: its session may have ended long ago
        boolean live = !state.beforeConnection(readAt, tolerance);
        if (left.isPresent() && left.get() <= 0 && live && running.stopAsked().compareAndSet(false, true)) {
            central.notifier().record(stationId, Severity.INFO, "credit-exhausted", "Energy credit of badge "
                    + running.badgeUid() + " used up (" + left.get() + " Wh): stopping session " + transactionId);
            afterAnswer.accept(() -> central.followUps().creditExhausted(stationId, transactionId));
        }
    }

    /** The energy of a stopped session, charged at last (nothing more if it was charged before). */
    void stopped(Session session, RunningSession running) {
        if ((running == null || running.limitedCredit()) && session.badgeUid() != null && session.energyWh() != null) {
            central.sessions().chargeCredit(session.id(), session.energyWh());
        }
    }

    private static long energy(RunningSession running, double registerWh) {
        return Math.max(0, Math.round(registerWh) - running.meterStartWh());
    }
}
