package io.ampgate.ocpp.central;

import com.fasterxml.jackson.databind.JsonNode;
import io.ampgate.api.auth.AuthorizationRequest;
import io.ampgate.api.event.Topics;
import io.ampgate.ocpp.link.CallRefusal;
import io.ampgate.ocpp.message.AuthorizationStatus;
import io.ampgate.ocpp.message.AuthorizeRequest;
import io.ampgate.ocpp.message.AuthorizeResponse;
import io.ampgate.ocpp.message.MeterValue;
import io.ampgate.ocpp.message.MeterValuesRequest;
import io.ampgate.ocpp.message.StartTransactionRequest;
import io.ampgate.ocpp.message.StartTransactionResponse;
import io.ampgate.ocpp.message.StopTransactionRequest;
import io.ampgate.ocpp.message.StopTransactionResponse;
import io.ampgate.ocpp.rpc.ErrorCode;
import io.ampgate.store.event.Severity;
import io.ampgate.store.session.Session;
import io.ampgate.store.session.SessionMeterValue;
import io.ampgate.store.session.SessionStart;
import io.ampgate.store.session.SessionStop;
import io.ampgate.store.session.StartedBy;
import io.ampgate.store.session.StopReason;
import io.ampgate.store.session.StoppedBy;
import io.ampgate.store.site.Badge;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Badges, transactions and meter values of one station. Sessions are stored through the store's
 * idempotent session repository, so a StartTransaction or StopTransaction repeated after a
 * reconnect never creates a second session. A session is started by a local badge, by a remote
 * start the gateway sent, or (its start time before the current connection) by the station while
 * it was offline; see {@link StopAttribution} for how its end is recorded.
 */
final class Transactions {

    /** How much older than the connection a StartTransaction must be to count as kept offline. */
    static final Duration OFFLINE_TOLERANCE = Duration.ofSeconds(30);

    private final String stationId;
    private final Central central;
    private final Consumer<Runnable> afterAnswer;
    private final Credits credits;
    private final StopAttribution attribution;

    Transactions(String stationId, Central central, Consumer<Runnable> afterAnswer) {
        this.stationId = stationId;
        this.central = central;
        this.afterAnswer = afterAnswer;
        this.credits = new Credits(stationId, central, afterAnswer, OFFLINE_TOLERANCE);
        this.attribution = new StopAttribution(stationId, central);
    }

    JsonNode handle(String action, JsonNode payload) throws CallRefusal {
        return switch (action) {
            case "Authorize" -> Json.write(authorize(Json.read(payload, AuthorizeRequest.class).idTag()));
            case "StartTransaction" -> Json.write(start(Json.read(payload, StartTransactionRequest.class)));
            case "StopTransaction" -> Json.write(stop(Json.read(payload, StopTransactionRequest.class)));
            case "MeterValues" -> {
                meterValues(Json.read(payload, MeterValuesRequest.class));
                yield Json.empty();
            }
            default -> throw new CallRefusal(ErrorCode.NotSupported, action);
        };
    }

    private AuthorizeResponse authorize(String idTag) {
        boolean remote = central.registry().state(stationId).remote().start(idTag, 0, now()).isPresent();
        return new AuthorizeResponse(central.authorizer().check(idTag, stationId, 0,
                remote ? AuthorizationRequest.Purpose.REMOTE_START : AuthorizationRequest.Purpose.AUTHORIZE, now()).info());
    }

