package io.ampgate.mqtt.signal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.ampgate.api.signal.GridSignalLevel;
import io.ampgate.api.unit.PhaseValues;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads a {@code signal/grid/set} payload: a pure function, every refusal with a reason the
 * building-management integrator can act on.
 *
 * <pre>
 * {"level":"favorable"}
 * {"level":"constrained","cap":30}                 30 A on each phase
 * {"level":"constrained","cap":[30,30,20],"maxSessions":2,"validForSeconds":300}
 * {"level":"lost"}
 * </pre>
 */
final class GridSignalPayload {
    static final int MAX_BYTES = 4096;
    static final long MAX_VALID_SECONDS = 366L * 86400;
    private static final Set<String> FIELDS = Set.of("level", "cap", "maxSessions", "validForSeconds");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The outcome of reading one payload. */
    sealed interface Parsed permits Accepted, Refused {}

    record Accepted(SignalRequest request) implements Parsed {}

    record Refused(String reason) implements Parsed {}

    private GridSignalPayload() {}

    static Parsed parse(byte[] payload) {
        if (payload.length > MAX_BYTES) {
            return new Refused("the payload has " + payload.length + " bytes, more than " + MAX_BYTES);
        }
        JsonNode root;
        try {
            root = JSON.readTree(payload);
        } catch (JacksonException e) {
            return new Refused("not JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            return new Refused("not JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            return new Refused("the payload must be a JSON object such as {\"level\":\"favorable\"}");
        }
        try {
            return new Accepted(request(root));
        } catch (IllegalArgumentException e) {
            return new Refused(e.getMessage());
        }
    }

    private static SignalRequest request(JsonNode root) {
        // an unknown field is most likely a misspelt one ("maxSession"): ignoring it would leave
        // the site less restricted than the sender meant
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("unknown field '" + name + "' (known: level, cap, maxSessions, validForSeconds)");
            }
        }
        GridSignalLevel level = level(root.get("level"));
        if (level != GridSignalLevel.CONSTRAINED && (root.has("cap") || root.has("maxSessions"))) {
            throw new IllegalArgumentException("only a constrained signal carries cap or maxSessions");
        }
        PhaseValues cap = root.has("cap") ? cap(root.get("cap")) : PhaseValues.none();
        OptionalInt maxSessions = root.has("maxSessions")
                ? OptionalInt.of((int) whole(root.get("maxSessions"), "maxSessions", Integer.MAX_VALUE))
                : OptionalInt.empty();
        Duration validFor = root.has("validForSeconds")
                ? Duration.ofSeconds(whole(root.get("validForSeconds"), "validForSeconds", MAX_VALID_SECONDS))
                : Duration.ZERO;
        return new SignalRequest(level, cap, maxSessions, validFor);
    }

    private static GridSignalLevel level(JsonNode node) {
        if (node == null) {
            throw new IllegalArgumentException("level is missing: favorable, constrained or lost");
        }
        String text = node.isTextual() ? node.asText().toLowerCase(Locale.ROOT) : "";
        return switch (text) {
            case "favorable" -> GridSignalLevel.FAVORABLE;
            case "constrained" -> GridSignalLevel.CONSTRAINED;
            case "lost" -> GridSignalLevel.LOST;
            default -> throw new IllegalArgumentException("level must be favorable, constrained or lost, not " + node);
        };
    }

    private static PhaseValues cap(JsonNode node) {
        if (node.isNumber()) {
            return PhaseValues.all(amperes(node));
        }
        if (node.isArray() && node.size() == 3) {
            return PhaseValues.of(amperes(node.get(0)), amperes(node.get(1)), amperes(node.get(2)));
        }
        throw new IllegalArgumentException("cap must be amperes for every phase (30) or for L1, L2, L3 ([30,30,20]), not " + node);
    }

    private static double amperes(JsonNode node) {
        double a = node.isNumber() ? node.asDouble() : Double.NaN;
        if (!Double.isFinite(a) || a < 0) {
            throw new IllegalArgumentException("a cap must be a number of amperes >= 0, not " + node);
        }
        return a;
    }

    private static long whole(JsonNode node, String name, long max) {
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < 0 || node.asLong() > max) {
            throw new IllegalArgumentException(name + " must be a whole number from 0 to " + max + ", not " + node);
        }
        return node.asLong();
    }
}
