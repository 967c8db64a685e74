package io.ampgate.simulator.ocpp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * What a well-behaved OCPP 1.6 station answers to each of the 19 CALLs a central system can send,
 * kept in and read from the {@link StationState}; and what it does once it has answered
 * (TriggerMessage sends the message asked for; remote start and stop, when enabled, really start
 * and stop a transaction).
 */
final class DefaultAnswers {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ChargePointSimulator station;
    private final StationState state;
    private final boolean remoteTransactions;
    private final Map<String, Function<JsonNode, ObjectNode>> answers;

    DefaultAnswers(ChargePointSimulator station, boolean remoteTransactions) {
        this.station = station;
        this.state = station.state();
        this.remoteTransactions = remoteTransactions;
        SmartChargingAnswers smartCharging = new SmartChargingAnswers(state, station::now);
        this.answers = Map.ofEntries(
                Map.entry("CancelReservation", p -> status(
                        state.cancelReservation(p.path("reservationId").asInt()) ? "Accepted" : "Rejected")),
                Map.entry("ChangeAvailability", this::changeAvailability),
                Map.entry("ChangeConfiguration", this::changeConfiguration),
                Map.entry("ClearCache", p -> status("Accepted")),
                Map.entry("ClearChargingProfile", smartCharging::clear),
                Map.entry("DataTransfer", p -> status("UnknownVendorId")),
                Map.entry("GetCompositeSchedule", smartCharging::compositeSchedule),
                Map.entry("GetConfiguration", this::getConfiguration),
                Map.entry("GetDiagnostics", p -> NODES.objectNode().put("fileName", "diagnostics.log")),
                Map.entry("GetLocalListVersion",
                        p -> NODES.objectNode().put("listVersion", state.localListVersion())),
                Map.entry("RemoteStartTransaction", this::remoteStart),
                Map.entry("RemoteStopTransaction", p -> status(
                        state.connectorOf(p.path("transactionId").asInt()).isPresent() ? "Accepted" : "Rejected")),
                Map.entry("ReserveNow", this::reserveNow),
                Map.entry("Reset", p -> status("Accepted")),
                Map.entry("SendLocalList", this::sendLocalList),
                Map.entry("SetChargingProfile", smartCharging::set),
                Map.entry("TriggerMessage", this::triggerMessage),
                Map.entry("UnlockConnector", p -> status(
                        connector(p) > 0 && state.hasConnector(connector(p)) ? "Unlocked" : "NotSupported")),
                Map.entry("UpdateFirmware", p -> NODES.objectNode()));
    }

    /** The answer to {@code call}: NotImplemented for an action OCPP 1.6 does not define. */
    Answer answer(ReceivedCall call) {
        Function<JsonNode, ObjectNode> answer = answers.get(call.action());
        if (answer == null) {
            return Answer.error("NotImplemented", "unknown action " + call.action());
        }
        return Answer.result(answer.apply(call.payload()));
    }

    /** What the station does once {@code answer} to {@code call} is on its way. */
    void afterAnswer(ReceivedCall call, Answer answer) {
        if (!(answer instanceof Answer.Result result)
                || !"Accepted".equals(result.payload().path("status").asText())) {
            return;
        }
        JsonNode p = call.payload();
        switch (call.action()) {
            case "TriggerMessage" -> trigger(p.path("requestedMessage").asText(), optionalConnector(p));
            case "RemoteStartTransaction" -> {
                if (remoteTransactions) {
                    remoteStartConnector(p).ifPresent(connector -> station.startTransaction(connector,
                            p.path("idTag").asText(), (long) state.energyWh(connector), station.now()));
                }
            }
            case "RemoteStopTransaction" -> {
                int transactionId = p.path("transactionId").asInt();
                OptionalInt connector = state.connectorOf(transactionId);
                if (remoteTransactions && connector.isPresent()) {
                    station.stopTransaction(transactionId, (long) state.energyWh(connector.getAsInt()),
                            station.now(), "Remote", null);
                }
            }
            default -> {
                // nothing follows the other answers
            }
        }
    }

    private ObjectNode changeAvailability(JsonNode p) {
        int connector = connector(p);
        return status(state.hasConnector(connector)
                ? state.changeAvailability(connector, p.path("type").asText()) : "Rejected");
    }

