package io.ampgate.ocpp.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InstantTest {

    private static Instant read(String json) {
        return Messages.fromPayload(Fixtures.json("{\"currentTime\": " + json + "}"),
                HeartbeatResponse.class).currentTime();
    }

    private static String written(Instant instant) {
        return Messages.toPayload(new HeartbeatResponse(instant)).get("currentTime").textValue();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "2026-11-22T04:30:00+01:00,     2026-11-22T03:30:00Z",
        "2026-11-21T22:00:00-05:30,     2026-11-22T03:30:00Z",
        "2026-11-22T03:30:00Z,          2026-11-22T03:30:00Z",
        "2026-11-22T03:30:00z,          2026-11-22T03:30:00Z",
        "2026-11-22T03:30:00+00:00,     2026-11-22T03:30:00Z",
        "2026-11-22T04:30:00.123+01:00, 2026-11-22T03:30:00.123Z",
        "2026-11-22T03:30:00.5Z,        2026-11-22T03:30:00.500Z",
    })
    void anyOffsetReadsAsTheSameInstant(String wire, String instant) {
        assertThat(read("\"" + wire + "\"")).isEqualTo(Instant.parse(instant));
    }

    @Test
    void writtenInUtcWithZAndMillisecondsKept() {
        assertThat(written(read("\"2026-11-22T04:30:00+01:00\""))).isEqualTo("2026-11-22T03:30:00Z");
        assertThat(written(read("\"2026-11-22T03:30:00.123Z\""))).isEqualTo("2026-11-22T03:30:00.123Z");
        assertThat(written(Instant.parse("2026-11-22T03:30:00.100Z"))).isEqualTo("2026-11-22T03:30:00.100Z");
    }

    @Test
    void digitsBelowAMillisecondAreNotWritten() {
        assertThat(written(Instant.parse("2026-11-22T03:30:00.123456789Z")))
                .isEqualTo("2026-11-22T03:30:00.123Z");
        assertThat(written(Instant.parse("2026-11-22T03:30:00.000999Z")))
                .isEqualTo("2026-11-22T03:30:00Z");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"2026-11-22T03:30:00\"", "\"2026-11-22\"", "\"yesterday\"", "\"\"",
        "1763782200", "true"})
    void aTimestampWithoutAnOffsetOrNotATimestampIsRefused(String json) {
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContaining("/currentTime")
                .extracting(e -> ((MalformedPayloadException) e).pointer()).isEqualTo("/currentTime");
    }
}
