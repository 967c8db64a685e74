package io.ampgate.ocpp.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ampgate.ocpp.schema.PayloadKind;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every record against its schema: the components are the schema's properties in the schema's
 * order; a required integer, number or boolean is a primitive and an optional one boxed; a
 * date-time is an {@link Instant}; an enum's wire names are the schema's values in the schema's
 * order; objects and arrays recurse.
 */
class SchemaConformanceTest {

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("io.ampgate.ocpp.message.Fixtures#corePayloads")
    void recordHasTheFieldsAndTypesOfTheSchema(String action, PayloadKind kind) {
        JsonNode schema = Fixtures.schema(action, kind);
        List<String> problems = new ArrayList<>();

        compareObject(schema, schema, Fixtures.recordOf(action, kind), "", problems);

        assertThat(problems).isEmpty();
    }

    private static void compareObject(JsonNode root, JsonNode schema, Class<?> type, String at,
            List<String> problems) {
        if (!type.isRecord()) {
            problems.add(at + ": " + type.getSimpleName() + " is not a record");
            return;
        }
        List<String> properties = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);
        List<String> components =
                Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        if (!components.equals(properties)) {
            problems.add(at + ": " + type.getSimpleName() + " has " + components + ", the schema "
                    + properties);
        }
        Set<String> required = Set.copyOf(StreamSupport.stream(
                schema.path("required").spliterator(), false).map(JsonNode::asText).toList());
        for (RecordComponent component : type.getRecordComponents()) {
            JsonNode property = schema.path("properties").get(component.getName());
            if (property != null) {
                compareValue(root, Fixtures.resolve(root, property), component.getGenericType(),
                        required.contains(component.getName()), at + "/" + component.getName(),
                        problems);
            }
        }
    }

    private static void compareValue(JsonNode root, JsonNode schema, Type type, boolean required,
            String at, List<String> problems) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        Class<?> expected = switch (schema.path("type").asText()) {
            case "integer" -> required ? int.class : Integer.class;
            case "number" -> required ? double.class : Double.class;
            case "boolean" -> required ? boolean.class : Boolean.class;
            case "array" -> List.class;
            case "object" -> raw;
            case "string" -> schema.has("enum") ? raw
                    : "date-time".equals(schema.path("format").asText()) ? Instant.class : String.class;
            default -> Void.class;
        };
        if (raw != expected) {
            problems.add(at + ": " + raw.getSimpleName() + " where the schema wants "
                    + expected.getSimpleName());
        } else if (schema.has("enum")) {
            compareEnum(schema, raw, at, problems);
        } else if (raw == List.class) {
            Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
            compareValue(root, Fixtures.resolve(root, schema.get("items")), item, true, at + "/items",
                    problems);
        } else if (schema.has("properties")) {
            compareObject(root, schema, raw, at, problems);
        }
    }

    private static void compareEnum(JsonNode schema, Class<?> type, String at, List<String> problems) {
        if (!type.isEnum()) {
            problems.add(at + ": " + type.getSimpleName() + " is not an enum");
            return;
        }
        List<String> wireNames = Arrays.stream(type.getEnumConstants())
                .map(constant -> Messages.wireName((Enum<?>) constant)).toList();
        List<String> values =
                StreamSupport.stream(schema.get("enum").spliterator(), false).map(JsonNode::asText).toList();
        if (!wireNames.equals(values)) {
            problems.add(at + ": " + type.getSimpleName() + " has " + wireNames + ", the schema " + values);
        }
    }
}
