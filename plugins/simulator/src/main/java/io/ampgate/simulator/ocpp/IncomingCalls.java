package io.ampgate.simulator.ocpp;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The central system's CALLs: each is logged, then answered by the handler a test set for its
 * action, or else by the station's {@link DefaultAnswers}; the listeners hear of each answer sent.
 */
final class IncomingCalls {

    private final Map<String, CallHandler> handlers = new ConcurrentHashMap<>();
    private final DefaultAnswers defaults;
    private final ReceivedLog<ReceivedCall> log;
    private final Function<String, CompletableFuture<Void>> sender;
    private final List<BiConsumer<ReceivedCall, Answer>> listeners = new CopyOnWriteArrayList<>();

    IncomingCalls(DefaultAnswers defaults, ReceivedLog<ReceivedCall> log,
            Function<String, CompletableFuture<Void>> sender) {
        this.defaults = defaults;
        this.log = log;
        this.sender = sender;
    }

    void handle(String action, CallHandler handler) {
        handlers.put(action, handler);
    }

    void answerByDefault(String action) {
        handlers.remove(action);
    }

    void onAnswered(BiConsumer<ReceivedCall, Answer> listener) {
        listeners.add(listener);
    }

    void received(ReceivedCall call) {
        log.add(call);
        CallHandler handler = handlers.get(call.action());
        Optional<Answer> answer;
        try {
            answer = handler == null ? Optional.of(defaults.answer(call))
                    : Objects.requireNonNull(handler.answer(call), "the handler answered null");
        } catch (RuntimeException e) {
            answer = Optional.of(Answer.error("InternalError", e.toString()));
        }
        if (answer.isPresent()) {
            // queued before anything afterAnswer sends, so the central system gets the answer first
            sender.apply(Frames.answer(call.messageId(), answer.get()));
            if (handler == null) {
                defaults.afterAnswer(call, answer.get());
            }
            for (BiConsumer<ReceivedCall, Answer> listener : listeners) {
                try {
                    listener.accept(call, answer.get());
                } catch (RuntimeException e) {
                    // a listener's failure must not keep the others, or the reading, from going on
                }
            }
        }
    }
}