    private ObjectNode changeConfiguration(JsonNode p) {
        String key = p.path("key").asText();
        Optional<StationState.ConfigurationKey> known = state.configuration(key);
        if (known.isEmpty()) {
            return status("NotSupported");
        }
        if (known.get().readonly()) {
            return status("Rejected");
        }
        state.configure(key, p.path("value").asText(), false);
        return status("Accepted");
    }

    private ObjectNode getConfiguration(JsonNode p) {
        ObjectNode answer = NODES.objectNode();
        var found = answer.putArray("configurationKey");
        if (!p.has("key")) {
            state.configuration().forEach(k -> found.addObject().put("key", k.key())
                    .put("readonly", k.readonly()).put("value", k.value()));
            return answer;
        }
        var unknown = NODES.arrayNode();
        for (JsonNode key : p.get("key")) {
            state.configuration(key.asText()).ifPresentOrElse(
                    k -> found.addObject().put("key", k.key()).put("readonly", k.readonly())
                            .put("value", k.value()),
                    () -> unknown.add(key.asText()));
        }
        if (!unknown.isEmpty()) {
            answer.set("unknownKey", unknown);
        }
        return answer;
    }

    private ObjectNode remoteStart(JsonNode p) {
        OptionalInt connector = remoteStartConnector(p);
        if (connector.isEmpty()) {
            return status("Rejected");
        }
        if (p.has("chargingProfile")) {
            state.installProfile(connector.getAsInt(), p.get("chargingProfile"));
        }
        return status("Accepted");
    }

    /** The connector asked for, if it is free, or else the first free one. */
    private OptionalInt remoteStartConnector(JsonNode p) {
        OptionalInt asked = optionalConnector(p);
        IntStream candidates = asked.isPresent() ? IntStream.of(asked.getAsInt())
                : IntStream.rangeClosed(1, state.connectors());
        return candidates.filter(c -> c > 0 && state.hasConnector(c) && state.transaction(c).isEmpty())
                .findFirst();
    }

    private ObjectNode reserveNow(JsonNode p) {
        int connector = connector(p);
        return status(state.hasConnector(connector)
                ? state.reserve(p.path("reservationId").asInt(), connector) : "Rejected");
    }

    private ObjectNode sendLocalList(JsonNode p) {
        state.updateLocalList(p.path("listVersion").asInt(), "Full".equals(p.path("updateType").asText()),
                p.path("localAuthorizationList"));
        return status("Accepted");
    }

    private ObjectNode triggerMessage(JsonNode p) {
        OptionalInt connector = optionalConnector(p);
        if (connector.isPresent() && !state.hasConnector(connector.getAsInt())) {
            return status("Rejected");
        }
        return status(switch (p.path("requestedMessage").asText()) {
            case "BootNotification", "DiagnosticsStatusNotification", "FirmwareStatusNotification",
                    "Heartbeat", "MeterValues", "StatusNotification" -> "Accepted";
            default -> "NotImplemented";
        });
    }

    private void trigger(String message, OptionalInt connector) {
        switch (message) {
            case "BootNotification" -> station.bootNotification();
            case "DiagnosticsStatusNotification" -> station.diagnosticsStatusNotification("Idle");
            case "FirmwareStatusNotification" -> station.firmwareStatusNotification("Idle");
            case "Heartbeat" -> station.heartbeat();
            case "MeterValues" -> connectors(connector, 1).forEach(c -> station.meterValues(c,
                    state.transaction(c).isPresent() ? state.transaction(c).getAsInt() : null,
                    state.energyWh(c), 0));
            case "StatusNotification" -> connectors(connector, 0).forEach(
                    c -> station.statusNotification(c, state.status(c), "NoError"));
            default -> {
                // answered NotImplemented, so never here
            }
        }
    }

    /** The connector asked for, or all from {@code first} on. */
    private IntStream connectors(OptionalInt connector, int first) {
        return connector.isPresent() ? IntStream.of(connector.getAsInt())
                : IntStream.rangeClosed(first, state.connectors());
    }

    private static int connector(JsonNode p) {
        return p.path("connectorId").asInt(-1);
    }

    private static OptionalInt optionalConnector(JsonNode p) {
        return p.has("connectorId") ? OptionalInt.of(connector(p)) : OptionalInt.empty();
    }

    static ObjectNode status(String status) {
        return NODES.objectNode().put("status", status);
    }
}
