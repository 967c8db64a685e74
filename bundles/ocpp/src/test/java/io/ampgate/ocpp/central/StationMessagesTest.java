package io.ampgate.ocpp.central;

import static io.ampgate.ocpp.central.CentralFixture.MAX_MESSAGE_BYTES;
import static io.ampgate.ocpp.central.CentralFixture.WAIT;
import static io.ampgate.ocpp.central.CentralFixture.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ampgate.ocpp.message.AuthorizationStatus;
import io.ampgate.ocpp.message.AuthorizeResponse;
import io.ampgate.ocpp.message.BootNotificationResponse;
import io.ampgate.ocpp.message.ChargePointRequest;
import io.ampgate.ocpp.message.DataTransferResponse;
import io.ampgate.ocpp.message.DataTransferStatus;
import io.ampgate.ocpp.message.DiagnosticsStatusNotificationResponse;
import io.ampgate.ocpp.message.FirmwareStatusNotificationResponse;
import io.ampgate.ocpp.message.HeartbeatResponse;
import io.ampgate.ocpp.message.Messages;
import io.ampgate.ocpp.message.MeterValuesResponse;
import io.ampgate.ocpp.message.RegistrationStatus;
import io.ampgate.ocpp.message.StartTransactionResponse;
import io.ampgate.ocpp.message.StatusNotificationResponse;
import io.ampgate.ocpp.message.StopTransactionResponse;
import io.ampgate.ocpp.schema.PayloadKind;
import io.ampgate.ocpp.schema.PayloadValidator;
import io.ampgate.simulator.ocpp.Answer;
import io.ampgate.simulator.ocpp.ChargePointSimulator;
import io.ampgate.simulator.ocpp.Payloads;
import io.ampgate.store.event.Event;
import io.ampgate.store.event.Severity;
import io.ampgate.store.site.Badge;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a station sends, and what the central system answers: the 10 messages of OCPP 1.6, the
 * security-extension messages, actions a station must not send, the size limit, and the events
 * that status reports leave in the station's event list.
 */
class StationMessagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PayloadValidator SCHEMAS = PayloadValidator.ocpp16();
    /** The request records {@link #exchange} has sent. */
    private static final Set<Class<?>> SENT = ConcurrentHashMap.newKeySet();
    private static CentralFixture central;

    @BeforeAll
    static void start() throws Exception {
        central = new CentralFixture(RegistrationStatus.PENDING, Duration.ofSeconds(5));
        central.badges.save(Badge.of("BADGE-IN", "Grace"));
    }

    @AfterAll
    static void stop() throws Exception {
        central.close();
    }

    /** Sends a CALL, checks the answer against the schema and reads it as the action's answer record. */
    private static <R> R exchange(ChargePointSimulator cp, String action, JsonNode payload, Class<R> answerType)
            throws Exception {
        JsonNode answer = result(cp.call(action, payload));
        assertThat(SCHEMAS.check(action, PayloadKind.CONFIRMATION, answer)).as(action + " answered " + answer).isEmpty();
        ChargePointRequest<?> request = Messages.fromPayload(payload,
                Messages.chargePointRequestType(action).orElseThrow());
        assertThat(request.responseType()).isEqualTo(answerType);
        SENT.add(request.getClass());
        return Messages.fromPayload(answer, answerType);
    }

    @Test
    void everyMessageOfAStationIsAnsweredValidly() throws Exception {
        ChargePointSimulator cp = central.connectRegistered("CP-IN");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        BootNotificationResponse boot = exchange(cp, "BootNotification", Payloads.bootNotification("Acme", "Wallbox"),
                BootNotificationResponse.class);
        HeartbeatResponse heartbeat = exchange(cp, "Heartbeat", Payloads.heartbeat(), HeartbeatResponse.class);
        AuthorizeResponse authorize = exchange(cp, "Authorize", Payloads.authorize("BADGE-IN"), AuthorizeResponse.class);
        StartTransactionResponse started = exchange(cp, "StartTransaction",
                Payloads.startTransaction(1, "BADGE-IN", 100, now), StartTransactionResponse.class);
        int tx = started.transactionId();
        MeterValuesResponse meterValues = exchange(cp, "MeterValues",
                Payloads.meterValues(1, tx, now.plusSeconds(60), 600, 7200, 10.5, 10.5, 10.5), MeterValuesResponse.class);
        StatusNotificationResponse status = exchange(cp, "StatusNotification",
                Payloads.statusNotification(1, "Charging", "NoError", now), StatusNotificationResponse.class);
        StopTransactionResponse stopped = exchange(cp, "StopTransaction",
                Payloads.stopTransaction(tx, 2100, now.plusSeconds(900), "EVDisconnected", "BADGE-IN"),
                StopTransactionResponse.class);
        DataTransferResponse dataTransfer = exchange(cp, "DataTransfer",
                Payloads.dataTransfer("com.acme", "Telemetry", "{}"), DataTransferResponse.class);
        DiagnosticsStatusNotificationResponse diagnostics = exchange(cp, "DiagnosticsStatusNotification",
                Payloads.diagnosticsStatusNotification("Uploaded"), DiagnosticsStatusNotificationResponse.class);
        FirmwareStatusNotificationResponse firmware = exchange(cp, "FirmwareStatusNotification",
                Payloads.firmwareStatusNotification("Installed"), FirmwareStatusNotificationResponse.class);

        assertThat(boot.status()).isEqualTo(RegistrationStatus.ACCEPTED);
        assertThat(boot.interval()).isEqualTo(300);
        assertThat(heartbeat.currentTime()).isBetween(now.minusSeconds(60), now.plusSeconds(60));
        assertThat(authorize.idTagInfo().status()).isEqualTo(AuthorizationStatus.ACCEPTED);
        assertThat(started.idTagInfo().status()).isEqualTo(AuthorizationStatus.ACCEPTED);
        assertThat(tx).isPositive();
        assertThat(stopped.idTagInfo().status()).isEqualTo(AuthorizationStatus.ACCEPTED);
        assertThat(central.sessions.find(tx).orElseThrow().energyWh()).isEqualTo(2000L);
        assertThat(dataTransfer.status()).isEqualTo(DataTransferStatus.UNKNOWN_VENDOR_ID);
        assertThat(meterValues).isEqualTo(new MeterValuesResponse());
        assertThat(status).isEqualTo(new StatusNotificationResponse());
        assertThat(diagnostics).isEqualTo(new DiagnosticsStatusNotificationResponse());
        assertThat(firmware).isEqualTo(new FirmwareStatusNotificationResponse());
        assertThat(SENT).as("every message a station sends").containsExactlyInAnyOrder(
                ChargePointRequest.class.getPermittedSubclasses());
    }

    @Test
    void securityExtensionMessagesAreAnsweredWithoutActingOnThem() throws Exception {
        ChargePointSimulator cp = central.connect("CP-SEC");
        String now = Payloads.timestamp(Instant.now());

        JsonNode event = securityCall(cp, "SecurityEventNotification",
                "{\"type\":\"InvalidFirmwareSignature\",\"timestamp\":\"" + now + "\",\"techInfo\":\"slot B\"}");
        JsonNode sign = securityCall(cp, "SignCertificate", "{\"csr\":\"-----BEGIN CERTIFICATE REQUEST-----\"}");
        JsonNode log = securityCall(cp, "LogStatusNotification", "{\"status\":\"Uploading\",\"requestId\":4}");
        JsonNode firmware = securityCall(cp, "SignedFirmwareStatusNotification", "{\"status\":\"Downloaded\"}");

        assertThat(event).isEqualTo(JSON.createObjectNode());
        assertThat(sign).isEqualTo(JSON.createObjectNode().put("status", "Rejected"));
        assertThat(log).isEqualTo(JSON.createObjectNode());
        assertThat(firmware).isEqualTo(JSON.createObjectNode());
        assertThat(central.events("CP-SEC")).extracting(Event::code, Event::severity, Event::message)
                .contains(Tuple.tuple("security-event", Severity.WARNING, "Security event InvalidFirmwareSignature slot B"));
    }

    private static JsonNode securityCall(ChargePointSimulator cp, String action, String payload) throws Exception {
        assertThat(Messages.SECURITY_EXTENSION_ACTIONS).contains(action);
        JsonNode answer = result(cp.call(action, JSON.readTree(payload)));
        assertThat(SCHEMAS.check(action, PayloadKind.CONFIRMATION, answer)).as(action + " answered " + answer).isEmpty();
        return answer;
    }

    @Test
    void actionsOnlyACentralSystemSendsAreNotSupported() throws Exception {
        ChargePointSimulator cp = central.connectRegistered("CP-ODD");

        for (String[] call : new String[][] {{"Reset", "{\"type\":\"Soft\"}"}, {"GetLocalListVersion", "{}"},
            {"RemoteStartTransaction", "{\"idTag\":\"BADGE-IN\"}"}, {"CertificateSigned", "{\"certificateChain\":\"x\"}"}}) {
            Answer answer = cp.call(call[0], JSON.readTree(call[1])).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(answer).as(call[0]).isInstanceOfSatisfying(Answer.Error.class,
                    error -> assertThat(error.code()).isEqualTo("NotSupported"));
        }
        assertThat(result(cp.heartbeat()).has("currentTime")).isTrue();
    }

    @Test
    void aTextAtTheSizeLimitIsAnsweredAndOneByteMoreClosesWithMessageTooBig() throws Exception {
        ChargePointSimulator cp = central.connect("CP-BIG");

        long mark = cp.textMark();
        cp.sendRaw(dataTransferOfSize("big-1", MAX_MESSAGE_BYTES)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        JsonNode atLimit = JSON.readTree(cp.awaitFrame(mark, "big-1", WAIT));
        cp.sendRaw(dataTransferOfSize("big-2", MAX_MESSAGE_BYTES + 1)).get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(atLimit.get(0).asInt()).isEqualTo(3);
        assertThat(atLimit.get(2).get("status").asText()).isEqualTo("UnknownVendorId");
        assertThat(cp.closed().get(WAIT.toSeconds(), TimeUnit.SECONDS).code()).isEqualTo(1009);
    }

    /** A DataTransfer CALL of exactly {@code bytes} bytes (ASCII). */
    private static String dataTransferOfSize(String messageId, int bytes) {
        String head = "[2,\"" + messageId + "\",\"DataTransfer\",{\"vendorId\":\"com.acme\",\"data\":\"";
        String tail = "\"}]";
        return head + "x".repeat(bytes - head.length() - tail.length()) + tail;
    }

    @Test
    void statusReportsLandInTheEventListWithTheirSeverity() throws Exception {
        ChargePointSimulator cp = central.connectRegistered("CP-EV");

        result(cp.statusNotification(2, "Faulted", "GroundFailure"));
        result(cp.statusNotification(2, "Available", "NoError"));
        result(cp.statusNotification(0, "Unavailable", "NoError"));
        result(cp.firmwareStatusNotification("InstallationFailed"));

        assertThat(central.events("CP-EV")).extracting(Event::code, Event::severity, Event::message).contains(
                Tuple.tuple("connector-fault", Severity.ALARM, "Connector 2: Faulted (GroundFailure)"),
                Tuple.tuple("connector-status", Severity.INFO, "Connector 2: Available"),
                Tuple.tuple("connector-status", Severity.INFO, "Station: Unavailable"),
                Tuple.tuple("firmware", Severity.WARNING, "Firmware update: InstallationFailed"));
        assertThat(central.events("CP-EV")).filteredOn(e -> e.severity() == Severity.ALARM)
                .extracting(Event::code).containsExactly("connector-fault");
    }
}
