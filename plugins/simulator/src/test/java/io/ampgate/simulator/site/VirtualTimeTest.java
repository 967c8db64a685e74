package io.ampgate.simulator.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VirtualTimeTest {

    private static final Instant T0 = Instant.parse("2025-06-02T08:00:00Z");
    private final VirtualTime time = new VirtualTime(T0);
    private final List<String> ran = new ArrayList<>();

    private Runnable log(String name) {
        return () -> ran.add(name + "@" + Duration.between(T0, time.clock().instant()).toSeconds());
    }

    @Test
    void runsTasksInTimeOrderWithTheClockAtEachTasksTime() {
        time.every(Duration.ofSeconds(2), log("tick"));
        time.after(Duration.ofSeconds(3), log("once"));
        time.after(Duration.ofSeconds(2), log("same time, later"));

        time.advance(Duration.ofSeconds(5));

        assertThat(ran).containsExactly("tick@2", "same time, later@2", "once@3", "tick@4");
        assertThat(time.now()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void nothingRunsBeforeItsTimeAndCancelledTasksNeverRun() {
        SiteScheduler.Task tick = time.every(Duration.ofSeconds(1), log("tick"));
        time.after(Duration.ofSeconds(10), log("late"));

        time.advance(Duration.ofMillis(2500));
        tick.cancel();
        time.advance(Duration.ofSeconds(5));

        assertThat(ran).containsExactly("tick@1", "tick@2");
    }

    @Test
    void theClockInAnotherZoneMovesToo() {
        Clock paris = time.clock().withZone(ZoneId.of("Europe/Paris"));

        time.advance(Duration.ofSeconds(5));

        assertThat(paris.instant()).isEqualTo(T0.plusSeconds(5));
        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void aTaskMaySchedule() {
        time.after(Duration.ofSeconds(1), () -> time.after(Duration.ofSeconds(1), log("follow-up")));

        time.advance(Duration.ofSeconds(3));

        assertThat(ran).containsExactly("follow-up@2");
    }
}
