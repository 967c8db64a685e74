package io.ampgate.ocpp.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ampgate.ocpp.schema.PayloadKind;
import io.ampgate.ocpp.schema.PayloadValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The valid examples and the schemas, read once for the tests of this package. */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    static final PayloadValidator VALIDATOR = PayloadValidator.ocpp16();
    static final JsonNode EXAMPLES = read("/valid-examples.json");
    private static final Map<String, JsonNode> SCHEMAS = new HashMap<>();

    static {
        for (JsonNode schema : read(PayloadValidator.SCHEMAS)) {
            SCHEMAS.put(schema.get("$id").asText(), schema);
        }
    }

    private Fixtures() {
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** The schema of an action's payload of {@code kind}. */
    static JsonNode schema(String action, PayloadKind kind) {
        return SCHEMAS.get(kind.schemaId(action));
    }

    /** {@code node}, or what its {@code $ref} points to in {@code root}. */
    static JsonNode resolve(JsonNode root, JsonNode node) {
        return node.has("$ref") ? root.at(node.get("$ref").asText().substring(1)) : node;
    }

    /** The record of an action's payload of {@code kind}. */
    static Class<?> recordOf(String action, PayloadKind kind) {
        ActionTable.Entry entry = ActionTable.of(action).orElseThrow();
        return kind == PayloadKind.REQUEST ? entry.request() : entry.response();
    }

    /** Every core action's example, as (action, kind, payload), request and confirmation. */
    static Stream<Arguments> coreExamples() {
        List<Arguments> all = new ArrayList<>();
        for (String action : Messages.CORE_ACTIONS.stream().sorted().toList()) {
            all.add(Arguments.of(action, PayloadKind.REQUEST, EXAMPLES.get(action).get(0)));
            all.add(Arguments.of(action, PayloadKind.CONFIRMATION, EXAMPLES.get(action).get(1)));
        }
        return all.stream();
    }

    /** Every core action with its payload kind. */
    static Stream<Arguments> corePayloads() {
        return coreExamples().map(a -> Arguments.of(a.get()[0], a.get()[1]));
    }
}
