package io.ampgate.ocpp.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ampgate.ocpp.rpc.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PayloadValidatorTest {

    static final PayloadValidator VALIDATOR = PayloadValidator.ocpp16();
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNode EXAMPLES = load();

    private static JsonNode load() {
        try (InputStream in = PayloadValidatorTest.class.getResourceAsStream("/valid-examples.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    @Test
    void knowsEveryOcpp16ActionAndHasAnExampleForEach() {
        Set<String> examples = new TreeSet<>();
        EXAMPLES.fieldNames().forEachRemaining(examples::add);
        assertThat(VALIDATOR.actions()).hasSize(39).containsExactlyInAnyOrderElementsOf(examples);
        assertThat(VALIDATOR.knows("SecurityEventNotification")).isTrue();
        assertThat(VALIDATOR.knows("NotifyEVChargingNeeds")).isFalse();
    }

    static Stream<Arguments> examples() {
        List<Arguments> all = new ArrayList<>();
        EXAMPLES.fields().forEachRemaining(e -> {
            all.add(Arguments.of(e.getKey(), PayloadKind.REQUEST, e.getValue().get(0)));
            all.add(Arguments.of(e.getKey(), PayloadKind.CONFIRMATION, e.getValue().get(1)));
        });
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examples")
    void validExamplesPass(String action, PayloadKind kind, JsonNode payload) {
        assertThat(VALIDATOR.check(action, kind, payload)).isEmpty();
        VALIDATOR.requireValid(action, kind, payload);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                // type mismatches
                Arguments.of("Authorize", PayloadKind.REQUEST, "{\"idTag\": 12}", ErrorCode.TypeConstraintViolation),
                Arguments.of("StartTransaction", PayloadKind.REQUEST,
                        "{\"connectorId\": \"1\", \"idTag\": \"A\", \"meterStart\": 0, \"timestamp\": \"2026-11-22T03:30:00Z\"}",
                        ErrorCode.TypeConstraintViolation),
                Arguments.of("BootNotification", PayloadKind.CONFIRMATION,
                        "{\"status\": \"Accepted\", \"currentTime\": \"2026-11-22T03:30:00Z\", \"interval\": 1.5}",
                        ErrorCode.TypeConstraintViolation),
                Arguments.of("MeterValues", PayloadKind.REQUEST, "{\"connectorId\": 1, \"meterValue\": {}}",
                        ErrorCode.TypeConstraintViolation),
                Arguments.of("GetConfiguration", PayloadKind.CONFIRMATION,
                        "{\"configurationKey\": [{\"key\": \"K\", \"readonly\": \"no\"}]}", ErrorCode.TypeConstraintViolation),
                // missing required fields
                Arguments.of("Authorize", PayloadKind.REQUEST, "{}", ErrorCode.OccurenceConstraintViolation),
                Arguments.of("BootNotification", PayloadKind.REQUEST, "{\"chargePointVendor\": \"V\"}",
                        ErrorCode.OccurenceConstraintViolation),
                Arguments.of("StopTransaction", PayloadKind.REQUEST,
                        "{\"meterStop\": 1, \"timestamp\": \"2026-11-22T03:30:00Z\"}", ErrorCode.OccurenceConstraintViolation),
                Arguments.of("MeterValues", PayloadKind.REQUEST,
                        "{\"connectorId\": 1, \"meterValue\": [{\"timestamp\": \"2026-11-22T03:30:00Z\", \"sampledValue\": [{}]}]}",
                        ErrorCode.OccurenceConstraintViolation),
                Arguments.of("Heartbeat", PayloadKind.CONFIRMATION, "{}", ErrorCode.OccurenceConstraintViolation),
                // fields the action does not define
                Arguments.of("Heartbeat", PayloadKind.REQUEST, "{\"extra\": 1}", ErrorCode.FormationViolation),
                Arguments.of("Authorize", PayloadKind.CONFIRMATION,
                        "{\"idTagInfo\": {\"status\": \"Accepted\", \"colour\": \"red\"}}", ErrorCode.FormationViolation),
                // values out of their constraints
                Arguments.of("Authorize", PayloadKind.REQUEST, "{\"idTag\": \"" + "x".repeat(21) + "\"}",
                        ErrorCode.PropertyConstraintViolation),
                Arguments.of("StatusNotification", PayloadKind.REQUEST,
                        "{\"connectorId\": 1, \"errorCode\": \"NoError\", \"status\": \"Busy\"}",
                        ErrorCode.PropertyConstraintViolation),
                Arguments.of("BootNotification", PayloadKind.CONFIRMATION,
                        "{\"status\": \"Maybe\", \"currentTime\": \"2026-11-22T03:30:00Z\", \"interval\": 300}",
                        ErrorCode.PropertyConstraintViolation),
                Arguments.of("Heartbeat", PayloadKind.CONFIRMATION, "{\"currentTime\": \"yesterday\"}",
                        ErrorCode.PropertyConstraintViolation),
                Arguments.of("SetChargingProfile", PayloadKind.CONFIRMATION, "{\"status\": \"accepted\"}",
                        ErrorCode.PropertyConstraintViolation),
                Arguments.of("GetCompositeSchedule", PayloadKind.CONFIRMATION,
                        "{\"status\": \"Accepted\", \"chargingSchedule\": {\"chargingRateUnit\": \"A\","
                                + " \"chargingSchedulePeriod\": [{\"startPeriod\": 0, \"limit\": 16.05}]}}",
                        ErrorCode.PropertyConstraintViolation),
                // several failures: the type mismatch wins
                Arguments.of("BootNotification", PayloadKind.REQUEST,
                        "{\"chargePointVendor\": 5, \"extra\": true}", ErrorCode.TypeConstraintViolation),
                // actions without a schema
                Arguments.of("NotifyEVChargingNeeds", PayloadKind.REQUEST, "{}", ErrorCode.NotImplemented),
                Arguments.of("heartbeat", PayloadKind.REQUEST, "{}", ErrorCode.NotImplemented));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("invalid")
    void invalidPayloadsGetTheirErrorCode(String action, PayloadKind kind, String payload, ErrorCode code) {
        assertThat(VALIDATOR.check(action, kind, json(payload))).hasValueSatisfying(v -> {
            assertThat(v.code()).as(v.description()).isEqualTo(code);
            assertThat(v.description()).isNotBlank();
        });
        assertThatThrownBy(() -> VALIDATOR.requireValid(action, kind, json(payload)))
                .isInstanceOfSatisfying(InvalidPayloadException.class,
                        e -> assertThat(e.violation().code()).isEqualTo(code));
    }

    @Test
    void describesManyFailuresBriefly() {
        Violation v = VALIDATOR.check("BootNotification", PayloadKind.REQUEST,
                json("{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5}")).orElseThrow();
        assertThat(v.code()).isEqualTo(ErrorCode.OccurenceConstraintViolation);
        assertThat(v.description()).startsWith("$: required property").contains("more");
    }

    static Stream<Arguments> timestamps() {
        return Stream.of(
                Arguments.of("2026-11-22T03:30:00Z", true),
                Arguments.of("2026-11-22T03:30:00.123Z", true),
                Arguments.of("2026-11-22T03:30:00.123456789Z", true),
                Arguments.of("2026-11-22T04:30:00+01:00", true),
                Arguments.of("2026-11-21T22:30:00-05:00", true),
                Arguments.of("2026-11-22T03:30:00", false),
                Arguments.of("2026-11-22T03:30:00.000", false),
                Arguments.of("2026-11-22 03:30:00Z", false),
                Arguments.of("2026-11-22T03:30Z", false),
                Arguments.of("2026-11-22T03:30:00+0100", false),
                Arguments.of("2026-11-22T03:30:00+01", false),
                Arguments.of("2026-11-22T03:30:00+01:00:00", false),
                Arguments.of("2026-02-30T03:30:00Z", false),
                Arguments.of("2026-11-22T25:30:00Z", false),
                Arguments.of("2026-11-22", false),
                Arguments.of("", false));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("timestamps")
    void timestampsNeedAValidInstantWithATimeZone(String timestamp, boolean valid) {
        String heartbeat = "{\"currentTime\": \"" + timestamp + "\"}";
        assertThat(VALIDATOR.check("Heartbeat", PayloadKind.CONFIRMATION, json(heartbeat)).isEmpty())
                .isEqualTo(valid);
        // nested in arrays, too
        String meterValues = "{\"connectorId\": 1, \"meterValue\": [{\"timestamp\": \"2026-11-22T03:30:00Z\","
                + " \"sampledValue\": [{\"value\": \"1\"}]}, {\"timestamp\": \"" + timestamp + "\","
                + " \"sampledValue\": [{\"value\": \"2\"}]}]}";
        assertThat(VALIDATOR.check("MeterValues", PayloadKind.REQUEST, json(meterValues)))
                .satisfies(v -> {
                    if (valid) {
                        assertThat(v).isEmpty();
                    } else {
                        assertThat(v).get().extracting(Violation::code)
                                .isEqualTo(ErrorCode.PropertyConstraintViolation);
                    }
                });
        // and behind a $ref (security extension)
        String log = "{\"log\": {\"remoteLocation\": \"https://x\", \"latestTimestamp\": \"" + timestamp + "\"},"
                + " \"logType\": \"DiagnosticsLog\", \"requestId\": 1}";
        assertThat(VALIDATOR.check("GetLog", PayloadKind.REQUEST, json(log)).isEmpty()).isEqualTo(valid);
    }
}
