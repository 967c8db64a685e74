package io.ampgate.ocpp.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ampgate.ocpp.schema.PayloadKind;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExamplesRoundTripTest {

    /**
     * Equal as payloads: numbers by value (300 and 300.0), timestamps by instant
     * ("04:00:00+01:00" and "03:00:00Z"), everything else as it is.
     */
    static final Comparator<JsonNode> SAME_PAYLOAD_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        Optional<Instant> instantA = instant(a);
        Optional<Instant> instantB = instant(b);
        if (instantA.isPresent() && instantB.isPresent()) {
            return instantA.get().compareTo(instantB.get());
        }
        return a.equals(b) ? 0 : 1;
    };

    private static Optional<Instant> instant(JsonNode node) {
        try {
            return node.isTextual()
                    ? Optional.of(OffsetDateTime.parse(node.textValue()).toInstant()) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("io.ampgate.ocpp.message.Fixtures#coreExamples")
    void exampleDecodesIntoItsRecordAndEncodesBackToTheSamePayload(String action, PayloadKind kind,
            JsonNode example) {
        Class<?> type = Fixtures.recordOf(action, kind);

        Object message = Messages.fromPayload(example, type);
        JsonNode encoded = Messages.toPayload(message);

        assertThat(message).isInstanceOf(type);
        assertThat(encoded.equals(SAME_PAYLOAD_VALUE, example))
                .as("%s encoded %s, example %s", type.getSimpleName(), encoded, example).isTrue();
        assertThat(Fixtures.VALIDATOR.check(action, kind, encoded)).isEmpty();
        assertThat(Messages.fromPayload(encoded, type)).isEqualTo(message);
    }

    @Test
    void theComparisonForgivesOnlyNumberAndTimestampNotation() {
        assertThat(samePayload("{\"limit\": 16}", "{\"limit\": 16.0}")).isTrue();
        assertThat(samePayload("{\"t\": \"2026-11-22T04:30:00+01:00\"}", "{\"t\": \"2026-11-22T03:30:00Z\"}"))
                .isTrue();
        assertThat(samePayload("{\"limit\": 16}", "{\"limit\": 16.1}")).isFalse();
        assertThat(samePayload("{\"value\": \"300\"}", "{\"value\": 300}")).isFalse();
        assertThat(samePayload("{\"t\": \"2026-11-22T04:30:00Z\"}", "{\"t\": \"2026-11-22T03:30:00Z\"}"))
                .isFalse();
        assertThat(samePayload("{\"a\": 1}", "{\"a\": 1, \"b\": null}")).isFalse();
        assertThat(samePayload("{\"a\": [1, 2]}", "{\"a\": [2, 1]}")).isFalse();
    }

    private static boolean samePayload(String a, String b) {
        return Fixtures.json(a).equals(SAME_PAYLOAD_VALUE, Fixtures.json(b));
    }

    @Test
    void examplesDecodeIntoTheValuesTheyHold() {
        BootNotificationResponse boot = Messages.fromPayload(
                Fixtures.EXAMPLES.get("BootNotification").get(1), BootNotificationResponse.class);
        assertThat(boot).isEqualTo(new BootNotificationResponse(RegistrationStatus.ACCEPTED,
                Instant.parse("2026-11-22T03:30:00.123Z"), 300));

        MeterValuesRequest meterValues = Messages.fromPayload(
                Fixtures.EXAMPLES.get("MeterValues").get(0), MeterValuesRequest.class);
        assertThat(meterValues.meterValue().get(0).sampledValue()).containsExactly(
                new SampledValue("12345", ReadingContext.SAMPLE_PERIODIC, null,
                        Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, null, Location.OUTLET,
                        UnitOfMeasure.WH),
                new SampledValue("16.1", null, null, Measurand.CURRENT_IMPORT, Phase.L1, null,
                        UnitOfMeasure.A));

        SetChargingProfileRequest profile = Messages.fromPayload(
                Fixtures.EXAMPLES.get("SetChargingProfile").get(0), SetChargingProfileRequest.class);
        assertThat(profile.csChargingProfiles().chargingSchedule().chargingSchedulePeriod())
                .containsExactly(new ChargingSchedulePeriod(0, 32),
                        new ChargingSchedulePeriod(28800, 16, 1));

        GetCompositeScheduleResponse composite = Messages.fromPayload(
                Fixtures.EXAMPLES.get("GetCompositeSchedule").get(1), GetCompositeScheduleResponse.class);
        assertThat(composite.scheduleStart()).isEqualTo(Instant.parse("2026-11-22T03:00:00Z"));
        assertThat(Messages.toPayload(composite).get("scheduleStart").asText())
                .isEqualTo("2026-11-22T03:00:00Z");
    }

    @Test
    void fieldsTheRecordDoesNotHaveAreIgnored() {
        JsonNode payload = Fixtures.json("{\"idTag\": \"04A2\", \"vendorExtra\": {\"x\": 1}}");

        assertThat(Messages.fromPayload(payload, AuthorizeRequest.class))
                .isEqualTo(new AuthorizeRequest("04A2"));
    }

    @Test
    void nullFieldsAreLeftOutAndEmptyMessagesAreEmptyObjects() {
        assertThat(Messages.toPayload(new AuthorizeResponse(new IdTagInfo(AuthorizationStatus.BLOCKED))))
                .isEqualTo(Fixtures.json("{\"idTagInfo\": {\"status\": \"Blocked\"}}"));
        assertThat(Messages.toPayload(new HeartbeatRequest())).isEqualTo(Fixtures.json("{}"));
        assertThat(Messages.fromPayload(Fixtures.json("{}"), StatusNotificationResponse.class))
                .isEqualTo(new StatusNotificationResponse());
    }
}