    private StartTransactionResponse start(StartTransactionRequest start) throws CallRefusal {
        StationState state = central.registry().state(stationId);
        boolean offline = state.beforeConnection(start.timestamp(), OFFLINE_TOLERANCE);
        Optional<RemoteRequests.Start> remote = offline ? Optional.empty()
                : state.remote().start(start.idTag(), start.connectorId(), now());
        Authorizer.Decision decision = central.authorizer().check(start.idTag(), stationId, start.connectorId(),
                remote.isPresent() ? AuthorizationRequest.Purpose.REMOTE_START : AuthorizationRequest.Purpose.START,
                now());
        StartedBy startedBy = offline ? StartedBy.OFFLINE_REPLAY
                : remote.map(RemoteRequests.Start::startedBy).orElse(StartedBy.LOCAL_BADGE);
        Badge badge = decision.badge();
        String zone = central.registry().store().find(stationId).map(s -> s.zoneId()).orElse(null);
        Optional<Session> open = central.sessions().running(stationId, start.connectorId());
        Session session = central.sessions().start(new SessionStart(stationId, start.connectorId(), start.idTag(),
                badge == null || badge.holder().isEmpty() ? null : badge.holder(),
                badge == null || badge.chargeUserId() == null ? null : badge.chargeUserId().toString(), zone,
                startedBy, start.timestamp(), start.meterStart()));
        if (session.id() > Integer.MAX_VALUE) {
            throw new CallRefusal(ErrorCode.InternalError, "transaction ids are exhausted");
        }
        int transactionId = (int) session.id();
        boolean repeated = state.running().containsKey(transactionId) || !session.isRunning();
        if (repeated) {
            return new StartTransactionResponse(decision.info(), transactionId);
        }
        open.filter(old -> old.id() != session.id()).ifPresent(old -> closeAbandoned(state, start, old, session.id()));
        state.running().put(transactionId, new RunningSession(session.id(), session.badgeUid(),
                decision.verdict().parentIdTag(), start.meterStart(), badge != null && !badge.credit().unlimited()));
        remote.ifPresent(r -> {
            state.remote().forget(r);
            central.notifier().record(stationId, Severity.INFO, "remote-start", "Session " + transactionId
                    + " on connector " + start.connectorId() + " started remotely for badge " + start.idTag()
                    + (r.requestedBy() == null ? "" : ", requested by " + r.requestedBy()));
        });
        if (badge != null && decision.info().status() == AuthorizationStatus.ACCEPTED) {
            central.badges().recordUse(badge.id(), now());
        }
        StationState.Connector before = state.connector(start.connectorId(), now());
        state.update(start.connectorId(), before.withTransaction(transactionId, start.meterStart(), now()));
        afterAnswer.accept(() -> central.followUps().transactionStarted(stationId, start.connectorId()));
        central.notifier().post(Topics.SESSION_STARTED, stationId, Map.of(Topics.PROP_SESSION_ID,
                Integer.toString(transactionId), Topics.PROP_CONNECTOR, start.connectorId(),
                Topics.PROP_ID_TAG, start.idTag()));
        return new StartTransactionResponse(decision.info(), transactionId);
    }

    /**
     * A station that starts a transaction on a connector where another one is still open lost that one
     * (a power cut, a reboot, a StopTransaction it never sent): the old session is closed when the new
     * one starts, so it does not stay "charging" for ever; it ends like any other (credit, event).
     */
    private void closeAbandoned(StationState state, StartTransactionRequest start, Session old, long newSession) {
        long meterStop = Math.max(old.meterStartWh(), start.meterStart());
        Optional<Session> closed;
        try {
            closed = central.sessions().stop(old.id(), new SessionStop(start.timestamp().isBefore(old.startTime())
                    ? old.startTime() : start.timestamp(), meterStop, StoppedBy.STATION, null, StopReason.OTHER,
                    central.zones().energyPrice(old.zoneId()).orElse(null)));
        } catch (IllegalArgumentException e) {
            central.notifier().record(stationId, Severity.WARNING, "transaction-abandoned",
                    "Session " + old.id() + " could not be closed: " + e.getMessage());
            return;
        }
        RunningSession tracked = state.running().remove((int) old.id());
        central.notifier().record(stationId, Severity.WARNING, "transaction-abandoned", "Session " + old.id()
                + " on connector " + start.connectorId() + " closed: the station started transaction " + newSession
                + " there without stopping it");
        closed.ifPresent(s -> ended(s, tracked, StopReason.OTHER));
    }

