package io.ampgate.ocpp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.ocpp.server.Liveness.Action;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LivenessTest {

    private static final Liveness RULE = new Liveness(Duration.ofSeconds(30), Duration.ofSeconds(15));
    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    @ParameterizedTest(name = "heard {0}s, ping {1}s, now {2}s -> {3}")
    @CsvSource(nullValues = "-", textBlock = """
            0,  -,  0,  WAIT
            0,  -,  29, WAIT
            0,  -,  30, PING
            0,  30, 31, WAIT
            0,  30, 44, WAIT
            0,  30, 45, DROP
            31, 30, 45, WAIT
            31, 30, 61, PING
            40, -,  69, WAIT
            """)
    void decidesFromLastHeardAndTheWaitingPing(int heard, Integer ping, int now, Action expected) {
        Instant pingSent = ping == null ? null : T0.plusSeconds(ping);

        assertThat(RULE.check(T0.plusSeconds(now), T0.plusSeconds(heard), pingSent)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, 15", "30, 0", "-1, 15"})
    void refusesNonPositiveDurations(int interval, int timeout) {
        assertThatThrownBy(() -> new Liveness(Duration.ofSeconds(interval), Duration.ofSeconds(timeout)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
