package io.ampgate.ocpp.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ampgate.ocpp.schema.PayloadKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Changes every example one field at a time, following its schema: a required field removed must
 * not decode and the error must name it; an optional one removed must decode; an enum value
 * replaced by an unknown one must not decode and the error must name the value and where it is.
 * Examples without such fields are skipped, not passed.
 */
class PayloadMutationTest {

    /** One field of a payload: the object that holds it, its name and its schema. */
    record Field(String pointer, ObjectNode holder, String name, boolean required, JsonNode schema) {
    }

    /** A copy of an example with one field changed. */
    record Mutant(JsonNode payload, Field field) {
    }

    private static List<Field> fields(JsonNode root, JsonNode schema, JsonNode value, String pointer) {
        List<Field> found = new ArrayList<>();
        schema = Fixtures.resolve(root, schema);
        if (value instanceof ObjectNode object && schema.has("properties")) {
            Set<String> required = Set.copyOf(StreamSupport.stream(
                    schema.path("required").spliterator(), false).map(JsonNode::asText).toList());
            for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
                if (object.has(property.getKey())) {
                    String at = pointer + "/" + property.getKey();
                    JsonNode childSchema = Fixtures.resolve(root, property.getValue());
                    found.add(new Field(at, object, property.getKey(),
                            required.contains(property.getKey()), childSchema));
                    found.addAll(fields(root, childSchema, object.get(property.getKey()), at));
                }
            }
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                found.addAll(fields(root, schema.get("items"), value.get(i), pointer + "/" + i));
            }
        }
        return found;
    }

    /** For each field {@code which} selects, a fresh copy of the example with {@code change} done. */
    private static List<Mutant> mutants(String action, PayloadKind kind, JsonNode example,
            Predicate<Field> which, Consumer<Field> change) {
        JsonNode schema = Fixtures.schema(action, kind);
        List<Mutant> mutants = new ArrayList<>();
        for (int i = 0; i < fields(schema, schema, example, "").size(); i++) {
            JsonNode copy = example.deepCopy();
            Field field = fields(schema, schema, copy, "").get(i);
            if (which.test(field)) {
                change.accept(field);
                mutants.add(new Mutant(copy, field));
            }
        }
        return mutants;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("io.ampgate.ocpp.message.Fixtures#coreExamples")
    void aMissingRequiredFieldIsNamedAndAMissingOptionalOneIsFine(String action, PayloadKind kind,
            JsonNode example) {
        Class<?> type = Fixtures.recordOf(action, kind);
        List<Mutant> mutants = mutants(action, kind, example, field -> true,
                field -> field.holder().remove(field.name()));
        assumeThat(mutants).as("fields in the example").isNotEmpty();

        for (Mutant mutant : mutants) {
            Field field = mutant.field();
            if (field.required()) {
                assertThatThrownBy(() -> Messages.fromPayload(mutant.payload(), type))
                        .as("%s without %s", type.getSimpleName(), field.pointer())
                        .isInstanceOf(MalformedPayloadException.class)
                        .hasMessageContaining(field.name());
            } else {
                JsonNode encoded = Messages.toPayload(Messages.fromPayload(mutant.payload(), type));
                assertThat(encoded.at(field.pointer()).isMissingNode())
                        .as("%s without %s", type.getSimpleName(), field.pointer()).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("io.ampgate.ocpp.message.Fixtures#coreExamples")
    void anUnknownEnumValueIsNamedWithWhereItIs(String action, PayloadKind kind, JsonNode example) {
        Class<?> type = Fixtures.recordOf(action, kind);
        List<Mutant> mutants = mutants(action, kind, example, field -> field.schema().has("enum"),
                field -> field.holder().put(field.name(), "Bogus"));
        assumeThat(mutants).as("enum fields in the example").isNotEmpty();

        for (Mutant mutant : mutants) {
            assertThatThrownBy(() -> Messages.fromPayload(mutant.payload(), type))
                    .isInstanceOf(MalformedPayloadException.class)
                    .hasMessageContaining("\"Bogus\"")
                    .extracting(e -> ((MalformedPayloadException) e).pointer())
                    .isEqualTo(mutant.field().pointer());
        }
    }
}
