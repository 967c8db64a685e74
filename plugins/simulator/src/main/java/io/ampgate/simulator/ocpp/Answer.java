package io.ampgate.simulator.ocpp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Objects;

/**
 * The answer to one CALL: a {@link Result} (the payload of a CALLRESULT) or an {@link Error} (a
 * CALLERROR). The simulator gets one for each CALL it sends, and gives one back for each CALL the
 * central system sends it.
 */
public sealed interface Answer permits Answer.Result, Answer.Error {

    /** A CALLRESULT with its payload. */
    record Result(JsonNode payload) implements Answer {
        public Result {
            Objects.requireNonNull(payload, "payload");
        }
    }

    /**
     * A CALLERROR. A null description becomes "" and null details become {@code {}}.
     *
     * @param code the error code as on the wire, for example {@code NotImplemented}
     */
    record Error(String code, String description, JsonNode details) implements Answer {
        public Error {
            Objects.requireNonNull(code, "code");
            description = description == null ? "" : description;
            details = details == null ? JsonNodeFactory.instance.objectNode() : details;
        }
    }

    /** A CALLRESULT with {@code payload}. */
    static Result result(JsonNode payload) {
        return new Result(payload);
    }

    /** A CALLERROR without details. */
    static Error error(String code, String description) {
        return new Error(code, description, null);
    }

    /**
     * The payload of a {@link Result}.
     *
     * @throws IllegalStateException when this is an {@link Error}, with its code and description
     */
    default JsonNode resultPayload() {
        return switch (this) {
            case Result result -> result.payload();
            case Error error -> throw new IllegalStateException(
                    "CALLERROR " + error.code() + ": " + error.description() + " " + error.details());
        };
    }
}
