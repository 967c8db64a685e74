package io.ampgate.ocpp.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One OCPP-J message: a {@link Call}, a {@link CallResult} or a {@link CallError}. The
 * constructors enforce what the spec requires of every frame, so that an invalid frame can never be
 * built, let alone sent.
 */
public sealed interface Frame permits Frame.Call, Frame.CallResult, Frame.CallError {

    /** The longest message id the spec allows (36 characters: room for a UUID). */
    int MAX_MESSAGE_ID_LENGTH = 36;

    /** The id that pairs a CALL with its CALLRESULT or CALLERROR. */
    String messageId();

    /** The message type number on the wire: 2, 3 or 4. */
    int messageType();

    /** A request: {@code [2, "<messageId>", "<action>", {payload}]}. */
    record Call(String messageId, String action, JsonNode payload) implements Frame {
        public Call {
            checkMessageId(messageId);
            if (action == null || action.isEmpty()) {
                throw new IllegalArgumentException("a CALL needs an action");
            }
            checkObject(payload, "payload");
        }

        @Override
        public int messageType() {
            return 2;
        }
    }

    /** A confirmation: {@code [3, "<messageId>", {payload}]}. */
    record CallResult(String messageId, JsonNode payload) implements Frame {
        public CallResult {
            checkMessageId(messageId);
            checkObject(payload, "payload");
        }

        @Override
        public int messageType() {
            return 3;
        }
    }

    /**
     * An error answer: {@code [4, "<messageId>", "<errorCode>", "<errorDescription>", {details}]}.
     * A null description becomes "" and null details become {@code {}}.
     */
    record CallError(String messageId, ErrorCode code, String description, JsonNode details)
            implements Frame {
        public CallError {
            checkMessageId(messageId);
            Objects.requireNonNull(code, "code");
            description = description == null ? "" : description;
            details = details == null ? JsonNodeFactory.instance.objectNode() : details;
            checkObject(details, "details");
        }

        /** An error without details. */
        public CallError(String messageId, ErrorCode code, String description) {
            this(messageId, code, description, null);
        }

        @Override
        public int messageType() {
            return 4;
        }
    }

    private static void checkMessageId(String messageId) {
        if (messageId == null || messageId.isEmpty() || messageId.length() > MAX_MESSAGE_ID_LENGTH) {
            throw new IllegalArgumentException(
                    "a message id has 1 to " + MAX_MESSAGE_ID_LENGTH + " characters: " + messageId);
        }
    }

    private static void checkObject(JsonNode node, String what) {
        if (!(node instanceof ObjectNode)) {
            throw new IllegalArgumentException("the " + what + " must be a JSON object");
        }
    }
}
