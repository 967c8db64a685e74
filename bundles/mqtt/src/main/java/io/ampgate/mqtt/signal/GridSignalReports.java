package io.ampgate.mqtt.signal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ampgate.api.unit.PhaseValues;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What the source publishes back: the signal in force ({@code state}) and refusals ({@code error}). */
final class GridSignalReports {
    static final int ECHOED_CHARS = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private GridSignalReports() {}

    /**
     * {@code {"level":"constrained","cap":[30.0,30.0,20.0],"maxSessions":2,"receivedAt":"…","validUntil":"…"}},
     * or {@code {"level":"none"}} when no signal from MQTT is in force (none yet, or it expired).
     */
    static byte[] state(SourceState state, java.time.Instant now) {
        ObjectNode json = JSON.createObjectNode();
        SignalRequest r = state.request();
        if (r == null || state.expired(now)) {
            json.put("level", "none");
            return bytes(json);
        }
        json.put("level", r.level().name().toLowerCase(Locale.ROOT));
        if (!r.cap().equals(PhaseValues.none())) {
            ArrayNode cap = json.putArray("cap");
            for (double a : new double[] {r.cap().l1(), r.cap().l2(), r.cap().l3()}) {
                if (Double.isNaN(a)) {
                    cap.addNull();
                } else {
                    cap.add(a);
                }
            }
        }
        r.maxSessions().ifPresent(n -> json.put("maxSessions", n));
        json.put("receivedAt", state.receivedAt().toString());
        state.validUntil().ifPresent(t -> json.put("validUntil", t.toString()));
        return bytes(json);
    }

    /** {@code {"error":"…","payload":"…"}}: the reason and the start of the refused payload. */
    static byte[] error(String reason, byte[] payload) {
        String text = new String(payload, StandardCharsets.UTF_8);
        ObjectNode json = JSON.createObjectNode();
        json.put("error", reason);
        json.put("payload", text.length() > ECHOED_CHARS ? text.substring(0, ECHOED_CHARS) + "…" : text);
        return bytes(json);
    }

    private static byte[] bytes(ObjectNode json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
