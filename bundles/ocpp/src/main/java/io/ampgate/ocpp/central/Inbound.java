package io.ampgate.ocpp.central;

import com.fasterxml.jackson.databind.JsonNode;
import io.ampgate.api.event.Topics;
import io.ampgate.api.station.ConnectorStatus;
import io.ampgate.ocpp.link.CallHandler;
import io.ampgate.ocpp.link.CallRefusal;
import io.ampgate.ocpp.message.BootNotificationRequest;
import io.ampgate.ocpp.message.BootNotificationResponse;
import io.ampgate.ocpp.message.ChargePointStatus;
import io.ampgate.ocpp.message.DataTransferRequest;
import io.ampgate.ocpp.message.DataTransferResponse;
import io.ampgate.ocpp.message.DataTransferStatus;
import io.ampgate.ocpp.message.DiagnosticsStatusNotificationRequest;
import io.ampgate.ocpp.message.FirmwareStatusNotificationRequest;
import io.ampgate.ocpp.message.HeartbeatResponse;
import io.ampgate.ocpp.message.RegistrationStatus;
import io.ampgate.ocpp.message.StatusNotificationRequest;
import io.ampgate.ocpp.rpc.ErrorCode;
import io.ampgate.store.event.Severity;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The central system's answers to one station's CALLs. Stations nobody registered may boot, beat
 * and report their connectors (so the installer sees what they are), but their badge and
 * transaction messages are refused with SecurityError until they are registered.
 */
final class Inbound implements CallHandler {

    /** Security-extension messages a station may send, answered without acting on them. */
    private static final Set<String> ACKNOWLEDGED = Set.of("LogStatusNotification", "SignedFirmwareStatusNotification");

    private final String stationId;
    private final Central central;
    private final Consumer<Runnable> afterAnswer;
    private final Transactions transactions;
    private boolean ready;

    /**
     * The handler of one connection.
     *
     * @param afterAnswer runs a task once the answer being prepared has been sent (the link's order)
     */
    Inbound(String stationId, Central central, Consumer<Runnable> afterAnswer) {
        this.stationId = stationId;
        this.central = central;
        this.afterAnswer = afterAnswer;
        this.transactions = new Transactions(stationId, central, afterAnswer);
    }

    @Override
    public JsonNode handle(String action, JsonNode payload) throws CallRefusal {
        JsonNode answer = answer(action, payload);
        // a registered station is ready at an accepted boot (again after each reboot: it may have lost
        // its profiles), or at its first other message when it came back without booting
        boolean booted = action.equals("BootNotification") && "Accepted".equals(answer.path("status").asText());
        if (booted || (!ready && !action.equals("BootNotification") && central.registry().isRegistered(stationId))) {
            ready = true;
            afterAnswer.accept(() -> central.followUps().stationReady(stationId));
        }
        return answer;
    }

    private JsonNode answer(String action, JsonNode payload) throws CallRefusal {
        StationState state = central.registry().state(stationId);
        central.registry().seen(stationId);
        return switch (action) {
            case "BootNotification" -> Json.write(boot(state, Json.read(payload, BootNotificationRequest.class)));
            case "Heartbeat" -> Json.write(new HeartbeatResponse(now()));
            case "StatusNotification" -> {
                status(state, Json.read(payload, StatusNotificationRequest.class));
                yield Json.empty();
            }
            case "DiagnosticsStatusNotification" -> {
                String status = Json.wire(Json.read(payload, DiagnosticsStatusNotificationRequest.class).status());
                central.notifier().record(stationId, Severity.INFO, "diagnostics", "Diagnostics upload: " + status);
                yield Json.empty();
            }
            case "FirmwareStatusNotification" -> {
                String status = Json.wire(Json.read(payload, FirmwareStatusNotificationRequest.class).status());
                Severity severity = status.endsWith("Failed") ? Severity.WARNING : Severity.INFO;
                central.notifier().record(stationId, severity, "firmware", "Firmware update: " + status);
                yield Json.empty();
            }
            case "DataTransfer" -> {
                DataTransferRequest request = Json.read(payload, DataTransferRequest.class);
                central.notifier().record(stationId, Severity.INFO, "data-transfer",
                        "Data transfer from vendor " + request.vendorId() + " ignored (no handler for that vendor)");
                yield Json.write(new DataTransferResponse(DataTransferStatus.UNKNOWN_VENDOR_ID, null));
            }
            case "SecurityEventNotification" -> {
                central.notifier().record(stationId, Severity.WARNING, "security-event",
                        "Security event " + payload.path("type").asText() + " " + payload.path("techInfo").asText(""));
                yield Json.empty();
            }
            case "SignCertificate" -> Json.object("status", "Rejected");
            case "Authorize", "StartTransaction", "StopTransaction", "MeterValues" -> {
                requireRegistered();
                yield transactions.handle(action, payload);
            }
            default -> {
                if (ACKNOWLEDGED.contains(action)) {
                    yield Json.empty();
                }
                throw new CallRefusal(ErrorCode.NotSupported, action + " is not a message a charge point sends");
            }
        };
    }

    private void requireRegistered() throws CallRefusal {
        if (!central.registry().isRegistered(stationId) && central.policy().unknownStations() != RegistrationStatus.ACCEPTED) {
            throw new CallRefusal(ErrorCode.SecurityError, "charge point " + stationId + " is not registered");
        }
    }

    private BootNotificationResponse boot(StationState state, BootNotificationRequest boot) {
        central.registry().store().recordIdentity(stationId, boot.chargePointVendor(), boot.chargePointModel(),
                boot.chargePointSerialNumber(), boot.chargeBoxSerialNumber(), boot.firmwareVersion());
        RegistrationStatus status = central.registry().isRegistered(stationId)
                ? RegistrationStatus.ACCEPTED : central.policy().unknownStations();
        state.bootStatus(Json.wire(status));
        central.notifier().record(stationId, status == RegistrationStatus.ACCEPTED ? Severity.INFO : Severity.WARNING,
                "boot", "Booted: " + boot.chargePointVendor() + " " + boot.chargePointModel() + ", firmware "
                        + (boot.firmwareVersion() == null ? "?" : boot.firmwareVersion()) + "; answered "
                        + Json.wire(status));
        return new BootNotificationResponse(status, now(), central.policy().heartbeatInterval());
    }

    private void status(StationState state, StatusNotificationRequest report) {
        Instant at = now();
        int number = report.connectorId();
        String error = Json.wire(report.errorCode());
        String info = report.info() == null ? "" : report.info();
        if (number != 0) {
            ConnectorStatus status = ConnectorStatus.fromOcpp(Json.wire(report.status())).orElseThrow();
            StationState.Connector before = state.connector(number, at);
            state.update(number, before.withStatus(status, error, info, at));
            central.notifier().post(Topics.STATION_STATUS, stationId, Map.of(Topics.PROP_CONNECTOR, number,
                    Topics.PROP_STATUS, status.name(), Topics.PROP_STATE, state.apiState(number, at)));
        }
        boolean fault = report.status() == ChargePointStatus.FAULTED;
        String where = number == 0 ? "Station" : "Connector " + number;
        central.notifier().record(stationId, fault ? Severity.ALARM : Severity.INFO,
                fault ? "connector-fault" : "connector-status",
                where + ": " + Json.wire(report.status()) + ("NoError".equals(error) ? "" : " (" + error + ")")
                        + (info.isEmpty() ? "" : " " + info)
                        + (report.vendorErrorCode() == null ? "" : " vendor code " + report.vendorErrorCode()));
    }

    private Instant now() {
        return central.clock().instant();
    }

}
