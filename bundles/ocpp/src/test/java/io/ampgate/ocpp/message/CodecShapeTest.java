package io.ampgate.ocpp.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the constructors refuse, and how the codec reports a payload of the wrong shape. */
class CodecShapeTest {

    @Test
    void aRequiredFieldLeftNullIsRefusedByName() {
        assertThatThrownBy(() -> new AuthorizeRequest(null))
                .isInstanceOf(NullPointerException.class).hasMessage("idTag is required");
        assertThatThrownBy(() -> new ChargingSchedule(null, null, ChargingRateUnit.A, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("chargingSchedulePeriod is required");
    }

    @Test
    void listsAreUnmodifiableCopiesWithoutNulls() {
        List<String> keys = new ArrayList<>(List.of("HeartbeatInterval"));
        GetConfigurationRequest request = new GetConfigurationRequest(keys);
        keys.add("MeterValueSampleInterval");

        assertThat(request.key()).containsExactly("HeartbeatInterval");
        assertThatThrownBy(() -> request.key().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new GetConfigurationRequest(null).key()).isNull();
        assertThatThrownBy(() -> new GetConfigurationRequest(Arrays.asList("a", null)))
                .isInstanceOf(NullPointerException.class).hasMessage("key has a null element");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"connectorId": "1"}                                             | /connectorId
            {"connectorId": 1.5}                                             | /connectorId
            {"connectorId": null}                                            | /connectorId
            {"connectorId": true}                                            | /connectorId
            {}                                                               | /connectorId
            """)
    void aNumberOfTheWrongShapeIsRefusedWhereItIs(String payload, String pointer) {
        assertThatThrownBy(() -> Messages.fromPayload(Fixtures.json(payload), UnlockConnectorRequest.class))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageStartingWith("cannot read UnlockConnectorRequest at " + pointer + ": ")
                .extracting(e -> ((MalformedPayloadException) e).pointer()).isEqualTo(pointer);
    }

    @Test
    void nestedFailuresCarryTheirPath() {
        String payload = """
                {"connectorId": 1, "meterValue": [{"timestamp": "2026-11-22T03:30:00Z",
                 "sampledValue": [{"value": "1"}, {"value": 16.1}]}]}""";

        assertThatThrownBy(() -> Messages.fromPayload(Fixtures.json(payload), MeterValuesRequest.class))
                .isInstanceOf(MalformedPayloadException.class)
                .extracting(e -> ((MalformedPayloadException) e).pointer())
                .isEqualTo("/meterValue/0/sampledValue/1/value");
        assertThatThrownBy(() -> Messages.fromPayload(
                Fixtures.json("{\"connectorId\": 1, \"meterValue\": [{\"sampledValue\": []}]}"),
                MeterValuesRequest.class))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessage("cannot read MeterValuesRequest at /meterValue/0: timestamp is required");
    }

    @Test
    void aPayloadIsAnObject() {
        for (String json : List.of("[]", "\"Reset\"", "null")) {
            assertThatThrownBy(() -> Messages.fromPayload(Fixtures.json(json), ResetRequest.class))
                    .as(json).isInstanceOf(MalformedPayloadException.class)
                    .extracting(e -> ((MalformedPayloadException) e).pointer()).isEqualTo("/");
        }
        assertThatThrownBy(() -> Messages.toPayload("Reset")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Messages.toPayload(Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }
}
