package io.ampgate.ocpp.central;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ampgate.ocpp.message.Messages;

/** Short hands between payload trees and the typed messages. */
final class Json {

    private Json() {
    }

    /** A payload already checked against its schema, as its record. */
    static <T> T read(JsonNode payload, Class<T> type) {
        return Messages.fromPayload(payload, type);
    }

    static JsonNode write(Object message) {
        return Messages.toPayload(message);
    }

    /** The wire name of an OCPP enum constant, e.g. {@code "SuspendedEVSE"}. */
    static String wire(Enum<?> constant) {
        return Messages.wireName(constant);
    }

    static ObjectNode empty() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ObjectNode object(String field, String value) {
        return empty().put(field, value);
    }
}
