package io.ampgate.ocpp.central;

import io.ampgate.api.station.StopCause;
import io.ampgate.store.session.StartedBy;
import io.ampgate.store.session.StoppedBy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The remote starts and stops the gateway asked one station for, kept until the station reports the
 * transaction (or a few minutes), so that the session's record says who started or stopped it.
 */
final class RemoteRequests {

    /** How long a request waits for the station's StartTransaction or StopTransaction. */
    static final Duration KEPT = Duration.ofMinutes(3);
    /** A requestedBy starting with this names a caller of the gateway's API, not an operator. */
    static final String API_CALLER = "api:";

    /** A RemoteStartTransaction sent for a badge on a connector. */
    record Start(int connector, String idTag, String requestedBy, Instant until) {
        StartedBy startedBy() {
            return requestedBy != null && requestedBy.startsWith(API_CALLER)
                    ? StartedBy.REMOTE_API : StartedBy.REMOTE_OPERATOR;
        }
    }

    /** A RemoteStopTransaction sent for a transaction. */
    record Stop(StopCause cause, String requestedBy, Instant until) {
        StoppedBy stoppedBy() {
            return switch (cause) {
                case OPERATOR -> StoppedBy.OPERATOR;
                case REMOTE_API -> StoppedBy.REMOTE_API;
                case ENERGY_MANAGER -> StoppedBy.ENERGY_MANAGER;
                case CREDIT_EXHAUSTED -> StoppedBy.CREDIT_EXHAUSTED;
            };
        }
    }

    private final List<Start> starts = new CopyOnWriteArrayList<>();
    private final Map<Integer, Stop> stops = new ConcurrentHashMap<>();

    Start startAsked(int connector, String idTag, String requestedBy, Instant now) {
        Start start = new Start(connector, idTag, requestedBy, now.plus(KEPT));
        starts.removeIf(s -> s.until().isBefore(now));
        starts.add(start);
        return start;
    }

    /**
     * The live remote start for a badge on a connector (0: any connector, as for Authorize).
     */
    Optional<Start> start(String idTag, int connector, Instant now) {
        return starts.stream().filter(s -> !s.until().isBefore(now) && s.idTag().equalsIgnoreCase(idTag)
                && (connector == 0 || s.connector() == connector)).findFirst();
    }

    /** The station started it, or refused: the request is done. */
    void forget(Start start) {
        starts.remove(start);
    }

    Stop stopAsked(int transactionId, StopCause cause, String requestedBy, Instant now) {
        Stop stop = new Stop(cause, requestedBy, now.plus(KEPT));
        stops.values().removeIf(s -> s.until().isBefore(now));
        stops.put(transactionId, stop);
        return stop;
    }

    void forget(int transactionId, Stop stop) {
        stops.remove(transactionId, stop);
    }

    /** The live remote stop of a transaction, taken: the station has stopped it. */
    Optional<Stop> stopped(int transactionId, Instant now) {
        return Optional.ofNullable(stops.remove(transactionId)).filter(s -> !s.until().isBefore(now));
    }
}