    private StopTransactionResponse stop(StopTransactionRequest stop) {
        Authorizer.Decision stopper = stop.idTag() == null ? null : central.authorizer().check(stop.idTag(), stationId,
                0, AuthorizationRequest.Purpose.STOP, now());
        StopTransactionResponse answer = new StopTransactionResponse(stopper == null ? null : stopper.info());
        StationState state = central.registry().state(stationId);
        int transactionId = stop.transactionId();
        RunningSession tracked = state.running().remove(transactionId);
        int connector = state.connectorOf(transactionId);
        if (connector > 0) {
            state.update(connector, state.connector(connector, now()).withTransaction(null, stop.meterStop(), now()));
        }
        // another station's transaction is none of this station's business
        Optional<Session> before = central.sessions().find(transactionId).filter(s -> s.stationId().equals(stationId));
        if (before.isEmpty() || !before.get().isRunning()) {
            // a closed one is a stop sent again (after a reconnect): worth a note, not a warning
            central.notifier().record(stationId, before.isEmpty() ? Severity.WARNING : Severity.INFO,
                    "transaction-unknown", "StopTransaction for "
                    + (before.isEmpty() ? "unknown" : "already closed") + " transaction " + transactionId
                    + ": nothing recorded");
            return answer;
        }
        if (stop.transactionData() != null) {
            storeMeterValues(transactionId, stop.transactionData(), tracked);
        }
        StopReason stated = stop.reason() == null ? null : StopReason.fromOcpp(Json.wire(stop.reason()));
        StopReason reason = stated == null ? StopReason.LOCAL : stated;
        StopAttribution.Attribution by = attribution.of(state, before.get(), tracked, stop.idTag(),
                stopper == null ? null : stopper.verdict().parentIdTag(), stated, now());
        Optional<Session> stopped;
        try {
            stopped = central.sessions().stop(transactionId, new SessionStop(stop.timestamp(), stop.meterStop(),
                    by.by(), by.who(), reason, central.zones().energyPrice(before.get().zoneId()).orElse(null)));
        } catch (IllegalArgumentException e) {
            central.notifier().record(stationId, Severity.WARNING, "transaction-unknown",
                    "StopTransaction " + transactionId + " refused by the store: " + e.getMessage());
            return answer;
        }
        stopped.ifPresent(s -> ended(s, tracked, reason));
        return answer;
    }

    /** A session that ended, however: its energy charged to its badge's credit, and {@link Topics#SESSION_STOPPED}. */
    private void ended(Session s, RunningSession tracked, StopReason reason) {
        credits.stopped(s, tracked);
        Map<String, Object> props = new HashMap<>();
        props.put(Topics.PROP_SESSION_ID, Long.toString(s.id()));
        props.put(Topics.PROP_CONNECTOR, s.connectorId());
        props.put(Topics.PROP_REASON, reason.ocppName());
        if (s.badgeUid() != null) {
            props.put(Topics.PROP_ID_TAG, s.badgeUid());
        }
        props.put(Topics.PROP_ENERGY_WH, s.energyWh());
        central.notifier().post(Topics.SESSION_STOPPED, stationId, props);
    }

    private void meterValues(MeterValuesRequest request) {
        Reading reading = Reading.of(request.meterValue());
        int connector = request.connectorId();
        if (connector > 0 && reading.time() != null) {
            StationState state = central.registry().state(stationId);
            state.update(connector, state.connector(connector, now()).withReading(reading, now()));
            var api = state.apiState(connector, now());
            central.notifier().post(Topics.STATION_STATUS, stationId, Map.of(Topics.PROP_CONNECTOR, connector,
                    Topics.PROP_STATUS, api.status().name(), Topics.PROP_STATE, api));
        }
        Integer transactionId = request.transactionId();
        if (transactionId == null) {
            return;
        }
        StationState state = central.registry().state(stationId);
        RunningSession running = state.running().get(transactionId);
        if (running == null) {
            Optional<Session> session = central.sessions().find(transactionId);
            running = session.map(s -> credits.track(state, s)).orElse(null);
            if (running == null) {
                session.ifPresent(s -> storeMeterValues(s.id(), request.meterValue(), null)); // late values of a stopped session
                return;
            }
        }
        storeMeterValues(transactionId, request.meterValue(), running);
        credits.metered(state, transactionId, running, reading.energyWh(), reading.time());
    }

    /** Stores the values, those of a tracked session only once. */
    private void storeMeterValues(long sessionId, List<MeterValue> values, RunningSession tracked) {
        List<SessionMeterValue> rows = new ArrayList<>();
        for (MeterValue value : values) {
            Reading r = Reading.of(List.of(value));
            if (r.time() != null && (tracked == null || tracked.newSample(r.time()))) {
                rows.add(new SessionMeterValue(sessionId, r.time(), r.energyWh(), r.totalPower(), r.powerPerPhase(),
                        r.current(), r.voltage()));
            }
        }
        if (!rows.isEmpty()) {
            central.meterValues().append(rows);
        }
    }

    private Instant now() {
        return central.clock().instant();
    }

}
