package io.ampgate.simulator.ocpp;

import static io.ampgate.simulator.ocpp.DefaultAnswersTest.json;
import static io.ampgate.simulator.ocpp.TestCentralSystem.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.ampgate.simulator.Poll;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Custom answers to the central system's CALLs, and what follows the default ones. */
class CentralSystemCallsTest {

    @AutoClose
    private final TestCentralSystem central = TestCentralSystem.start();

    @Test
    void handlerAnswersInsteadOfTheDefaultUntilReset() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).build()
                .onCall("Reset", payload -> DefaultAnswers.status(
                        payload.get("type").asText().equals("Hard") ? "Rejected" : "Accepted"));
        StationLink link = central.connect(station);

        assertThat(DefaultAnswersTest.status(link.call("Reset", json("{\"type\":\"Hard\"}")))).isEqualTo("Rejected");
        station.answerByDefault("Reset");
        assertThat(DefaultAnswersTest.status(link.call("Reset", json("{\"type\":\"Hard\"}")))).isEqualTo("Accepted");
    }

    @Test
    void answersWithCallError() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).build()
                .answerWithError("UnlockConnector", "NotSupported", "no lock");
        StationLink link = central.connect(station);

        ArrayNode answer = link.call("UnlockConnector", json("{\"connectorId\":1}")).get();

        assertThat(answer.toString()).isEqualTo("[4,\"cs-1\",\"NotSupported\",\"no lock\",{}]");
    }

    @Test
    void leavesACallUnansweredButRecordsIt() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).build()
                .dontAnswer("GetConfiguration");
        StationLink link = central.connect(station);

        CompletableFuture<ArrayNode> answer = link.call("GetConfiguration", json("{}"));

        assertThat(station.awaitCall("GetConfiguration", TIMEOUT).messageId()).isEqualTo("cs-1");
        assertThatThrownBy(() -> answer.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        assertThat(DefaultAnswersTest.status(link.call("ClearCache", json("{}")))).isEqualTo("Accepted");
    }

    @Test
    void handlerThatThrowsAnswersInternalError() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).build()
                .handle("DataTransfer", call -> {
                    throw new IllegalStateException("broken handler");
                });
        StationLink link = central.connect(station);

        ArrayNode answer = link.call("DataTransfer", json("{\"vendorId\":\"x\"}")).get();

        assertThat(answer.get(2).asText()).isEqualTo("InternalError");
        assertThat(answer.get(3).asText()).contains("broken handler");
    }

    @Test
    void handlerThatAnswersNullAnswersInternalError() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).build()
                .handle("ClearCache", call -> null);
        StationLink link = central.connect(station);

        assertThat(link.call("ClearCache", json("{}")).get().get(2).asText()).isEqualTo("InternalError");
    }

    @Test
    void unknownActionIsNotImplemented() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).build();
        StationLink link = central.connect(station);

        ArrayNode answer = link.call("SetDisplayMessage", json("{}")).get();

        assertThat(answer.get(0).asInt()).isEqualTo(4);
        assertThat(answer.get(2).asText()).isEqualTo("NotImplemented");
    }

    @Test
    void callsAreAwaitedAfterAMark() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).build()
                .handle("Reset", call -> Optional.of(Answer.result(DefaultAnswers.status("Accepted"))));
        StationLink link = central.connect(station);
        link.call("Reset", json("{\"type\":\"Soft\"}")).get();

        long mark = station.callMark();
        link.call("Reset", json("{\"type\":\"Hard\"}")).get();

        assertThat(station.awaitCall(mark, "Reset", TIMEOUT).payload().get("type").asText()).isEqualTo("Hard");
        assertThat(station.receivedCalls()).extracting(ReceivedCall::action).containsExactly("Reset", "Reset");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BootNotification", "DiagnosticsStatusNotification", "FirmwareStatusNotification",
        "Heartbeat", "MeterValues", "StatusNotification"})
    void triggerMessageIsAnsweredThenTheMessageSent(String requested) throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).build();
        StationLink link = central.connect(station);

        link.send("[2,\"t-1\",\"TriggerMessage\",{\"requestedMessage\":\"" + requested + "\",\"connectorId\":1}]");

        assertThat(link.awaitText()).isEqualTo("[3,\"t-1\",{\"status\":\"Accepted\"}]");
        ArrayNode triggered = link.awaitCall();
        assertThat(triggered.get(2).asText()).isEqualTo(requested);
        assertThat(Ocpp16Schemas.requestViolations(requested, triggered.get(3))).isEmpty();
    }

    @Test
    void triggeredStatusNotificationWithoutConnectorCoversStationAndEachConnector() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).connectors(2).build();
        StationLink link = central.connect(station);

        link.call("TriggerMessage", json("{\"requestedMessage\":\"StatusNotification\"}")).get();

        for (int connector = 0; connector <= 2; connector++) {
            assertThat(link.awaitCall().get(3).get("connectorId").asInt()).isEqualTo(connector);
        }
    }

    @Test
    void remoteTransactionsReallyStartAndStopWhenEnabled() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri())
                .remoteTransactions(true).build();
        StationLink link = central.connect(station);

        link.call("RemoteStartTransaction", json("{\"idTag\":\"TAG-9\",\"connectorId\":1}")).get();
        ArrayNode start = link.awaitCall();
        assertThat(start.get(2).asText()).isEqualTo("StartTransaction");
        assertThat(start.get(3).get("idTag").asText()).isEqualTo("TAG-9");
        String started = station.awaitFrame(start.get(1).asText(), TIMEOUT);
        int transactionId = StationLink.JSON.readTree(started).at("/2/transactionId").asInt();

        assertThat(DefaultAnswersTest.status(link.call("RemoteStartTransaction", json("{\"idTag\":\"TAG-9\"}"))))
                .as("no free connector").isEqualTo("Rejected");
        link.call("RemoteStopTransaction", json("{\"transactionId\":" + transactionId + "}")).get();
        ArrayNode stop = link.awaitCall();
        assertThat(stop.get(2).asText()).isEqualTo("StopTransaction");
        assertThat(stop.get(3).get("reason").asText()).isEqualTo("Remote");
        assertThat(stop.get(3).get("transactionId").asInt()).isEqualTo(transactionId);
        assertThat(Ocpp16Schemas.requestViolations("StopTransaction", stop.get(3))).isEmpty();
    }

    @Test
    void handlerLeavesSomeCasesToTheDefaultAndListenersHearEveryAnswer() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).connectors(2).build();
        station.handle("ChangeAvailability", call -> Optional.of(call.payload().path("connectorId").asInt() == 2
                ? Answer.result(DefaultAnswers.status("Rejected")) : station.defaultAnswer(call)));
        List<String> heard = new CopyOnWriteArrayList<>();
        station.onAnswered((call, answer) -> heard.add(call.action() + " " + answer.resultPayload().path("status").asText()));
        StationLink link = central.connect(station);

        assertThat(DefaultAnswersTest.status(link.call("ChangeAvailability",
                json("{\"connectorId\":1,\"type\":\"Inoperative\"}")))).isEqualTo("Accepted");
        assertThat(DefaultAnswersTest.status(link.call("ChangeAvailability",
                json("{\"connectorId\":2,\"type\":\"Inoperative\"}")))).isEqualTo("Rejected");
        assertThat(DefaultAnswersTest.status(link.call("ClearCache", json("{}")))).isEqualTo("Accepted");

        assertThat(station.state().availability(1)).isEqualTo("Inoperative");
        assertThat(station.state().availability(2)).isEqualTo("Operative");
        Poll.until(() -> heard.size() == 3, TIMEOUT, "the listener hears the third answer, just after it left");
        assertThat(heard).containsExactly("ChangeAvailability Accepted", "ChangeAvailability Rejected",
                "ClearCache Accepted");
    }
}
