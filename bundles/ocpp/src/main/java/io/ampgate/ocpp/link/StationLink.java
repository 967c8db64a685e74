package io.ampgate.ocpp.link;

import com.fasterxml.jackson.databind.JsonNode;
import io.ampgate.ocpp.CallFailure;
import io.ampgate.ocpp.CallFailure.Reason;
import io.ampgate.ocpp.rpc.ErrorCode;
import io.ampgate.ocpp.rpc.Frame;
import io.ampgate.ocpp.rpc.FrameCodec;
import io.ampgate.ocpp.rpc.ParseResult;
import io.ampgate.ocpp.schema.InvalidPayloadException;
import io.ampgate.ocpp.schema.PayloadKind;
import io.ampgate.ocpp.schema.PayloadValidator;
import io.ampgate.ocpp.schema.Violation;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The OCPP-J conversation with one connected station.
 *
 * <p>Inbound: every text is parsed and its payload checked against the schema; a CALL is then
 * handled by the {@link CallHandler}, one at a time and in arrival order, and answered. A repeated
 * CALL (same message id and payload as one answered recently) gets the same answer again without
 * being handled twice; a known id with another payload is a ProtocolError.
 *
 * <p>Outbound: {@link #call} validates the payload and queues the call; at most one CALL is
 * outstanding at a time (OCPP-J 4.1.1), the next one goes when the station answers or the call
 * times out. Futures complete on the worker pool, never on the transport's thread.
 */
public final class StationLink {

    private static final Logger LOG = Logger.getLogger(StationLink.class.getName());

    /**
     * How many of a station's last CALLs are remembered to recognise a repeat: a station repeats
     * the CALL it lost the answer to, so the last few suffice (2,000 stations x 32 held about 200 MB
     * in the load test).
     */
    static final int RECENT_CALLS = 8;

    /** The most calls that may wait for one station before new ones are refused. */
    public static final int MAX_WAITING_CALLS = 100;

    private final String stationId;
    private final Consumer<String> wire;
    private final CallHandler handler;
    private final LinkListener listener;
    private final Executor workers;
    private final Executor inbound;
    private final Scheduler scheduler;
    private final Duration callTimeout;
    private final FrameCodec codec;
    private final PayloadValidator validator;
    private final MessageIds ids;
    private final RecentCalls recent = new RecentCalls(RECENT_CALLS);

    private final Object lock = new Object();
    private final ArrayDeque<Outgoing> waiting = new ArrayDeque<>();
    private Outgoing outstanding;
    private boolean closed;

    /**
     * A link.
     *
     * @param stationId the station's identity
     * @param wire sends a text to the station; must not block for long
     * @param handler answers the station's CALLs
     * @param listener hears every frame
     * @param workers the shared pool that runs handlers and completes futures
     * @param scheduler for call timeouts
     * @param callTimeout how long the station has to answer a CALL
     * @param codec the frame codec
     * @param validator the payload validator
     * @param ids where outbound message ids come from
     */
    public StationLink(String stationId, Consumer<String> wire, CallHandler handler, LinkListener listener,
            Executor workers, Scheduler scheduler, Duration callTimeout, FrameCodec codec,
            PayloadValidator validator, MessageIds ids) {
        this.stationId = Objects.requireNonNull(stationId, "stationId");
        this.wire = Objects.requireNonNull(wire, "wire");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.workers = Objects.requireNonNull(workers, "workers");
        this.inbound = new SerialExecutor(workers);
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.callTimeout = Objects.requireNonNull(callTimeout, "callTimeout");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** The station's identity. */
    public String stationId() {
        return stationId;
    }

    /**
     * Takes a text the station sent. Returns at once: CALLs are handled on the worker pool.
     *
     * @param text the WebSocket text message
     */
    public void receive(String text) {
        ParseResult parsed = codec.parse(text);
        switch (parsed) {
            case ParseResult.Refusal refusal -> refuse(text, refusal);
            case ParseResult.Parsed(Frame.Call call) -> {
                listener.frame(true, call, call.action(), text);
                inbound.execute(() -> answer(call));
            }
            case ParseResult.Parsed(Frame.CallResult result) -> settle(result, text);
            case ParseResult.Parsed(Frame.CallError error) -> settle(error, text);
        }
    }

    private void refuse(String text, ParseResult.Refusal refusal) {
        listener.frame(true, null, null, text);
        if (refusal.messageType() == 3 || refusal.messageType() == 4) {
            // OCPP-J answers CALLs only; a broken answer is logged, and its call will time out
            LOG.warning(() -> stationId + ": unreadable answer: " + refusal.reply().description());
            return;
        }
        send(refusal.reply(), null);
    }

    private void answer(Frame.Call call) {
        Optional<String> repeat = recent.check(call);
        if (repeat.isPresent()) {
            if (!repeat.get().isEmpty()) {
                sendText(repeat.get(), call, call.action());
            }
            return;
        }
        Frame reply = handle(call);
        String text = send(reply, call.action());
        recent.answered(call, text);
    }

    private Frame handle(Frame.Call call) {
        if (recent.conflicts(call)) {
            return new Frame.CallError(call.messageId(), ErrorCode.ProtocolError,
                    "message id " + call.messageId() + " was already used for another CALL");
        }
        Optional<Violation> violation = validator.check(call.action(), PayloadKind.REQUEST, call.payload());
        if (violation.isPresent()) {
            return new Frame.CallError(call.messageId(), violation.get().code(), violation.get().description());
        }
        try {
            JsonNode response = handler.handle(call.action(), call.payload());
            validator.requireValid(call.action(), PayloadKind.CONFIRMATION, response);
            return new Frame.CallResult(call.messageId(), response);
        } catch (CallRefusal refusal) {
            return new Frame.CallError(call.messageId(), refusal.code(), refusal.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, stationId + ": handling " + call.action() + " failed", e);
            return new Frame.CallError(call.messageId(), ErrorCode.InternalError,
                    "the central system failed to handle " + call.action());
        }
    }

    /**
     * Runs a task in line with the station's CALLs: after those received before, before those
     * received after (e.g. recording the connection before its BootNotification is handled).
     *
     * @param task the task; it must not wait for an answer of this station
     */
    public void inOrder(Runnable task) {
        inbound.execute(task);
    }

    /**
     * Sends a CALL when the station has no other call outstanding.
     *
     * @param action the OCPP action
     * @param payload the request payload, checked against the schema before it is queued
     * @return the response payload (valid against the schema), or a {@link CallFailure}
     */
    public CompletableFuture<JsonNode> call(String action, JsonNode payload) {
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        try {
            validator.requireValid(action, PayloadKind.REQUEST, payload);
        } catch (InvalidPayloadException e) {
            return failed(answer, Reason.INVALID_REQUEST, null, e.getMessage());
        }
        Outgoing out = new Outgoing(new Frame.Call(ids.next(), action, payload), answer);
        synchronized (lock) {
            if (closed) {
                return failed(answer, Reason.OFFLINE, null, stationId + " is not connected");
            }
            if (waiting.size() >= MAX_WAITING_CALLS) {
                return failed(answer, Reason.BUSY, null, stationId + " has too many calls waiting");
            }
            waiting.add(out);
        }
        sendNext();
        return answer;
    }

    private void sendNext() {
        Outgoing next;
        synchronized (lock) {
            if (outstanding != null || closed || waiting.isEmpty()) {
                return;
            }
            next = waiting.poll();
            outstanding = next;
        }
        next.cancelTimeout = scheduler.schedule(() -> timeout(next), callTimeout);
        send(next.call, next.call.action());
    }

    private void timeout(Outgoing out) {
        if (finish(out)) {
            complete(out, null, new CallFailure(Reason.TIMEOUT, null,
                    stationId + " did not answer " + out.call.action() + " within " + callTimeout.toSeconds() + " s"));
        }
    }

    private void settle(Frame answer, String text) {
        Outgoing out;
        synchronized (lock) {
            out = outstanding != null && outstanding.call.messageId().equals(answer.messageId()) ? outstanding : null;
        }
        listener.frame(true, answer, out == null ? null : out.call.action(), text);
        if (out == null || !finish(out)) {
            LOG.fine(() -> stationId + ": answer to no outstanding call, id " + answer.messageId());
            return;
        }
        out.cancelTimeout.run();
        String action = out.call.action();
        switch (answer) {
            case Frame.CallResult result -> {
                Optional<Violation> violation = validator.check(action, PayloadKind.CONFIRMATION, result.payload());
                if (violation.isPresent()) {
                    complete(out, null, new CallFailure(Reason.INVALID_RESPONSE, null, stationId + " answered "
                            + action + " with an invalid payload: " + violation.get().description()));
                } else {
                    complete(out, result.payload(), null);
                }
            }
            case Frame.CallError error -> complete(out, null, new CallFailure(Reason.CALL_ERROR,
                    error.code().name(), stationId + " refused " + action + ": " + error.code() + " "
                            + error.description()));
            case Frame.Call call -> throw new IllegalStateException("not an answer");
        }
    }

    /** Ends {@code out} if it is still the outstanding call; {@code false} if it ended before. */
    private boolean finish(Outgoing out) {
        synchronized (lock) {
            if (outstanding != out) {
                return false;
            }
            outstanding = null;
        }
        return true;
    }

    private void complete(Outgoing out, JsonNode payload, CallFailure failure) {
        workers.execute(() -> {
            if (failure == null) {
                out.answer.complete(payload);
            } else {
                out.answer.completeExceptionally(failure);
            }
        });
        sendNext();
    }

    /** The connection closed: every waiting and outstanding call fails as {@link Reason#OFFLINE}. */
    public void close() {
        ArrayDeque<Outgoing> dropped;
        synchronized (lock) {
            closed = true;
            dropped = new ArrayDeque<>(waiting);
            waiting.clear();
            if (outstanding != null) {
                dropped.addFirst(outstanding);
                outstanding.cancelTimeout.run();
                outstanding = null;
            }
        }
        for (Outgoing out : dropped) {
            workers.execute(() -> out.answer.completeExceptionally(new CallFailure(Reason.OFFLINE, null,
                    stationId + " disconnected before answering " + out.call.action())));
        }
    }

    private String send(Frame frame, String action) {
        String text = codec.serialize(frame);
        sendText(text, frame, action);
        return text;
    }

    private void sendText(String text, Frame frame, String action) {
        listener.frame(false, frame, action, text);
        wire.accept(text);
    }

    private static CompletableFuture<JsonNode> failed(CompletableFuture<JsonNode> f, Reason reason, String code,
            String message) {
        f.completeExceptionally(new CallFailure(reason, code, message));
        return f;
    }

    private static final class Outgoing {
        final Frame.Call call;
        final CompletableFuture<JsonNode> answer;
        volatile Runnable cancelTimeout = () -> { };

        Outgoing(Frame.Call call, CompletableFuture<JsonNode> answer) {
            this.call = call;
            this.answer = answer;
        }
    }
}
