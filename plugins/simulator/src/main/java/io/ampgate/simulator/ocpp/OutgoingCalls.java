package io.ampgate.simulator.ocpp;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The simulator's CALLs: message ids, the OCPP-J rule that a station has at most one CALL
 * outstanding (the next waits until the answer or the timeout), and pairing answers by id.
 */
final class OutgoingCalls {

    private record Pending(String messageId, String text, CompletableFuture<Answer> answer) {
    }

    private final Function<String, CompletableFuture<Void>> sender;
    private final AtomicLong lastId = new AtomicLong();
    private final List<Pending> outstanding = new ArrayList<>();
    private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
    private volatile boolean concurrent;

    /** {@code sender} puts a text on the current connection, or fails when there is none. */
    OutgoingCalls(Function<String, CompletableFuture<Void>> sender) {
        this.sender = sender;
    }

    String nextMessageId() {
        return Long.toString(lastId.incrementAndGet());
    }

    /** Whether CALLs go out at once, without waiting for the answer to the previous one. */
    void concurrent(boolean concurrent) {
        this.concurrent = concurrent;
    }

    /**
     * Sends a CALL now, or once the outstanding one is answered. The stage completes with the
     * answer, or fails with a {@link java.util.concurrent.TimeoutException} when none came within
     * {@code timeout} of this call (time in the queue included).
     */
    CompletableFuture<Answer> call(String messageId, String action, JsonNode payload, Duration timeout) {
        Pending call = new Pending(messageId, Frames.call(messageId, action, payload),
                new CompletableFuture<>());
        call.answer().orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS)
                .whenComplete((answer, failure) -> finished(call));
        boolean now;
        synchronized (this) {
            now = concurrent || outstanding.isEmpty();
            if (now) {
                outstanding.add(call);
            } else {
                waiting.addLast(call);
            }
        }
        if (now) {
            transmit(call);
        }
        return call.answer();
    }

    /** Completes the outstanding CALL with this id; false when none has it (late or unknown). */
    boolean answered(String messageId, Answer answer) {
        Pending match = null;
        synchronized (this) {
            for (Pending call : outstanding) {
                if (call.messageId().equals(messageId)) {
                    match = call;
                    break;
                }
            }
        }
        return match != null && match.answer().complete(answer);
    }

    /** Fails every CALL outstanding or waiting, for example when the connection has closed. */
    void failAll(Throwable cause) {
        List<Pending> failed;
        synchronized (this) {
            failed = new ArrayList<>(outstanding);
            failed.addAll(waiting);
            waiting.clear();
        }
        failed.forEach(call -> call.answer().completeExceptionally(cause));
    }

    private void transmit(Pending call) {
        sender.apply(call.text()).whenComplete((sent, failure) -> {
            if (failure != null) {
                call.answer().completeExceptionally(failure);
            }
        });
    }

    private void finished(Pending call) {
        List<Pending> next = new ArrayList<>();
        synchronized (this) {
            if (!outstanding.remove(call)) {
                waiting.remove(call);
                return;
            }
            while (!waiting.isEmpty() && (concurrent || outstanding.isEmpty())) {
                Pending candidate = waiting.removeFirst();
                if (!candidate.answer().isDone()) {
                    outstanding.add(candidate);
                    next.add(candidate);
                }
            }
        }
        next.forEach(this::transmit);
    }
}
