package io.ampgate.store.jdbc.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.unit.PhaseValues;
import io.ampgate.store.session.SessionMeterValue;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChargingTimeTest {
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final double NONE = Double.NaN;

    /** A sample {@code minutes} after the start: register and total power. */
    private static SessionMeterValue at(double minutes, double energyWh, double powerW) {
        return new SessionMeterValue(1, T0.plusMillis(Math.round(minutes * 60_000)), energyWh, powerW,
                PhaseValues.none(), PhaseValues.none(), PhaseValues.none());
    }

    private static Arguments row(String name, long minutes, long meterStart, long meterStop, long expectedSeconds,
            SessionMeterValue... samples) {
        return Arguments.of(name, minutes, meterStart, meterStop, expectedSeconds, Arrays.asList(samples));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                row("no samples, energy delivered: the whole session", 120, 1000, 9000, 7200),
                row("no samples, no energy: nothing", 120, 1000, 1000, 0),
                row("no samples, register backwards: nothing", 120, 9000, 1000, 0),
                row("steady charging", 60, 0, 4000, 3600,
                        at(15, 1000, NONE), at(30, 2000, NONE), at(45, 3000, NONE)),
                row("a pause in the middle", 90, 0, 4000, 3600,
                        at(15, 1000, NONE), at(30, 2000, NONE), at(45, 2000, NONE), at(60, 2000, NONE),
                        at(75, 3000, NONE)),
                row("car full after one hour", 180, 0, 7000, 3600,
                        at(30, 3500, NONE), at(60, 7000, NONE), at(120, 7000, NONE)),
                row("no register, power above the threshold", 60, 0, 0, 1800,
                        at(15, NONE, 7000), at(30, NONE, 7000), at(45, NONE, 50)),
                row("per-phase power without a total", 60, 0, 0, 3600,
                        new SessionMeterValue(1, T0.plusSeconds(1800), NONE, NONE, PhaseValues.of(2300, 2300, 2300),
                                PhaseValues.none(), PhaseValues.none())),
                row("register going backwards: a replaced meter is not charging", 60, 50_000, 1000, 2700,
                        at(15, 51_000, NONE), at(30, 100, NONE), at(45, 500, NONE)),
                row("duplicate timestamps count once", 60, 0, 3000, 3600,
                        at(20, 1000, NONE), at(20, 1000, NONE), at(40, 2000, NONE), at(40, 2000, NONE)),
                row("samples outside the session are ignored", 60, 0, 0, 0,
                        at(-10, 5000, 7000), at(70, 9000, 7000)),
                row("samples in any order", 60, 0, 2000, 1800,
                        at(45, 2000, NONE), at(15, 1000, NONE), at(30, 2000, NONE)),
                row("samples without register or power say nothing", 60, 0, 1000, 3600,
                        at(30, NONE, NONE)),
                row("the register wins over the power", 60, 0, 0, 0,
                        at(30, 0, 7000)),
                row("samples at the start and stop times", 60, 0, 2000, 1800,
                        at(0, 0, NONE), at(30, 2000, NONE), at(60, 2000, NONE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void chargingTime(String name, long minutes, long meterStart, long meterStop, long expected,
            List<SessionMeterValue> samples) {
        Instant stop = T0.plus(Duration.ofMinutes(minutes));
        long seconds = ChargingTime.seconds(T0, meterStart, stop, meterStop, samples);
        assertThat(seconds).isEqualTo(expected).isBetween(0L, Duration.ofMinutes(minutes).toSeconds());
    }

    @org.junit.jupiter.api.Test
    void wholeSecondsNeverMoreThanTheDuration() {
        Instant stop = T0.plusMillis(59_999);
        assertThat(ChargingTime.seconds(T0, 0, stop, 10, List.of())).isEqualTo(59);
        assertThat(ChargingTime.seconds(T0, 0, T0, 10, List.of(at(0, 5, NONE)))).isZero();
    }
}
