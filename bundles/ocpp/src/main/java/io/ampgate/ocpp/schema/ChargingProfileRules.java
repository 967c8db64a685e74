package io.ampgate.ocpp.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.ampgate.ocpp.rpc.ErrorCode;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The charging-profile rules of OCPP 1.6 (sections 3.13 and 7.7 to 7.9) that span fields, checked
 * after the schema passed. A field that must be absent or present is an
 * OccurenceConstraintViolation; a value not allowed with the others is a
 * PropertyConstraintViolation.
 *
 * <ul>
 * <li>every profile: {@code stackLevel} is at least 0; {@code transactionId} only with
 *     purpose TxProfile; {@code recurrencyKind} present exactly when the kind is Recurring;
 *     {@code validFrom} before {@code validTo};</li>
 * <li>SetChargingProfile: ChargePointMaxProfile only on connector 0; TxProfile only on a
 *     connector above 0 and with the {@code transactionId} it applies to;</li>
 * <li>RemoteStartTransaction: the profile's purpose is TxProfile, without a
 *     {@code transactionId} (the transaction does not exist yet);</li>
 * <li>every charging schedule (also in GetCompositeSchedule.conf): at least one period, the
 *     first starting at 0, start periods strictly ascending, limits and
 *     {@code minChargingRate} not negative, {@code numberPhases} 1 to 3, {@code duration} not
 *     negative.</li>
 * </ul>
 */
final class ChargingProfileRules {

    private ChargingProfileRules() {
    }

    static Optional<Violation> check(String action, PayloadKind kind, JsonNode payload) {
        if (kind == PayloadKind.REQUEST && action.equals("SetChargingProfile")) {
            return setChargingProfile(payload.path("connectorId").asInt(),
                    payload.path("csChargingProfiles"));
        }
        if (kind == PayloadKind.REQUEST && action.equals("RemoteStartTransaction")
                && payload.has("chargingProfile")) {
            JsonNode profile = payload.get("chargingProfile");
            if (!"TxProfile".equals(profile.path("chargingProfilePurpose").asText())) {
                return property("/chargingProfile/chargingProfilePurpose",
                        "a RemoteStartTransaction profile must be a TxProfile");
            }
            if (profile.has("transactionId")) {
                return occurrence("/chargingProfile/transactionId",
                        "a RemoteStartTransaction profile has no transaction yet");
            }
            return profile(profile, "/chargingProfile");
        }
        if (kind == PayloadKind.CONFIRMATION && action.equals("GetCompositeSchedule")
                && payload.has("chargingSchedule")) {
            return schedule(payload.get("chargingSchedule"), "/chargingSchedule");
        }
        return Optional.empty();
    }

    private static Optional<Violation> setChargingProfile(int connectorId, JsonNode profile) {
        String purpose = profile.path("chargingProfilePurpose").asText();
        if (connectorId < 0) {
            return property("/connectorId", "a connector id is 0 or more");
        }
        if (purpose.equals("ChargePointMaxProfile") && connectorId != 0) {
            return property("/connectorId", "a ChargePointMaxProfile is set on connector 0 only");
        }
        if (purpose.equals("TxProfile") && connectorId == 0) {
            return property("/connectorId", "a TxProfile is set on a connector above 0 only");
        }
        if (purpose.equals("TxProfile") && !profile.has("transactionId")) {
            return occurrence("/csChargingProfiles/transactionId",
                    "a TxProfile names the transaction it applies to");
        }
        return profile(profile, "/csChargingProfiles");
    }

    private static Optional<Violation> profile(JsonNode profile, String path) {
        if (profile.path("stackLevel").asInt() < 0) {
            return property(path + "/stackLevel", "the stack level is 0 or more");
        }
        if (profile.has("transactionId")
                && !"TxProfile".equals(profile.path("chargingProfilePurpose").asText())) {
            return occurrence(path + "/transactionId", "only a TxProfile has a transaction id");
        }
        boolean recurring = "Recurring".equals(profile.path("chargingProfileKind").asText());
        if (recurring != profile.has("recurrencyKind")) {
            return occurrence(path + "/recurrencyKind",
                    "recurrencyKind is given exactly when the profile kind is Recurring");
        }
        if (profile.has("validFrom") && profile.has("validTo")
                && !OffsetDateTime.parse(profile.get("validFrom").asText())
                        .isBefore(OffsetDateTime.parse(profile.get("validTo").asText()))) {
            return property(path + "/validTo", "validTo must be after validFrom");
        }
        return schedule(profile.path("chargingSchedule"), path + "/chargingSchedule");
    }

    private static Optional<Violation> schedule(JsonNode schedule, String path) {
        JsonNode periods = schedule.path("chargingSchedulePeriod");
        if (periods.isEmpty()) {
            return occurrence(path + "/chargingSchedulePeriod", "a schedule has at least one period");
        }
        if (schedule.has("duration") && schedule.get("duration").asLong() < 0) {
            return property(path + "/duration", "the duration is 0 or more");
        }
        if (schedule.has("minChargingRate") && schedule.get("minChargingRate").asDouble() < 0) {
            return property(path + "/minChargingRate", "the minimum charging rate is 0 or more");
        }
        long previous = -1;
        for (int i = 0; i < periods.size(); i++) {
            JsonNode period = periods.get(i);
            String at = path + "/chargingSchedulePeriod/" + i;
            long start = period.path("startPeriod").asLong();
            if (i == 0 && start != 0) {
                return property(at + "/startPeriod", "the first period starts at 0");
            }
            if (start <= previous) {
                return property(at + "/startPeriod", "start periods are strictly ascending");
            }
            previous = start;
            if (period.path("limit").asDouble() < 0) {
                return property(at + "/limit", "a limit is 0 or more");
            }
            if (period.has("numberPhases")
                    && (period.get("numberPhases").asInt() < 1 || period.get("numberPhases").asInt() > 3)) {
                return property(at + "/numberPhases", "the number of phases is 1, 2 or 3");
            }
        }
        return Optional.empty();
    }

    private static Optional<Violation> property(String path, String rule) {
        return Optional.of(new Violation(ErrorCode.PropertyConstraintViolation, path + ": " + rule));
    }

    private static Optional<Violation> occurrence(String path, String rule) {
        return Optional.of(new Violation(ErrorCode.OccurenceConstraintViolation, path + ": " + rule));
    }
}
