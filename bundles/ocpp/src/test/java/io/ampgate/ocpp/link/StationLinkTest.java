package io.ampgate.ocpp.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ampgate.ocpp.CallFailure;
import io.ampgate.ocpp.CallFailure.Reason;
import io.ampgate.ocpp.rpc.ErrorCode;
import io.ampgate.ocpp.rpc.FrameCodec;
import io.ampgate.ocpp.schema.PayloadValidator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StationLinkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PayloadValidator VALIDATOR = PayloadValidator.ocpp16();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final AtomicInteger handled = new AtomicInteger();
    private final ManualScheduler scheduler = new ManualScheduler();
    private CallHandler handler = (action, payload) -> {
        handled.incrementAndGet();
        return json("{\"currentTime\":\"2026-11-22T10:00:00Z\"}");
    };

    private StationLink link() {
        return new StationLink("CP1", sent::add, (a, p) -> handler.handle(a, p),
                (in, frame, action, text) -> logged.add((in ? "in " : "out ") + action + " " + text),
                Runnable::run, scheduler, TIMEOUT, new FrameCodec(), VALIDATOR, new MessageIds(100));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void aValidCallIsHandledAndAnswered() {
        link().receive("[2,\"a1\",\"Heartbeat\",{}]");

        assertThat(sent).containsExactly("[3,\"a1\",{\"currentTime\":\"2026-11-22T10:00:00Z\"}]");
        assertThat(logged).containsExactly("in Heartbeat [2,\"a1\",\"Heartbeat\",{}]",
                "out Heartbeat [3,\"a1\",{\"currentTime\":\"2026-11-22T10:00:00Z\"}]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not an array            | {"id":1}                                                | -1 | FormationViolation
            truncated JSON          | [2,"a1","Heart                                          | a1 | FormationViolation
            wrong field type        | [2,"a2","StatusNotification",{"connectorId":"one","errorCode":"NoError","status":"Available"}] | a2 | TypeConstraintViolation
            required field missing  | [2,"a3","Authorize",{}]                                 | a3 | OccurenceConstraintViolation
            unknown action          | [2,"a4","FlyToTheMoon",{}]                              | a4 | NotImplemented
            too few elements        | [2,"a5","Heartbeat"]                                    | a5 | ProtocolError
            """)
    void badInputGetsTheCallErrorTheSpecNamesAndTheLinkLivesOn(String what, String text, String id, ErrorCode code) {
        StationLink link = link();

        link.receive(text);
        link.receive("[2,\"after\",\"Heartbeat\",{}]");

        assertThat(sent).hasSize(2);
        JsonNode error = json(sent.get(0));
        assertThat(error.get(0).asInt()).isEqualTo(4);
        assertThat(error.get(1).asText()).isEqualTo(id);
        assertThat(error.get(2).asText()).isEqualTo(code.name());
        assertThat(sent.get(1)).startsWith("[3,\"after\",");
        assertThat(handled).hasValue(1);
    }

    @Test
    void aHandlerRefusalBecomesItsCallError() {
        handler = (a, p) -> {
            throw new CallRefusal(ErrorCode.NotSupported, "not here");
        };
        link().receive("[2,\"r1\",\"Heartbeat\",{}]");

        assertThat(sent).containsExactly("[4,\"r1\",\"NotSupported\",\"not here\",{}]");
    }

    @Test
    void aHandlerBugOrAnInvalidAnswerOfOursIsAnInternalError() {
        handler = (a, p) -> {
            throw new IllegalStateException("boom");
        };
        StationLink link = link();
        link.receive("[2,\"b1\",\"Heartbeat\",{}]");
        handler = (a, p) -> json("{\"currentTime\":\"yesterday\"}");
        link.receive("[2,\"b2\",\"Heartbeat\",{}]");

        assertThat(sent).extracting(t -> json(t).get(2).asText()).containsExactly("InternalError", "InternalError");
    }

    @Test
    void aRepeatedCallIsAnsweredAgainWithoutBeingHandledTwice() {
        StationLink link = link();
        link.receive("[2,\"d1\",\"Heartbeat\",{}]");
        link.receive("[2,\"d1\",\"Heartbeat\",{}]");

        assertThat(handled).hasValue(1);
        assertThat(sent).hasSize(2).allMatch(t -> t.equals(sent.get(0)));
    }

    @Test
    void aMessageIdReusedForAnotherCallIsAProtocolError() {
        StationLink link = link();
        link.receive("[2,\"d1\",\"Heartbeat\",{}]");
        link.receive("[2,\"d1\",\"Authorize\",{\"idTag\":\"X\"}]");

        assertThat(handled).hasValue(1);
        assertThat(json(sent.get(1)).get(2).asText()).isEqualTo("ProtocolError");
    }

    @Test
    void brokenAnswersAreNotAnswered() {
        link().receive("[3,\"x\"]");
        link().receive("[4,\"x\",\"Bogus\"]");

        assertThat(sent).isEmpty();
        assertThat(logged).hasSize(2);
    }

    @Test
    void onlyOneCallIsOutstandingAtATime() {
        StationLink link = link();
        CompletableFuture<JsonNode> first = link.call("ClearCache", json("{}"));
        CompletableFuture<JsonNode> second = link.call("Reset", json("{\"type\":\"Soft\"}"));

        assertThat(sent).containsExactly("[2,\"2s\",\"ClearCache\",{}]");
        link.receive("[3,\"2s\",{\"status\":\"Accepted\"}]");

        assertThat(first).isCompletedWithValue(json("{\"status\":\"Accepted\"}"));
        assertThat(sent).containsExactly("[2,\"2s\",\"ClearCache\",{}]", "[2,\"2t\",\"Reset\",{\"type\":\"Soft\"}]");
        assertThat(second).isNotDone();
        assertThat(logged).contains("in ClearCache [3,\"2s\",{\"status\":\"Accepted\"}]");
    }

    @Test
    void aCallTimesOutAndTheNextOneGoesAndALateAnswerIsIgnored() {
        StationLink link = link();
        CompletableFuture<JsonNode> first = link.call("ClearCache", json("{}"));
        CompletableFuture<JsonNode> second = link.call("ClearCache", json("{}"));

        scheduler.advance(TIMEOUT.minusSeconds(1));
        assertThat(first).isNotDone();
        scheduler.advance(Duration.ofSeconds(1));

        assertThat(reason(first)).isEqualTo(Reason.TIMEOUT);
        assertThat(sent).hasSize(2);
        link.receive("[3,\"2s\",{\"status\":\"Accepted\"}]");
        assertThat(second).isNotDone();
        link.receive("[3,\"2t\",{\"status\":\"Rejected\"}]");
        assertThat(second).isCompletedWithValue(json("{\"status\":\"Rejected\"}"));
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void callErrorsAndInvalidAnswersFailTheCall() {
        StationLink link = link();
        CompletableFuture<JsonNode> refused = link.call("ClearCache", json("{}"));
        link.receive("[4,\"2s\",\"NotSupported\",\"no cache\",{}]");
        CompletableFuture<JsonNode> invalid = link.call("ClearCache", json("{}"));
        link.receive("[3,\"2t\",{\"status\":\"Maybe\"}]");

        assertThat(reason(refused)).isEqualTo(Reason.CALL_ERROR);
        assertThat(CallFailure.of(catchFailure(refused)).errorCode()).isEqualTo("NotSupported");
        assertThat(reason(invalid)).isEqualTo(Reason.INVALID_RESPONSE);
    }

    @Test
    void anInvalidRequestIsNeverSent() {
        CompletableFuture<JsonNode> call = link().call("Reset", json("{\"type\":\"Gentle\"}"));

        assertThat(reason(call)).isEqualTo(Reason.INVALID_REQUEST);
        assertThat(sent).isEmpty();
    }

    @Test
    void closingFailsEveryCallAsOffline() {
        StationLink link = link();
        CompletableFuture<JsonNode> outstanding = link.call("ClearCache", json("{}"));
        CompletableFuture<JsonNode> waiting = link.call("ClearCache", json("{}"));

        link.close();

        assertThat(reason(outstanding)).isEqualTo(Reason.OFFLINE);
        assertThat(reason(waiting)).isEqualTo(Reason.OFFLINE);
        assertThat(reason(link.call("ClearCache", json("{}")))).isEqualTo(Reason.OFFLINE);
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void tooManyWaitingCallsAreRefused() {
        StationLink link = link();
        List<CompletableFuture<JsonNode>> calls = new ArrayList<>();
        for (int i = 0; i <= StationLink.MAX_WAITING_CALLS + 1; i++) {
            calls.add(link.call("ClearCache", json("{}")));
        }

        assertThat(calls.subList(0, StationLink.MAX_WAITING_CALLS + 1)).noneMatch(CompletableFuture::isDone);
        assertThat(reason(calls.get(calls.size() - 1))).isEqualTo(Reason.BUSY);
    }

    @Test
    void aStationsCallsAreHandledOneAtATimeInArrivalOrder() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            AtomicInteger concurrent = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            List<String> order = new CopyOnWriteArrayList<>();
            CompletableFuture<Void> allAnswered = new CompletableFuture<>();
            StationLink link = new StationLink("CP1", text -> {
                if (sent.add(text) && sent.size() == 200) {
                    allAnswered.complete(null);
                }
            }, (a, p) -> {
                most.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
                order.add(p.get("idTag").asText());
                concurrent.decrementAndGet();
                return json("{\"idTagInfo\":{\"status\":\"Accepted\"}}");
            }, LinkListener.NONE, pool, scheduler, TIMEOUT, new FrameCodec(), VALIDATOR, new MessageIds());

            for (int i = 0; i < 200; i++) {
                link.receive("[2,\"m" + i + "\",\"Authorize\",{\"idTag\":\"" + i + "\"}]");
            }

            allAnswered.get(10, TimeUnit.SECONDS);
            assertThat(most).hasValue(1);
            assertThat(order).containsExactlyElementsOf(
                    java.util.stream.IntStream.range(0, 200).mapToObj(Integer::toString).toList());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Throwable catchFailure(CompletableFuture<JsonNode> f) {
        assertThat(f).isCompletedExceptionally();
        try {
            f.join();
            throw new AssertionError("not failed");
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static Reason reason(CompletableFuture<JsonNode> f) {
        CallFailure failure = CallFailure.of(catchFailure(f));
        assertThat(failure).isNotNull();
        return failure.reason();
    }

    @Test
    void callFailureOfFindsNothingInOtherExceptions() {
        assertThat(CallFailure.of(new IllegalStateException())).isNull();
        assertThatThrownBy(() -> new CallFailure(null, null, "x")).isInstanceOf(NullPointerException.class);
    }
}
