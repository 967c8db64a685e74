package io.ampgate.simulator.ocpp;

import static io.ampgate.simulator.ocpp.TestCentralSystem.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the simulator answers, unasked, to each CALL a central system can send. */
class DefaultAnswersTest {

    /** A valid request of each of the 19 central-system actions of OCPP 1.6. */
    static final Map<String, String> REQUESTS = Map.ofEntries(
            Map.entry("CancelReservation", "{\"reservationId\":7}"),
            Map.entry("ChangeAvailability", "{\"connectorId\":1,\"type\":\"Inoperative\"}"),
            Map.entry("ChangeConfiguration", "{\"key\":\"HeartbeatInterval\",\"value\":\"60\"}"),
            Map.entry("ClearCache", "{}"),
            Map.entry("ClearChargingProfile", "{}"),
            Map.entry("DataTransfer", "{\"vendorId\":\"io.ampgate\",\"messageId\":\"x\"}"),
            Map.entry("GetCompositeSchedule", "{\"connectorId\":1,\"duration\":3600}"),
            Map.entry("GetConfiguration", "{}"),
            Map.entry("GetDiagnostics", "{\"location\":\"ftp://127.0.0.1/diagnostics/\"}"),
            Map.entry("GetLocalListVersion", "{}"),
            Map.entry("RemoteStartTransaction", "{\"idTag\":\"TAG-1\"}"),
            Map.entry("RemoteStopTransaction", "{\"transactionId\":99}"),
            Map.entry("ReserveNow", "{\"connectorId\":1,\"expiryDate\":\"2030-01-01T10:00:00Z\","
                    + "\"idTag\":\"TAG-1\",\"reservationId\":7}"),
            Map.entry("Reset", "{\"type\":\"Soft\"}"),
            Map.entry("SendLocalList", "{\"listVersion\":5,\"updateType\":\"Full\",\"localAuthorizationList\":"
                    + "[{\"idTag\":\"TAG-1\",\"idTagInfo\":{\"status\":\"Accepted\"}}]}"),
            Map.entry("SetChargingProfile", "{\"connectorId\":1,\"csChargingProfiles\":" + profile(1, "TxDefaultProfile", 16)
                    + "}"),
            Map.entry("TriggerMessage", "{\"requestedMessage\":\"Heartbeat\"}"),
            Map.entry("UnlockConnector", "{\"connectorId\":1}"),
            Map.entry("UpdateFirmware", "{\"location\":\"http://127.0.0.1/firmware.bin\","
                    + "\"retrieveDate\":\"2030-01-01T10:00:00Z\"}"));

    /** What each answers on a new station with one connector. */
    static final Map<String, String> ANSWERS = Map.ofEntries(
            Map.entry("CancelReservation", "{\"status\":\"Rejected\"}"),
            Map.entry("ChangeAvailability", "{\"status\":\"Accepted\"}"),
            Map.entry("ChangeConfiguration", "{\"status\":\"Accepted\"}"),
            Map.entry("ClearCache", "{\"status\":\"Accepted\"}"),
            Map.entry("ClearChargingProfile", "{\"status\":\"Unknown\"}"),
            Map.entry("DataTransfer", "{\"status\":\"UnknownVendorId\"}"),
            Map.entry("GetCompositeSchedule", "{\"status\":\"Rejected\"}"),
            Map.entry("GetDiagnostics", "{\"fileName\":\"diagnostics.log\"}"),
            Map.entry("GetLocalListVersion", "{\"listVersion\":0}"),
            Map.entry("RemoteStartTransaction", "{\"status\":\"Accepted\"}"),
            Map.entry("RemoteStopTransaction", "{\"status\":\"Rejected\"}"),
            Map.entry("ReserveNow", "{\"status\":\"Accepted\"}"),
            Map.entry("Reset", "{\"status\":\"Accepted\"}"),
            Map.entry("SendLocalList", "{\"status\":\"Accepted\"}"),
            Map.entry("SetChargingProfile", "{\"status\":\"Accepted\"}"),
            Map.entry("TriggerMessage", "{\"status\":\"Accepted\"}"),
            Map.entry("UnlockConnector", "{\"status\":\"Unlocked\"}"),
            Map.entry("UpdateFirmware", "{}"));

    @AutoClose
    private final TestCentralSystem central = TestCentralSystem.start();
    private ChargePointSimulator station;
    private StationLink link;

    @BeforeEach
    void connect() throws Exception {
        station = ChargePointSimulator.builder("CP-1", central.baseUri()).build();
        link = central.connect(station);
    }

