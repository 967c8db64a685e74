package io.ampgate.simulator.ocpp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The official OCPP 1.6 JSON schemas, read from bundles/ocpp's sources (the path comes from the
 * surefire configuration), to check what the simulator sends and answers.
 */
final class Ocpp16Schemas {

    private static final Map<String, JsonSchema> SCHEMAS = load();

    private Ocpp16Schemas() {
    }

    /** The schema failures of {@code payload} as the request of {@code action}. */
    static List<String> requestViolations(String action, JsonNode payload) {
        return violations("urn:" + action + ".req", payload);
    }

    /** The schema failures of {@code payload} as the confirmation of {@code action}. */
    static List<String> confirmationViolations(String action, JsonNode payload) {
        return violations("urn:" + action + ".conf", payload);
    }

    private static List<String> violations(String id, JsonNode payload) {
        JsonSchema schema = SCHEMAS.get(id);
        if (schema == null) {
            throw new IllegalArgumentException("no schema " + id);
        }
        Set<ValidationMessage> messages = schema.validate(payload);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static Map<String, JsonSchema> load() {
        String path = System.getProperty("ocpp16.schemas");
        if (path == null) {
            throw new IllegalStateException("system property ocpp16.schemas is not set (see pom.xml)");
        }
        try {
            JsonNode array = StationLink.JSON.readTree(new File(path));
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            Map<String, JsonSchema> schemas = new HashMap<>();
            for (JsonNode schema : array) {
                ObjectNode copy = schema.deepCopy();
                copy.remove("$schema");
                schemas.put(copy.path("$id").asText(), factory.getSchema(copy, config));
            }
            return Map.copyOf(schemas);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the OCPP 1.6 schemas at " + path, e);
        }
    }
}
