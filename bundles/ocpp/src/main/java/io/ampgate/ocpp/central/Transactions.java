package io.ampgate.ocpp.central;

import com.fasterxml.jackson.databind.JsonNode;
import io.ampgate.api.auth.AuthorizationRequest;
import io.ampgate.api.event.Topics;
import io.ampgate.ocpp.link.CallRefusal;
import io.ampgate.ocpp.message.AuthorizationStatus;
import io.ampgate.ocpp.message.AuthorizeRequest;
import io.ampgate.ocpp.message.AuthorizeResponse;
import io.ampgate.ocpp.message.IdTagInfo;
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
 * reconnect never creates a second session.
 */
final class Transactions {

    private final String stationId;
    private final Central central;
    private final Consumer<Runnable> afterAnswer;

    Transactions(String stationId, Central central, Consumer<Runnable> afterAnswer) {
        this.stationId = stationId;
        this.central = central;
        this.afterAnswer = afterAnswer;
    }

    JsonNode handle(String action, JsonNode payload) throws CallRefusal {
        return switch (action) {
            case "Authorize" -> Json.write(new AuthorizeResponse(
                    central.authorizer().check(Json.read(payload, AuthorizeRequest.class).idTag(), stationId, 0,
                            AuthorizationRequest.Purpose.AUTHORIZE, now()).info()));
            case "StartTransaction" -> Json.write(start(Json.read(payload, StartTransactionRequest.class)));
            case "StopTransaction" -> Json.write(stop(Json.read(payload, StopTransactionRequest.class)));
            case "MeterValues" -> {
                meterValues(Json.read(payload, MeterValuesRequest.class));
                yield Json.empty();
            }
            default -> throw new CallRefusal(ErrorCode.NotSupported, action);
        };
    }

    private StartTransactionResponse start(StartTransactionRequest start) throws CallRefusal {
        Authorizer.Decision decision = central.authorizer().check(start.idTag(), stationId, start.connectorId(),
                AuthorizationRequest.Purpose.START, now());
        Badge badge = decision.badge();
        String zone = central.registry().store().find(stationId).map(s -> s.zoneId()).orElse(null);
        Session session = central.sessions().start(new SessionStart(stationId, start.connectorId(), start.idTag(),
                badge == null || badge.holder().isEmpty() ? null : badge.holder(),
                badge == null || badge.chargeUserId() == null ? null : badge.chargeUserId().toString(), zone,
                StartedBy.LOCAL_BADGE, start.timestamp(), start.meterStart()));
        if (session.id() > Integer.MAX_VALUE) {
            throw new CallRefusal(ErrorCode.InternalError, "transaction ids are exhausted");
        }
        int transactionId = (int) session.id();
        if (badge != null && decision.info().status() == AuthorizationStatus.ACCEPTED) {
            central.badges().recordUse(badge.id(), now());
        }
        StationState state = central.registry().state(stationId);
        StationState.Connector before = state.connector(start.connectorId(), now());
        state.update(start.connectorId(), before.withTransaction(transactionId, start.meterStart(), now()));
        afterAnswer.accept(() -> central.followUps().transactionStarted(stationId, start.connectorId()));
        central.notifier().post(Topics.SESSION_STARTED, stationId, Map.of(Topics.PROP_SESSION_ID,
                Integer.toString(transactionId), Topics.PROP_CONNECTOR, start.connectorId(),
                Topics.PROP_ID_TAG, start.idTag()));
        return new StartTransactionResponse(decision.info(), transactionId);
    }

    private StopTransactionResponse stop(StopTransactionRequest stop) {
        IdTagInfo info = stop.idTag() == null ? null : central.authorizer().check(stop.idTag(), stationId, 0,
                AuthorizationRequest.Purpose.STOP, now()).info();
        StopReason reason = stop.reason() == null ? StopReason.LOCAL : StopReason.fromOcpp(Json.wire(stop.reason()));
        StoppedBy by = stoppedBy(reason, stop.idTag());
        long sessionId = stop.transactionId();
        if (stop.transactionData() != null && central.sessions().find(sessionId).isPresent()) {
            storeMeterValues(sessionId, stop.transactionData());
        }
        Optional<Session> stopped;
        try {
            stopped = central.sessions().stop(sessionId, new SessionStop(stop.timestamp(), stop.meterStop(), by,
                    stop.idTag(), reason, null));
        } catch (IllegalArgumentException e) {
            central.notifier().record(stationId, Severity.WARNING, "transaction-unknown",
                    "StopTransaction " + sessionId + " refused by the store: " + e.getMessage());
            stopped = Optional.empty();
        }
        StationState state = central.registry().state(stationId);
        int connector = state.connectorOf(stop.transactionId());
        if (connector > 0) {
            state.update(connector, state.connector(connector, now()).withTransaction(null, stop.meterStop(), now()));
        }
        if (stopped.isEmpty()) {
            central.notifier().record(stationId, Severity.WARNING, "transaction-unknown",
                    "StopTransaction for unknown transaction " + sessionId);
        } else {
            Session s = stopped.get();
            Map<String, Object> props = new HashMap<>();
            props.put(Topics.PROP_SESSION_ID, Long.toString(sessionId));
            props.put(Topics.PROP_CONNECTOR, s.connectorId());
            props.put(Topics.PROP_REASON, reason.ocppName());
            if (s.badgeUid() != null) {
                props.put(Topics.PROP_ID_TAG, s.badgeUid());
            }
            props.put(Topics.PROP_ENERGY_WH, s.energyWh());
            central.notifier().post(Topics.SESSION_STOPPED, stationId, props);
        }
        return new StopTransactionResponse(info);
    }

    private static StoppedBy stoppedBy(StopReason reason, String idTag) {
        return switch (reason) {
            case EV_DISCONNECTED -> StoppedBy.EV;
            case REMOTE -> StoppedBy.OPERATOR;
            case LOCAL -> idTag == null ? StoppedBy.STATION : StoppedBy.BADGE;
            default -> StoppedBy.STATION;
        };
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
        boolean known = transactionId != null && (central.registry().state(stationId).connectorOf(transactionId) > 0
                || central.sessions().find(transactionId).isPresent());
        if (known) {
            storeMeterValues(transactionId, request.meterValue());
        }
    }

    private void storeMeterValues(long sessionId, List<MeterValue> values) {
        List<SessionMeterValue> rows = new ArrayList<>();
        for (MeterValue value : values) {
            Reading r = Reading.of(List.of(value));
            if (r.time() != null) {
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
