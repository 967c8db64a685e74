package io.ampgate.simulator.ocpp;

import static io.ampgate.simulator.ocpp.TestCentralSystem.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The station's CALLs: pairing, errors, timeouts and the one-outstanding-CALL rule. */
class StationCallsTest {

    @AutoClose
    private final TestCentralSystem central = TestCentralSystem.start();
    private ChargePointSimulator station;
    private StationLink link;

    @BeforeEach
    void connect() throws Exception {
        station = ChargePointSimulator.builder("CP-1", central.baseUri()).callTimeout(Duration.ofSeconds(5))
                .build();
        link = central.connect(station);
    }

    @Test
    void pairsAnswerWithItsCall() throws Exception {
        Answer answer = station.bootNotification("VendorX", "ModelY").get();

        ArrayNode call = link.awaitCall();
        assertThat(call.get(0).asInt()).isEqualTo(2);
        assertThat(call.get(2).asText()).isEqualTo("BootNotification");
        assertThat(call.get(3).get("chargePointVendor").asText()).isEqualTo("VendorX");
        assertThat(answer).isInstanceOf(Answer.Result.class);
        assertThat(answer.resultPayload().get("status").asText()).isEqualTo("Accepted");
    }

    @Test
    void callErrorBecomesAnErrorAnswer() throws Exception {
        link.respondWith((id, action, payload) -> StationLink.error(id, "NotSupported", "no boots here"));

        Answer answer = station.bootNotification().get();

        assertThat(answer).isInstanceOfSatisfying(Answer.Error.class, error -> {
            assertThat(error.code()).isEqualTo("NotSupported");
            assertThat(error.description()).isEqualTo("no boots here");
            assertThat(error.details().get("hint").asText()).isEqualTo("test");
        });
        assertThatThrownBy(answer::resultPayload).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NotSupported");
    }

    @Test
    void messageIdsAreUnique() throws Exception {
        for (int i = 0; i < 20; i++) {
            station.heartbeat().get();
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            ids.add(link.awaitCall().get(1).asText());
        }
        assertThat(ids).hasSize(20);
    }

    @Test
    void unansweredCallTimesOutAndTheNextGoesOut() throws Exception {
        link.respondWith((id, action, payload) -> action.equals("Authorize") ? null
                : link.plausibleAnswer(id, action, payload));

        CompletableFuture<Answer> silent = station.call("Authorize", Payloads.authorize("TAG"), Duration.ofMillis(300));
        CompletableFuture<Answer> next = station.heartbeat();

        assertThatThrownBy(silent::get).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TimeoutException.class);
        assertThat(next).succeedsWithin(TIMEOUT);
        assertThat(link.awaitCall().get(2).asText()).isEqualTo("Authorize");
        assertThat(link.awaitCall().get(2).asText()).isEqualTo("Heartbeat");
    }

    @Test
    void oneCallOutstandingAtATime() throws Exception {
        link.respondWith((id, action, payload) -> null);
        List<CompletableFuture<Answer>> answers = List.of(station.heartbeat(), station.heartbeat(), station.heartbeat());

        String first = link.awaitCall().get(1).asText();
        assertThat(link.pollCall(300)).as("second CALL before the first is answered").isNull();
        link.send(StationLink.result(first, StationLink.JSON.createObjectNode().put("currentTime", "2026-01-01T00:00:00Z")));
        String second = link.awaitCall().get(1).asText();
        assertThat(answers.get(0)).succeedsWithin(TIMEOUT);
        assertThat(answers.get(1)).isNotDone();
        link.send(StationLink.result(second, StationLink.JSON.createObjectNode().put("currentTime", "2026-01-01T00:00:00Z")));
        assertThat(answers.get(1)).succeedsWithin(TIMEOUT);
        assertThat(link.awaitCall().get(1).asText()).isNotIn(first, second);
    }

    @Test
    void concurrentCallsBreakTheRuleOnPurpose() throws Exception {
        link.respondWith((id, action, payload) -> null);
        station.concurrentCalls(true);

        station.heartbeat();
        station.heartbeat();
        station.heartbeat();

        assertThat(List.of(link.awaitCall(), link.awaitCall(), link.awaitCall())).hasSize(3);
    }

    @Test
    void callWithIdSendsTheIdGivenEvenTwice() throws Exception {
        assertThat(station.callWithId("dup-1", "Heartbeat", Payloads.heartbeat())).succeedsWithin(TIMEOUT);
        assertThat(station.callWithId("dup-1", "Heartbeat", Payloads.heartbeat())).succeedsWithin(TIMEOUT);

        assertThat(link.awaitCall().get(1).asText()).isEqualTo("dup-1");
        assertThat(link.awaitCall().get(1).asText()).isEqualTo("dup-1");
    }

    @Test
    void lateAnswerIsLoggedButPairsWithNothing() throws Exception {
        link.respondWith((id, action, payload) -> null);
        CompletableFuture<Answer> call = station.call("Heartbeat", Payloads.heartbeat(), Duration.ofMillis(200));
        String id = link.awaitCall().get(1).asText();
        assertThat(call).failsWithin(TIMEOUT);

        link.send(StationLink.result(id, StationLink.JSON.createObjectNode()));
        assertThat(station.awaitFrame(id, TIMEOUT)).startsWith("[3,");
    }

    @Test
    void closingFailsWaitingCalls() throws Exception {
        link.respondWith((id, action, payload) -> null);
        CompletableFuture<Answer> outstanding = station.heartbeat();
        CompletableFuture<Answer> waiting = station.heartbeat();
        link.awaitCall();

        link.close(1000, "bye");

        assertThatThrownBy(outstanding::get).hasCauseInstanceOf(java.io.IOException.class);
        assertThatThrownBy(waiting::get).hasCauseInstanceOf(java.io.IOException.class);
        assertThatThrownBy(() -> station.heartbeat().get()).hasCauseInstanceOf(java.io.IOException.class);
    }

    @Test
    void transactionIdFromTheAnswerIsKept() throws Exception {
        JsonNode started = station.startTransaction(1, "TAG-1", 1000, java.time.Instant.now()).get().resultPayload();
        int transactionId = started.get("transactionId").asInt();
        assertThat(station.state().transaction(1)).hasValue(transactionId);

        station.meterValues(1, transactionId, 2500, 7200, 10, 10.5, 9.5).get();
        assertThat(station.state().energyWh(1)).isEqualTo(2500);

        station.stopTransaction(transactionId, 3000, java.time.Instant.now(), "Local", "TAG-1").get();
        assertThat(station.state().transaction(1)).isEmpty();
        assertThat(station.state().energyWh(1)).isEqualTo(3000);
    }
}
