package io.ampgate.ocpp.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.ampgate.ocpp.rpc.ErrorCode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Every field a schema declares {@code "format": "date-time"} must be a valid instant with a time
 * zone: {@code Z} (RFC 3339 also allows {@code z}) or an offset {@code ±hh:mm} (OCPP 1.6 asks for
 * UTC; an offset is unambiguous too, a local time is not). A violation is a
 * PropertyConstraintViolation. The schema library's date-time format check catches most of these
 * first; this rule does not depend on it.
 *
 * <p>Walks the payload along its schema, following {@code properties}, {@code items} and local
 * {@code $ref}s ({@code #/definitions/...}).
 */
final class TimestampRule {

    private TimestampRule() {
    }

    /** The first timestamp of {@code payload} without a valid time zone, if any. */
    static Optional<Violation> check(JsonNode root, JsonNode payload) {
        return walk(root, root, payload, "", 0);
    }

    private static Optional<Violation> walk(JsonNode root, JsonNode schema, JsonNode value,
            String path, int depth) {
        if (schema == null || value == null || depth > 32) {
            return Optional.empty();
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.isTextual() && ref.textValue().startsWith("#/")) {
            return walk(root, root.at(ref.textValue().substring(1)), value, path, depth + 1);
        }
        if ("date-time".equals(schema.path("format").asText()) && value.isTextual()
                && !isInstantWithZone(value.textValue())) {
            return Optional.of(new Violation(ErrorCode.PropertyConstraintViolation,
                    (path.isEmpty() ? "/" : path) + ": '" + value.textValue()
                            + "' is not a date-time with a time zone (Z or +hh:mm)"));
        }
        if (value.isObject() && schema.has("properties")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.get("properties").fields();
                    it.hasNext();) {
                Map.Entry<String, JsonNode> property = it.next();
                Optional<Violation> found = walk(root, property.getValue(),
                        value.get(property.getKey()), path + "/" + property.getKey(), depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                Optional<Violation> found =
                        walk(root, schema.get("items"), value.get(i), path + "/" + i, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code text} is an RFC 3339 date-time with Z or a ±hh:mm offset. */
    static boolean isInstantWithZone(String text) {
        try {
            OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            // ISO_OFFSET_DATE_TIME also takes +hh:mm:ss and +hh; RFC 3339 has only Z and ±hh:mm
            return text.endsWith("Z") || text.endsWith("z") || text.matches(".*[+-]\\d\\d:\\d\\d");
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