    static Stream<String> actions() {
        return REQUESTS.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("actions")
    void answersEachActionValidlyAndRecordsTheCall(String action) throws Exception {
        JsonNode request = json(REQUESTS.get(action));
        assertThat(Ocpp16Schemas.requestViolations(action, request)).as("test request").isEmpty();

        ArrayNode answer = link.call(action, request).get();

        assertThat(answer.get(0).asInt()).as(answer.toString()).isEqualTo(3);
        assertThat(Ocpp16Schemas.confirmationViolations(action, answer.get(2))).isEmpty();
        if (ANSWERS.containsKey(action)) {
            assertThat(answer.get(2)).isEqualTo(json(ANSWERS.get(action)));
        }
        ReceivedCall call = station.awaitCall(action, TIMEOUT);
        assertThat(call.messageId()).isEqualTo(answer.get(1).asText());
        assertThat(call.payload()).isEqualTo(request);
    }

    @Test
    void nineteenActions() {
        assertThat(REQUESTS).hasSize(19);
    }

    @Test
    void configurationIsKeptAndReported() throws Exception {
        assertThat(status(link.call("ChangeConfiguration", json("{\"key\":\"HeartbeatInterval\",\"value\":\"60\"}"))))
                .isEqualTo("Accepted");
        assertThat(status(link.call("ChangeConfiguration", json("{\"key\":\"NumberOfConnectors\",\"value\":\"3\"}"))))
                .isEqualTo("Rejected");
        assertThat(status(link.call("ChangeConfiguration", json("{\"key\":\"NoSuchKey\",\"value\":\"1\"}"))))
                .isEqualTo("NotSupported");

        JsonNode some = link.call("GetConfiguration", json("{\"key\":[\"HeartbeatInterval\",\"NoSuchKey\"]}")).get().get(2);
        assertThat(some).isEqualTo(json("{\"configurationKey\":[{\"key\":\"HeartbeatInterval\",\"readonly\":false,"
                + "\"value\":\"60\"}],\"unknownKey\":[\"NoSuchKey\"]}"));
        JsonNode all = link.call("GetConfiguration", json("{}")).get().get(2);
        assertThat(all.get("configurationKey")).hasSize(station.state().configuration().size());
        assertThat(all.has("unknownKey")).isFalse();
    }

    @Test
    void localListVersionFollowsSendLocalList() throws Exception {
        link.call("SendLocalList", json(REQUESTS.get("SendLocalList"))).get();

        assertThat(link.call("GetLocalListVersion", json("{}")).get().get(2).get("listVersion").asInt()).isEqualTo(5);
        assertThat(station.state().localList()).containsOnlyKeys("TAG-1");
    }

    @Test
    void chargingProfileIsRememberedPerConnectorAndCleared() throws Exception {
        link.call("SetChargingProfile", json(REQUESTS.get("SetChargingProfile"))).get();
        assertThat(station.state().lastLimit(1)).hasValue(16);
        link.call("SetChargingProfile", json("{\"connectorId\":1,\"csChargingProfiles\":"
                + profile(1, "TxDefaultProfile", 10) + "}")).get();
        assertThat(station.state().lastLimit(1)).hasValue(10);
        assertThat(station.state().chargingProfiles(1)).as("same id replaced").hasSize(1);

        JsonNode composite = link.call("GetCompositeSchedule", json(REQUESTS.get("GetCompositeSchedule"))).get().get(2);
        assertThat(Ocpp16Schemas.confirmationViolations("GetCompositeSchedule", composite)).isEmpty();
        assertThat(composite.get("status").asText()).isEqualTo("Accepted");
        assertThat(composite.at("/chargingSchedule/chargingSchedulePeriod/0/limit").asDouble()).isEqualTo(10);
        assertThat(composite.get("scheduleStart").asText()).endsWith("Z");

        assertThat(status(link.call("ClearChargingProfile", json("{\"id\":1}")))).isEqualTo("Accepted");
        assertThat(station.state().lastLimit(1)).isEmpty();
    }

    @Test
    void txProfileWithoutTransactionIsRejected() throws Exception {
        String request = "{\"connectorId\":1,\"csChargingProfiles\":" + profile(3, "TxProfile", 6) + "}";
        assertThat(status(link.call("SetChargingProfile", json(request)))).isEqualTo("Rejected");

        station.startTransaction(1, "TAG-1", 0, java.time.Instant.now()).get();
        assertThat(status(link.call("SetChargingProfile", json(request)))).isEqualTo("Accepted");
        assertThat(station.state().lastLimit(1)).hasValue(6);
    }

    @Test
    void reservationCanBeCancelled() throws Exception {
        link.call("ReserveNow", json(REQUESTS.get("ReserveNow"))).get();

        assertThat(status(link.call("CancelReservation", json("{\"reservationId\":7}")))).isEqualTo("Accepted");
    }

    @Test
    void availabilityIsKept() throws Exception {
        link.call("ChangeAvailability", json("{\"connectorId\":0,\"type\":\"Inoperative\"}")).get();

        assertThat(station.state().availability(1)).isEqualTo("Inoperative");
        assertThat(status(link.call("ChangeAvailability", json("{\"connectorId\":5,\"type\":\"Operative\"}"))))
                .isEqualTo("Rejected");
    }

    static String profile(int id, String purpose, double limitA) {
        return "{\"chargingProfileId\":" + id + ",\"stackLevel\":0,\"chargingProfilePurpose\":\"" + purpose + "\","
                + "\"chargingProfileKind\":\"Relative\",\"chargingSchedule\":{\"chargingRateUnit\":\"A\","
                + "\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":" + limitA + "}]}}";
    }

    static ObjectNode json(String text) throws Exception {
        return (ObjectNode) StationLink.JSON.readTree(text);
    }

    static String status(java.util.concurrent.CompletableFuture<ArrayNode> answer) throws Exception {
        return answer.get().get(2).get("status").asText();
    }
}
