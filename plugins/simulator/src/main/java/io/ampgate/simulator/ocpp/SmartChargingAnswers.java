package io.ampgate.simulator.ocpp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/** The default answers of the Smart Charging profile: set, clear and report charging profiles. */
final class SmartChargingAnswers {

    private final StationState state;
    private final Supplier<Instant> now;

    SmartChargingAnswers(StationState state, Supplier<Instant> now) {
        this.state = state;
        this.now = now;
    }

    /**
     * Installs the profile. Rejected for an unknown connector, and for a TxProfile on connector 0
     * or on a connector without a transaction (OCPP 1.6 allows a TxProfile only during one).
     */
    ObjectNode set(JsonNode p) {
        int connector = p.path("connectorId").asInt(-1);
        JsonNode profile = p.path("csChargingProfiles");
        boolean txProfile = "TxProfile".equals(profile.path("chargingProfilePurpose").asText());
        if (!state.hasConnector(connector)
                || txProfile && (connector == 0 || state.transaction(connector).isEmpty())) {
            return DefaultAnswers.status("Rejected");
        }
        state.installProfile(connector, profile);
        return DefaultAnswers.status("Accepted");
    }

    /** Accepted when a profile was removed, Unknown when none matched. */
    ObjectNode clear(JsonNode p) {
        boolean removed = state.clearProfiles(optionalInt(p, "id"), optionalInt(p, "connectorId"),
                p.has("chargingProfilePurpose")
                        ? Optional.of(p.get("chargingProfilePurpose").asText()) : Optional.empty(),
                optionalInt(p, "stackLevel"));
        return DefaultAnswers.status(removed ? "Accepted" : "Unknown");
    }

    /**
     * The schedule of the profile set last on the connector (or else on connector 0), starting
     * now, over the duration asked for; Rejected when there is none. No stacking or merging: a
     * simulator only needs to say what it was told.
     */
    ObjectNode compositeSchedule(JsonNode p) {
        int connector = p.path("connectorId").asInt(-1);
        if (!state.hasConnector(connector)) {
            return DefaultAnswers.status("Rejected");
        }
        Optional<JsonNode> profile = state.lastChargingProfile(connector)
                .or(() -> state.lastChargingProfile(0));
        if (profile.isEmpty()) {
            return DefaultAnswers.status("Rejected");
        }
        ObjectNode schedule = profile.get().path("chargingSchedule").deepCopy();
        schedule.remove("startSchedule");
        schedule.put("duration", p.path("duration").asInt());
        ObjectNode answer = DefaultAnswers.status("Accepted").put("connectorId", connector)
                .put("scheduleStart", Payloads.timestamp(now.get()));
        answer.set("chargingSchedule", schedule);
        return answer;
    }

    private static OptionalInt optionalInt(JsonNode p, String field) {
        return p.has(field) ? OptionalInt.of(p.get(field).asInt()) : OptionalInt.empty();
    }
}
