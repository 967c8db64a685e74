package io.ampgate.ocpp.schema;

import static io.ampgate.ocpp.schema.PayloadValidatorTest.VALIDATOR;
import static io.ampgate.ocpp.schema.PayloadValidatorTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.ocpp.rpc.ErrorCode;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChargingProfileRulesTest {

    private static final String PERIODS = "[{\"startPeriod\": 0, \"limit\": 16}, {\"startPeriod\": 600, \"limit\": 8}]";

    /** A SetChargingProfile.req: connector, purpose, extra profile fields, periods. */
    private static String set(int connectorId, String purpose, String extra, String periods) {
        return "{\"connectorId\": " + connectorId + ", \"csChargingProfiles\": {\"chargingProfileId\": 1,"
                + " \"stackLevel\": 0, \"chargingProfilePurpose\": \"" + purpose + "\","
                + " \"chargingProfileKind\": \"Absolute\"" + extra + ","
                + " \"chargingSchedule\": {\"chargingRateUnit\": \"A\", \"startSchedule\": \"2026-11-22T00:00:00Z\","
                + " \"chargingSchedulePeriod\": " + periods + "}}}";
    }

    private static String remoteStart(String purpose, String extra) {
        return "{\"idTag\": \"A\", \"connectorId\": 1, \"chargingProfile\": {\"chargingProfileId\": 2, \"stackLevel\": 1,"
                + " \"chargingProfilePurpose\": \"" + purpose + "\", \"chargingProfileKind\": \"Relative\"" + extra + ","
                + " \"chargingSchedule\": {\"chargingRateUnit\": \"W\", \"chargingSchedulePeriod\": " + PERIODS + "}}}";
    }

    static Stream<Arguments> cases() {
        ErrorCode ok = null;
        ErrorCode property = ErrorCode.PropertyConstraintViolation;
        ErrorCode occurrence = ErrorCode.OccurenceConstraintViolation;
        return Stream.of(
                // SetChargingProfile: purposes and connectors
                Arguments.of("max profile on 0", "SetChargingProfile", set(0, "ChargePointMaxProfile", "", PERIODS), ok),
                Arguments.of("max profile on 1", "SetChargingProfile", set(1, "ChargePointMaxProfile", "", PERIODS), property),
                Arguments.of("default profile on 0", "SetChargingProfile", set(0, "TxDefaultProfile", "", PERIODS), ok),
                Arguments.of("default profile on 2", "SetChargingProfile", set(2, "TxDefaultProfile", "", PERIODS), ok),
                Arguments.of("tx profile with transaction", "SetChargingProfile",
                        set(1, "TxProfile", ", \"transactionId\": 1001", PERIODS), ok),
                Arguments.of("tx profile without transaction", "SetChargingProfile", set(1, "TxProfile", "", PERIODS), occurrence),
                Arguments.of("tx profile on 0", "SetChargingProfile",
                        set(0, "TxProfile", ", \"transactionId\": 1001", PERIODS), property),
                Arguments.of("negative connector", "SetChargingProfile", set(-1, "TxDefaultProfile", "", PERIODS), property),
                Arguments.of("transaction on a default profile", "SetChargingProfile",
                        set(1, "TxDefaultProfile", ", \"transactionId\": 1001", PERIODS), occurrence),
                Arguments.of("negative stack level", "SetChargingProfile",
                        set(1, "TxDefaultProfile", "", PERIODS).replace("\"stackLevel\": 0", "\"stackLevel\": -1"), property),
                // kinds and validity
                Arguments.of("recurring daily", "SetChargingProfile", set(0, "TxDefaultProfile", "", PERIODS)
                        .replace("\"Absolute\"", "\"Recurring\", \"recurrencyKind\": \"Weekly\""), ok),
                Arguments.of("recurring without recurrency", "SetChargingProfile", set(0, "TxDefaultProfile", "", PERIODS)
                        .replace("\"Absolute\"", "\"Recurring\""), occurrence),
                Arguments.of("recurrency on absolute", "SetChargingProfile",
                        set(0, "TxDefaultProfile", ", \"recurrencyKind\": \"Daily\"", PERIODS), occurrence),
                Arguments.of("valid window", "SetChargingProfile", set(0, "TxDefaultProfile",
                        ", \"validFrom\": \"2026-11-22T00:00:00Z\", \"validTo\": \"2026-11-22T02:00:00+01:00\"", PERIODS), ok),
                Arguments.of("empty window", "SetChargingProfile", set(0, "TxDefaultProfile",
                        ", \"validFrom\": \"2026-11-22T00:00:00Z\", \"validTo\": \"2026-11-22T01:00:00+01:00\"", PERIODS), property),
                Arguments.of("reversed window", "SetChargingProfile", set(0, "TxDefaultProfile",
                        ", \"validFrom\": \"2026-11-23T00:00:00Z\", \"validTo\": \"2026-11-22T00:00:00Z\"", PERIODS), property),
                // schedule periods
                Arguments.of("no period", "SetChargingProfile", set(0, "TxDefaultProfile", "", "[]"), occurrence),
                Arguments.of("first period not at 0", "SetChargingProfile",
                        set(0, "TxDefaultProfile", "", "[{\"startPeriod\": 60, \"limit\": 16}]"), property),
                Arguments.of("periods descending", "SetChargingProfile", set(0, "TxDefaultProfile", "",
                        "[{\"startPeriod\": 0, \"limit\": 16}, {\"startPeriod\": 600, \"limit\": 8}, {\"startPeriod\": 300, \"limit\": 8}]"),
                        property),
                Arguments.of("periods repeated", "SetChargingProfile", set(0, "TxDefaultProfile", "",
                        "[{\"startPeriod\": 0, \"limit\": 16}, {\"startPeriod\": 0, \"limit\": 8}]"), property),
                Arguments.of("negative limit", "SetChargingProfile",
                        set(0, "TxDefaultProfile", "", "[{\"startPeriod\": 0, \"limit\": -6}]"), property),
                Arguments.of("zero limit", "SetChargingProfile",
                        set(0, "TxDefaultProfile", "", "[{\"startPeriod\": 0, \"limit\": 0}]"), ok),
                Arguments.of("four phases", "SetChargingProfile",
                        set(0, "TxDefaultProfile", "", "[{\"startPeriod\": 0, \"limit\": 16, \"numberPhases\": 4}]"), property),
                Arguments.of("zero phases", "SetChargingProfile",
                        set(0, "TxDefaultProfile", "", "[{\"startPeriod\": 0, \"limit\": 16, \"numberPhases\": 0}]"), property),
                Arguments.of("negative duration", "SetChargingProfile", set(0, "TxDefaultProfile", "", PERIODS)
                        .replace("\"chargingRateUnit\": \"A\"", "\"chargingRateUnit\": \"A\", \"duration\": -1"), property),
                Arguments.of("negative minimum rate", "SetChargingProfile", set(0, "TxDefaultProfile", "", PERIODS)
                        .replace("\"chargingRateUnit\": \"A\"", "\"chargingRateUnit\": \"A\", \"minChargingRate\": -0.1"), property),
                Arguments.of("profile timestamp without zone", "SetChargingProfile",
                        set(0, "TxDefaultProfile", "", PERIODS).replace("2026-11-22T00:00:00Z", "2026-11-22T00:00:00"), property),
                // RemoteStartTransaction
                Arguments.of("remote start tx profile", "RemoteStartTransaction", remoteStart("TxProfile", ""), ok),
                Arguments.of("remote start default profile", "RemoteStartTransaction", remoteStart("TxDefaultProfile", ""), property),
                Arguments.of("remote start max profile", "RemoteStartTransaction", remoteStart("ChargePointMaxProfile", ""), property),
                Arguments.of("remote start with transaction", "RemoteStartTransaction",
                        remoteStart("TxProfile", ", \"transactionId\": 5"), occurrence),
                Arguments.of("remote start periods", "RemoteStartTransaction",
                        remoteStart("TxProfile", "").replace("\"startPeriod\": 0", "\"startPeriod\": 5"), property),
                Arguments.of("remote start without profile", "RemoteStartTransaction", "{\"idTag\": \"A\"}", ok));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void requests(String name, String action, String payload, ErrorCode expected) {
        var violation = VALIDATOR.check(action, PayloadKind.REQUEST, json(payload));
        if (expected == null) {
            assertThat(violation).isEmpty();
        } else {
            assertThat(violation).get().extracting(Violation::code).isEqualTo(expected);
        }
    }

    static Stream<Arguments> compositeSchedules() {
        return Stream.of(
                Arguments.of(PERIODS, null),
                Arguments.of("[{\"startPeriod\": 10, \"limit\": 16}]", ErrorCode.PropertyConstraintViolation),
                Arguments.of("[{\"startPeriod\": 0, \"limit\": 16}, {\"startPeriod\": 0, \"limit\": 6}]",
                        ErrorCode.PropertyConstraintViolation),
                Arguments.of("[]", ErrorCode.OccurenceConstraintViolation));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("compositeSchedules")
    void compositeScheduleConfirmations(String periods, ErrorCode expected) {
        String payload = "{\"status\": \"Accepted\", \"connectorId\": 1, \"chargingSchedule\":"
                + " {\"chargingRateUnit\": \"A\", \"chargingSchedulePeriod\": " + periods + "}}";
        var violation = VALIDATOR.check("GetCompositeSchedule", PayloadKind.CONFIRMATION, json(payload));
        if (expected == null) {
            assertThat(violation).isEmpty();
        } else {
            assertThat(violation).get().extracting(Violation::code).isEqualTo(expected);
        }
    }
}
