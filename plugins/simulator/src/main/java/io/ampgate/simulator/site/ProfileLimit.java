package io.ampgate.simulator.site;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The current a connector may give, from the charging profiles it holds (OCPP 1.6, 3.13): during
 * a transaction its TxProfile, else its TxDefaultProfile, else the station's TxDefaultProfile
 * (connector 0); all capped by the station's ChargePointMaxProfile. Of several profiles of one
 * purpose, the highest stack level in force wins. A profile's limit is the period in force now;
 * a limit in W becomes A at the nominal voltage over the period's number of phases (3 unless
 * given). A pure function of the profiles and the time.
 */
public final class ProfileLimit {

    private ProfileLimit() {
    }

    /**
     * @param connector the profiles installed on the connector
     * @param station the profiles installed on connector 0
     * @param transactionId the transaction running on the connector, if any
     * @param transactionStart when it started (for Relative schedules), or null
     * @param now the time
     * @param volts the nominal voltage
     * @return the limit in A per phase; empty when no profile limits the connector
     */
    public static OptionalDouble limitA(List<JsonNode> connector, List<JsonNode> station, OptionalInt transactionId,
            Instant transactionStart, Instant now, double volts) {
        Optional<Double> own = transactionId.isPresent()
                ? highest(connector, "TxProfile", transactionId, transactionStart, now, volts)
                : Optional.empty();
        if (own.isEmpty()) {
            own = highest(connector, "TxDefaultProfile", transactionId, transactionStart, now, volts)
                    .or(() -> highest(station, "TxDefaultProfile", transactionId, transactionStart, now, volts));
        }
        Optional<Double> max = highest(station, "ChargePointMaxProfile", transactionId, transactionStart, now, volts);
        if (own.isEmpty() && max.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.min(own.orElse(Double.MAX_VALUE), max.orElse(Double.MAX_VALUE)));
    }

    /** The limit of the profile of {@code purpose} with the highest stack level that is in force. */
    private static Optional<Double> highest(List<JsonNode> profiles, String purpose, OptionalInt transactionId,
            Instant transactionStart, Instant now, double volts) {
        JsonNode best = null;
        double limit = 0;
        for (JsonNode profile : profiles) {
            if (!purpose.equals(profile.path("chargingProfilePurpose").asText())
                    || profile.has("transactionId") && transactionId.isPresent()
                            && profile.path("transactionId").asInt() != transactionId.getAsInt()) {
                continue;
            }
            OptionalDouble inForce = inForce(profile, transactionStart, now, volts);
            if (inForce.isPresent() && (best == null
                    || profile.path("stackLevel").asInt() >= best.path("stackLevel").asInt())) {
                best = profile;
                limit = inForce.getAsDouble();
            }
        }
        return best == null ? Optional.empty() : Optional.of(limit);
    }

    /** The limit of the profile's period in force at {@code now}, in A; empty when none is. */
    static OptionalDouble inForce(JsonNode profile, Instant transactionStart, Instant now, double volts) {
        Optional<Instant> from = time(profile.path("validFrom"));
        Optional<Instant> to = time(profile.path("validTo"));
        if (from.isPresent() && now.isBefore(from.get()) || to.isPresent() && !now.isBefore(to.get())) {
            return OptionalDouble.empty();
        }
        JsonNode schedule = profile.path("chargingSchedule");
        Instant start = switch (profile.path("chargingProfileKind").asText()) {
            case "Relative" -> transactionStart != null ? transactionStart : now;
            default -> time(schedule.path("startSchedule")).orElse(now);
        };
        long elapsed = Duration.between(start, now).toSeconds();
        String recurrency = profile.path("recurrencyKind").asText();
        if ("Recurring".equals(profile.path("chargingProfileKind").asText()) && elapsed >= 0) {
            elapsed %= "Weekly".equals(recurrency) ? 7 * 86_400 : 86_400;
        }
        if (elapsed < 0 || schedule.has("duration") && elapsed >= schedule.path("duration").asLong()) {
            return OptionalDouble.empty();
        }
        JsonNode current = null;
        for (JsonNode period : schedule.path("chargingSchedulePeriod")) {
            if (period.path("startPeriod").asLong() <= elapsed) {
                current = period;
            }
        }
        if (current == null) {
            return OptionalDouble.empty();
        }
        double limit = current.path("limit").asDouble();
        if ("W".equals(schedule.path("chargingRateUnit").asText())) {
            limit /= volts * current.path("numberPhases").asInt(3);
        }
        return OptionalDouble.of(limit);
    }

    private static Optional<Instant> time(JsonNode node) {
        if (!node.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(node.asText()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
