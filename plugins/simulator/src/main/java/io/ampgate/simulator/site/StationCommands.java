package io.ampgate.simulator.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ampgate.simulator.ocpp.Answer;
import io.ampgate.simulator.ocpp.ChargePointSimulator;
import io.ampgate.simulator.ocpp.ReceivedCall;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * How a simulated station answers the central system and what it does next. The simulator's
 * default answers keep profiles, availability, configuration and local lists in its state, which
 * the station reads; this adds what a real station does after answering: a remote start starts a
 * session (bringing a car, if the site says so), a remote stop or an unlock stops one,
 * availability changes show in the statuses, a reset restarts the station, and TriggerMessage
 * sends what the station itself would send.
 */
final class StationCommands {

    private static final Logger LOG = System.getLogger(StationCommands.class.getName());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** How long a car brought by a remote start stays. */
    static final Duration REMOTE_CAR_STAY = Duration.ofHours(2);

    private final SimulatedStation station;
    private final ChargePointSimulator cp;
    /** The connector each accepted RemoteStartTransaction chose, by message id, until it is acted on. */
    private final Map<String, Integer> remoteStarts = new ConcurrentHashMap<>();

    StationCommands(SimulatedStation station, ChargePointSimulator cp) {
        this.station = station;
        this.cp = cp;
    }

    void install() {
        cp.handle("RemoteStartTransaction", call -> Optional.of(remoteStart(call)));
        // the default answer, without the default's own follow-up: the station sends from its model
        cp.handle("TriggerMessage", call -> Optional.of(cp.defaultAnswer(call)));
        cp.onAnswered(this::answered);
    }

    /**
     * Accepted on the connector asked for, or else on the first whose car waits, or else the first
     * free one; Rejected when that connector is inoperative or has a session under way.
     */
    private Answer remoteStart(ReceivedCall call) {
        synchronized (station) {
            JsonNode p = call.payload();
            Connector chosen = null;
            if (p.has("connectorId")) {
                int asked = p.path("connectorId").asInt();
                if (asked >= 1 && asked <= station.spec().connectors()) {
                    Connector c = station.connector(asked);
                    chosen = c.freeForRemoteStart(station.operative(asked)) ? c : null;
                }
            } else {
                chosen = station.connectors().stream()
                        .filter(c -> c.carWaiting() && station.operative(c.number)).findFirst()
                        .or(() -> station.connectors().stream()
                                .filter(c -> c.car == null && c.remoteIdTag == null && station.operative(c.number))
                                .findFirst())
                        .orElse(null);
            }
            if (chosen == null) {
                return Answer.result(NODES.objectNode().put("status", "Rejected"));
            }
            ObjectNode onChosen = p.deepCopy();
            onChosen.put("connectorId", chosen.number);
            Answer answer = cp.defaultAnswer(new ReceivedCall(call.messageId(), call.action(), onChosen));
            if (accepted(answer)) {
                chosen.remoteIdTag = p.path("idTag").asText();
                chosen.remoteUntil = station.now().plus(station.configuredSeconds("ConnectionTimeOut", 60));
                remoteStarts.put(call.messageId(), chosen.number);
            }
            return answer;
        }
    }

    private void answered(ReceivedCall call, Answer answer) {
        try {
            JsonNode p = call.payload();
            boolean accepted = accepted(answer);
            switch (call.action()) {
                case "RemoteStartTransaction" -> {
                    Integer connector = remoteStarts.remove(call.messageId());
                    if (accepted && connector != null) {
                        afterRemoteStart(connector);
                    }
                }
                case "RemoteStopTransaction" -> {
                    if (accepted) {
                        synchronized (station) {
                            station.connectorOf(p.path("transactionId").asInt())
                                    .ifPresent(c -> station.stop(c, "Remote"));
                            station.sendStatuses(false);
                        }
                    }
                }
                case "UnlockConnector" -> {
                    if ("Unlocked".equals(status(answer))) {
                        station.unplug(p.path("connectorId").asInt());
                    }
                }
                case "ChangeAvailability", "SetChargingProfile", "ClearChargingProfile" ->
                        station.sendStatuses(false);
                case "Reset" -> {
                    if (accepted) {
                        station.reset(p.path("type").asText("Soft"));
                    }
                }
                case "TriggerMessage" -> {
                    if (accepted) {
                        trigger(p.path("requestedMessage").asText(),
                                p.has("connectorId") ? p.path("connectorId").asInt() : -1);
                    }
                }
                default -> {
                    // the default answer did all there is to do
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "simulated station " + station.id() + ": after " + call.action(), e);
        }
    }

    /** A car waiting there starts; an empty connector gets a car when the site says so. */
    private void afterRemoteStart(int connector) {
        synchronized (station) {
            Connector c = station.connector(connector);
            if (c.car == null && station.settings().carOnRemoteStart()) {
                Instant now = station.now();
                ArrivalPlan plan = station.settings().arrivals();
                station.plugIn(connector, new CarVisit(now, now.plus(REMOTE_CAR_STAY),
                        (plan.minEnergyWh() + plan.maxEnergyWh()) / 2, station.spec().phases(), 16, ""));
            }
            // a car plugged in is started by the next step, with the remote idTag
        }
    }

    private void trigger(String message, int connector) {
        switch (message) {
            case "BootNotification" -> station.boot();
            case "Heartbeat" -> cp.heartbeat();
            case "StatusNotification" -> connectors(connector, 0).forEach(station::sendStatus);
            case "MeterValues" -> connectors(connector == 0 ? -1 : connector, 1).forEach(station::sendSample);
            case "DiagnosticsStatusNotification" -> cp.diagnosticsStatusNotification("Idle");
            case "FirmwareStatusNotification" -> cp.firmwareStatusNotification("Idle");
            default -> {
                // answered NotImplemented: nothing to send
            }
        }
    }

    private IntStream connectors(int asked, int first) {
        return asked >= 0 ? IntStream.of(asked) : IntStream.rangeClosed(first, station.spec().connectors());
    }

    private static boolean accepted(Answer answer) {
        return "Accepted".equals(status(answer));
    }

    private static String status(Answer answer) {
        return answer instanceof Answer.Result result ? result.payload().path("status").asText() : "";
    }
}
