package io.ampgate.simulator.site;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What one connector of a simulated station holds: the car plugged in, its session, the energy
 * register and the current drawn. Guarded by its station's lock.
 */
final class Connector {

    /** Where the session of the car plugged in stands. */
    enum Session {
        /** No session: no car, or a car waiting to be authorized (or for a remote start). */
        NONE,
        AUTHORIZING,
        STARTING,
        RUNNING,
        /** Stopped while the car is still plugged in (remote stop, deauthorized, reset). */
        ENDED,
        /** The badge was refused: the driver unplugs soon. */
        REFUSED
    }

    final int number;
    CarVisit car;
    double deliveredWh;
    Session session = Session.NONE;
    Integer transactionId;
    Instant transactionStart;
    String idTag;
    /** A remote start waiting for its car, until {@link #remoteUntil}. */
    String remoteIdTag;
    Instant remoteUntil;
    /** When to try again to authorize or start after a failed attempt (no answer). */
    Instant retryAt = Instant.MIN;
    double registerWh;
    double offeredA;
    double drawA;
    int phasesUsed;
    String sentStatus;
    /** Up to when the plan's arrivals have been looked at, and that day's visits. */
    Instant plannedUpTo;
    LocalDate planDay;
    List<CarVisit> planVisits = List.of();

    Connector(int number, double registerWh) {
        this.number = number;
        this.registerWh = registerWh;
    }

    boolean charging() {
        return session == Session.RUNNING;
    }

    /** Whether a car plugged in waits for its session to start. */
    boolean carWaiting() {
        return car != null && session == Session.NONE;
    }

    /** Whether a remote start may use this connector: operative, and no session under way. */
    boolean freeForRemoteStart(boolean operative) {
        return operative && (session == Session.NONE || session == Session.ENDED || session == Session.REFUSED);
    }

    /**
     * The OCPP status: a running session charges, is suspended by the car (full) or by the
     * station (nothing offered); otherwise Unavailable when inoperative, Available without a car
     * (Preparing while a remote start waits for one), Finishing after a session, else Preparing.
     */
    static String status(boolean operative, boolean carPlugged, Session session, boolean carFull, double offeredA,
            boolean remoteWaiting) {
        if (session == Session.RUNNING) {
            return carFull ? "SuspendedEV" : offeredA <= 0 ? "SuspendedEVSE" : "Charging";
        }
        if (!operative) {
            return "Unavailable";
        }
        if (!carPlugged) {
            return remoteWaiting ? "Preparing" : "Available";
        }
        return session == Session.ENDED ? "Finishing" : "Preparing";
    }
}
