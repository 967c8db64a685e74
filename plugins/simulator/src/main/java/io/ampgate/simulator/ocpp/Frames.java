package io.ampgate.simulator.ocpp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Optional;

/** OCPP-J frames as JSON arrays: CALL (2), CALLRESULT (3) and CALLERROR (4). */
final class Frames {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final int CALL = 2;
    private static final int CALL_RESULT = 3;
    private static final int CALL_ERROR = 4;

    /** What a received text is. */
    sealed interface Incoming permits CallFrame, AnswerFrame, Unreadable {
    }

    /** A CALL of the central system. */
    record CallFrame(ReceivedCall call) implements Incoming {
    }

    /** A CALLRESULT or CALLERROR to one of our CALLs. */
    record AnswerFrame(String messageId, Answer answer) implements Incoming {
    }

    /** Anything else; tests read it from the text log. */
    record Unreadable() implements Incoming {
    }

    private Frames() {
    }

    static Incoming parse(String text) {
        JsonNode frame;
        try {
            frame = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return new Unreadable();
        }
        if (frame == null || !frame.isArray() || !frame.path(1).isTextual()) {
            return new Unreadable();
        }
        String id = frame.get(1).asText();
        int type = frame.get(0).isInt() ? frame.get(0).intValue() : -1;
        if (type == CALL && frame.size() == 4 && frame.get(2).isTextual()) {
            return new CallFrame(new ReceivedCall(id, frame.get(2).asText(), frame.get(3)));
        }
        if (type == CALL_RESULT && frame.size() == 3) {
            return new AnswerFrame(id, Answer.result(frame.get(2)));
        }
        if (type == CALL_ERROR && frame.size() == 5) {
            return new AnswerFrame(id, new Answer.Error(frame.get(2).asText(),
                    frame.get(3).asText(), frame.get(4)));
        }
        return new Unreadable();
    }

    /** The message id of a text, when it is a JSON array whose second element is a string. */
    static Optional<String> messageId(String text) {
        try {
            JsonNode id = JSON.readTree(text).path(1);
            return id.isTextual() ? Optional.of(id.asText()) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    static String call(String messageId, String action, JsonNode payload) {
        return write(JSON.createArrayNode().add(CALL).add(messageId).add(action).add(payload));
    }

    static String answer(String messageId, Answer answer) {
        ArrayNode frame = JSON.createArrayNode();
        switch (answer) {
            case Answer.Result result -> frame.add(CALL_RESULT).add(messageId).add(result.payload());
            case Answer.Error error -> frame.add(CALL_ERROR).add(messageId).add(error.code())
                    .add(error.description()).add(error.details());
        }
        return write(frame);
    }

    private static String write(JsonNode frame) {
        try {
            return JSON.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }
}
