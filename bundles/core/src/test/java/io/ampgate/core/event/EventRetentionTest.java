package io.ampgate.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.ampgate.store.event.Event;
import io.ampgate.store.event.EventFilter;
import io.ampgate.store.event.EventSource;
import io.ampgate.store.event.Severity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Old events leave the site's event list, over a real Derby store. */
class EventRetentionTest extends EventStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void eventsOlderThanTheDaysKeptAreDeletedAcknowledgedOrNot() {
        events.add(NOW.minus(Duration.ofDays(400)), EventSource.STATION, "CP1", Severity.WARNING, "boot", "old");
        Event acked = events.add(NOW.minus(Duration.ofDays(366)), EventSource.SYSTEM, "ems", Severity.ALARM, "a", "old too");
        events.acknowledge(acked.id(), "shell", NOW.minus(Duration.ofDays(300)));
        events.add(NOW.minus(Duration.ofDays(364)), EventSource.METER, "grid", Severity.INFO, "b", "kept");

        EventRetention retention = new EventRetention(events, 365, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(retention.purge()).isEqualTo(2);
        assertThat(events.list(EventFilter.between(NOW.minus(Duration.ofDays(1000)), NOW), 0, 10))
                .extracting(Event::message).containsExactly("kept");
        assertThat(retention.purge()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 3651})
    void refusesDaysOutOfRange(int days) {
        assertThatIllegalArgumentException().isThrownBy(() -> new EventRetention(events, days, Clock.systemUTC()))
                .withMessage("io.ampgate.events: keepDays must be from 1 to 3650, was " + days);
    }
}
