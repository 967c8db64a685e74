package io.ampgate.simulator.ocpp;

import static io.ampgate.simulator.ocpp.TestCentralSystem.TIMEOUT;
import static io.ampgate.simulator.ocpp.TestCentralSystem.required;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * The test central system's side of one station connection (public: Jetty refuses other endpoint
 * classes). It answers the station's CALLs as a {@link Responder} says (a plausible CALLRESULT by
 * default), sends CALLs to the station and pairs the answers, and records everything.
 */
public final class StationLink implements Session.Listener.AutoDemanding {

    /** How the central system answers a station's CALL: the text to send back, null for none. */
    @FunctionalInterface
    public interface Responder {
        String answer(String messageId, String action, JsonNode payload);
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private final String identity;
    private final Consumer<StationLink> opened;
    private final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
    private final BlockingQueue<ArrayNode> calls = new LinkedBlockingQueue<>();
    private final BlockingQueue<ByteBuffer> pongs = new LinkedBlockingQueue<>();
    private final Map<String, CompletableFuture<ArrayNode>> pending = new ConcurrentHashMap<>();
    private final CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger transactionIds = new AtomicInteger(100);
    private volatile Responder responder = this::plausibleAnswer;
    private volatile Session session;

    StationLink(String identity, Consumer<StationLink> opened) {
        this.identity = identity;
        this.opened = opened;
    }

    String identity() {
        return identity;
    }

    void respondWith(Responder responder) {
        this.responder = responder;
    }

    @Override
    public void onWebSocketOpen(Session session) {
        this.session = session;
        opened.accept(this);
    }

    @Override
    public void onWebSocketText(String text) {
        texts.add(text);
        ArrayNode frame;
        try {
            frame = (ArrayNode) JSON.readTree(text);
        } catch (Exception e) {
            return;
        }
        String id = frame.path(1).asText();
        if (frame.path(0).asInt() == 2) {
            calls.add(frame);
            String answer = responder.answer(id, frame.path(2).asText(), frame.path(3));
            if (answer != null) {
                send(answer);
            }
        } else {
            CompletableFuture<ArrayNode> waiting = pending.remove(id);
            if (waiting != null) {
                waiting.complete(frame);
            }
        }
    }

    @Override
    public void onWebSocketPong(ByteBuffer payload) {
        pongs.add(payload);
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        closed.complete(new CloseStatus(statusCode, reason));
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        closed.complete(new CloseStatus(CloseStatus.ABNORMAL, String.valueOf(cause)));
    }

    /** Sends a text and waits until it is written. */
    void send(String text) {
        Callback.Completable sent = new Callback.Completable();
        session.sendText(text, sent);
        sent.orTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    /** Sends a CALL to the station; completes with the answer frame (type 3 or 4). */
    CompletableFuture<ArrayNode> call(String action, JsonNode payload) {
        String id = "cs-" + ids.incrementAndGet();
        CompletableFuture<ArrayNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        send(JSON.createArrayNode().add(2).add(id).add(action).add(payload).toString());
        return answer.orTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next text received. */
    String awaitText() throws InterruptedException {
        return required(texts.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), "text from " + identity);
    }

    /** The next CALL from the station. */
    ArrayNode awaitCall() throws InterruptedException {
        return required(calls.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), "CALL from " + identity);
    }

    /** The next CALL from the station within {@code millis}, or null: to show that none comes. */
    ArrayNode pollCall(long millis) throws InterruptedException {
        return calls.poll(millis, TimeUnit.MILLISECONDS);
    }

    void ping() {
        session.sendPing(ByteBuffer.wrap(new byte[] {1, 2, 3}), Callback.NOOP);
    }

    /** A pong within {@code millis}, or null. */
    ByteBuffer pollPong(long millis) throws InterruptedException {
        return pongs.poll(millis, TimeUnit.MILLISECONDS);
    }

    void close(int code, String reason) {
        session.close(code, reason, Callback.NOOP);
    }

    CloseStatus awaitClose() {
        return closed.orTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    /** A CALLRESULT a central system could give; {} for the actions whose answer may be empty. */
    String plausibleAnswer(String messageId, String action, JsonNode payload) {
        ObjectNode result = JSON.createObjectNode();
        String now = Instant.now().toString();
        switch (action) {
            case "BootNotification" -> result.put("status", "Accepted").put("currentTime", now).put("interval", 300);
            case "Heartbeat" -> result.put("currentTime", now);
            case "Authorize" -> result.putObject("idTagInfo").put("status", "Accepted");
            case "StartTransaction" -> {
                result.put("transactionId", transactionIds.incrementAndGet());
                result.putObject("idTagInfo").put("status", "Accepted");
            }
            case "DataTransfer" -> result.put("status", "Accepted");
            default -> {
                // StatusNotification, MeterValues, StopTransaction, the two notifications: {}
            }
        }
        return result(messageId, result);
    }

    static String result(String messageId, JsonNode payload) {
        return JSON.createArrayNode().add(3).add(messageId).add(payload).toString();
    }

    static String error(String messageId, String code, String description) {
        return JSON.createArrayNode().add(4).add(messageId).add(code).add(description)
                .add(JSON.createObjectNode().put("hint", "test")).toString();
    }
}
