package io.ampgate.ocpp.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.ampgate.ocpp.rpc.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Validates OCPP 1.6 payloads against the official JSON schemas (loaded once from
 * {@value #SCHEMAS}) and then against the rules the schemas cannot express ({@link TimestampRule},
 * {@link ChargingProfileRules}).
 *
 * <p>How a schema failure maps to a CALLERROR code (OCPP-J 1.6, section 4.2.3):
 * <ul>
 * <li>{@code type}: TypeConstraintViolation;</li>
 * <li>{@code required}, {@code minItems}, {@code maxItems}: OccurenceConstraintViolation;</li>
 * <li>{@code additionalProperties}: FormationViolation, since a field the action does not define
 *     means the payload does not conform to the action's PDU structure;</li>
 * <li>everything else ({@code enum}, {@code format}, {@code maxLength}, {@code multipleOf},
 *     ...): PropertyConstraintViolation.</li>
 * </ul>
 * When a payload has several failures, the code of the first in that order wins (type,
 * occurrence, formation, property) and the description lists the first few.
 * An action without a schema is NotImplemented. Whether a site supports an action it knows
 * (NotSupported) is for the caller to decide.
 */
public final class PayloadValidator {

    /** The class-path resource with the OCPP 1.6 schemas. */
    public static final String SCHEMAS = "/ocpp/schemas/ocpp1_6.json";

    private static final List<ErrorCode> PRECEDENCE = List.of(ErrorCode.TypeConstraintViolation,
            ErrorCode.OccurenceConstraintViolation, ErrorCode.FormationViolation,
            ErrorCode.PropertyConstraintViolation);

    private final Map<String, JsonSchema> schemas;
    private final Map<String, JsonNode> schemaNodes;
    private final Set<String> actions = new TreeSet<>();

    private PayloadValidator(JsonNode array) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_PATH)
                .build();
        Map<String, JsonSchema> loaded = new LinkedHashMap<>();
        Map<String, JsonNode> nodes = new LinkedHashMap<>();
        for (JsonNode schema : array) {
            ObjectNode copy = ((ObjectNode) schema).deepCopy();
            String id = copy.path("$id").asText();
            // the files name draft-07 without the trailing '#'; the factory is draft-07 anyway
            copy.remove("$schema");
            loaded.put(id, factory.getSchema(copy, config));
            nodes.put(id, copy);
            actions.add(id.substring("urn:".length(), id.lastIndexOf('.')));
        }
        this.schemas = Map.copyOf(loaded);
        this.schemaNodes = Map.copyOf(nodes);
    }

    /** The validator for OCPP 1.6, with the schemas from this bundle. */
    public static PayloadValidator ocpp16() {
        try (InputStream in = PayloadValidator.class.getResourceAsStream(SCHEMAS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCHEMAS);
            }
            return new PayloadValidator(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMAS, e);
        }
    }

    /** Every action with a schema, core and security extension. */
    public Set<String> actions() {
        return Set.copyOf(actions);
    }

    /** Whether {@code action} has schemas. */
    public boolean knows(String action) {
        return actions.contains(action);
    }

    /** What is wrong with {@code payload} as {@code action}'s payload of {@code kind}, if anything. */
    public Optional<Violation> check(String action, PayloadKind kind, JsonNode payload) {
        JsonSchema schema = schemas.get(kind.schemaId(action));
        if (schema == null) {
            return Optional.of(new Violation(ErrorCode.NotImplemented, "unknown action " + action));
        }
        Set<ValidationMessage> messages = schema.validate(payload);
        if (!messages.isEmpty()) {
            return Optional.of(toViolation(messages));
        }
        Optional<Violation> timestamps =
                TimestampRule.check(schemaNodes.get(kind.schemaId(action)), payload);
        if (timestamps.isPresent()) {
            return timestamps;
        }
        return ChargingProfileRules.check(action, kind, payload);
    }

    /**
     * Checks a payload we are about to send.
     *
     * @throws InvalidPayloadException when it is not valid
     */
    public void requireValid(String action, PayloadKind kind, JsonNode payload) {
        Optional<Violation> violation = check(action, kind, payload);
        if (violation.isPresent()) {
            throw new InvalidPayloadException(action, kind, violation.get());
        }
    }

    private static Violation toViolation(Set<ValidationMessage> messages) {
        List<ValidationMessage> sorted = messages.stream()
                .sorted(Comparator.comparingInt((ValidationMessage m) -> PRECEDENCE.indexOf(code(m)))
                        .thenComparing(m -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .toList();
        StringBuilder description = new StringBuilder();
        for (ValidationMessage m : sorted.subList(0, Math.min(3, sorted.size()))) {
            description.append(description.isEmpty() ? "" : "; ").append(m.getMessage());
        }
        if (sorted.size() > 3) {
            description.append("; and ").append(sorted.size() - 3).append(" more");
        }
        return new Violation(code(sorted.get(0)), description.toString());
    }

    /** The CALLERROR code of one schema failure, by the keyword that failed. */
    static ErrorCode code(ValidationMessage message) {
        return switch (String.valueOf(message.getType())) {
            case "type" -> ErrorCode.TypeConstraintViolation;
            case "required", "minItems", "maxItems" -> ErrorCode.OccurenceConstraintViolation;
            case "additionalProperties" -> ErrorCode.FormationViolation;
            default -> ErrorCode.PropertyConstraintViolation;
        };
    }
}
