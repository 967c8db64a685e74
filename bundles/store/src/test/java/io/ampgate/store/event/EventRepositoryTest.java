package io.ampgate.store.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.event.JdbcEventRepository;
import io.ampgate.store.testing.TestDatabases;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventRepositoryTest {
    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anEventIsStoredUnacknowledgedAndReadBack(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            EventRepository events = new JdbcEventRepository(db);
            Event e = events.add(T0.plusNanos(1_500_000), EventSource.METER, "grid", Severity.ALARM, "METER_STALE",
                    "No reading from the grid meter for 30 s: zone falls back to 40 A");

            assertThat(e.id()).isPositive();
            assertThat(e.time()).isEqualTo(T0.plusMillis(1));
            assertThat(e.isAcknowledged()).isFalse();
            assertThat(events.find(e.id())).contains(e);
            assertThat(events.find(e.id() + 1000)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void eventsAreListedByRangeSourceSeverityAndAcknowledgementNewestFirst(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            EventRepository events = new JdbcEventRepository(db);
            // 9 events a minute apart: sources STATION CP001, METER m1, SYSTEM ems in turn; severities INFO, WARNING, ALARM in thirds
            List<Event> all = new ArrayList<>();
            String[] ids = {"CP001", "m1", "ems"};
            for (int i = 0; i < 9; i++) {
                all.add(events.add(T0.plus(Duration.ofMinutes(i)), EventSource.values()[i % 3], ids[i % 3],
                        Severity.values()[i / 3], "CODE" + i, "event " + i));
            }
            events.acknowledge(all.get(7).id(), "operator", T0.plus(Duration.ofHours(1)));
            events.acknowledge(all.get(2).id(), "operator", T0.plus(Duration.ofHours(1)));

            EventFilter hour = EventFilter.between(T0, T0.plus(Duration.ofHours(1)));
            record Case(String name, EventFilter filter, int... expected) {}
            List<Case> cases = List.of(
                    new Case("all", hour, 8, 7, 6, 5, 4, 3, 2, 1, 0),
                    new Case("minutes 2 to 4", EventFilter.between(T0.plus(Duration.ofMinutes(2)), T0.plus(Duration.ofMinutes(5))), 4, 3, 2),
                    new Case("meters", hour.source(EventSource.METER, null), 7, 4, 1),
                    new Case("station CP001", hour.source(EventSource.STATION, "CP001"), 6, 3, 0),
                    new Case("another station", hour.source(EventSource.STATION, "CP002")),
                    new Case("warnings and alarms", hour.atLeast(Severity.WARNING), 8, 7, 6, 5, 4, 3),
                    new Case("alarms", hour.atLeast(Severity.ALARM), 8, 7, 6),
                    new Case("unacknowledged alarms", hour.atLeast(Severity.ALARM).unacknowledged(), 8, 6),
                    new Case("unacknowledged", hour.unacknowledged(), 8, 6, 5, 4, 3, 1, 0));
            for (Case c : cases) {
                assertThat(events.list(c.filter(), 0, 100)).as(c.name()).extracting(Event::id)
                        .containsExactlyElementsOf(Arrays.stream(c.expected()).mapToObj(i -> all.get(i).id()).toList());
            }
            assertThat(events.list(hour, 2, 3)).extracting(Event::code).containsExactly("CODE6", "CODE5", "CODE4");
            assertThat(events.list(hour, 9, 3)).isEmpty();
            assertThat(events.countUnacknowledged(Severity.INFO)).isEqualTo(7);
            assertThat(events.countUnacknowledged(Severity.WARNING)).isEqualTo(5);
            assertThat(events.countUnacknowledged(Severity.ALARM)).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theFirstAcknowledgementStands(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            EventRepository events = new JdbcEventRepository(db);
            Event e = events.add(T0, EventSource.STATION, "CP001", Severity.WARNING, "OFFLINE", "CP001 went offline");

            Event acknowledged = events.acknowledge(e.id(), "alice", T0.plusSeconds(60)).orElseThrow();
            assertThat(acknowledged.acknowledgedBy()).isEqualTo("alice");
            assertThat(acknowledged.acknowledgedAt()).isEqualTo(T0.plusSeconds(60));
            assertThat(acknowledged.isAcknowledged()).isTrue();
            assertThat(events.acknowledge(e.id(), "bob", T0.plusSeconds(120))).contains(acknowledged);
            assertThat(events.acknowledge(e.id() + 1000, "bob", T0)).isEmpty();
            assertThatThrownBy(() -> events.acknowledge(e.id(), " ", T0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("by");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void purgingDeletesOnlyTheOlderEvents(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            EventRepository events = new JdbcEventRepository(db);
            Instant now = T0.plus(Duration.ofDays(40));
            for (int day = 0; day <= 40; day += 10) {
                events.add(T0.plus(Duration.ofDays(day)), EventSource.SYSTEM, "store", Severity.INFO, "DAY", "day " + day);
            }
            assertThat(events.purgeBefore(now.minus(Duration.ofDays(30)))).as("days 0 (40 days old) only").isEqualTo(1);
            assertThat(events.purgeBefore(now.minus(Duration.ofDays(30)))).as("again: nothing left to purge").isZero();
            assertThat(events.list(EventFilter.between(T0, now.plusSeconds(1)), 0, 100)).extracting(Event::message)
                    .containsExactly("day 40", "day 30", "day 20", "day 10");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aLongMessageIsShortenedAndInvalidEventsAreRefused(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            EventRepository events = new JdbcEventRepository(db);
            Event e = events.add(T0, EventSource.SYSTEM, "ems", Severity.INFO, "LONG", "x".repeat(5000));
            assertThat(e.message()).hasSize(Event.MAX_MESSAGE).endsWith("x\u2026");
            assertThat(events.find(e.id()).orElseThrow().message()).isEqualTo(e.message());

            record Case(String field, Runnable attempt) {}
            List<Case> cases = List.of(
                    new Case("time", () -> events.add(null, EventSource.SYSTEM, "ems", Severity.INFO, "C", "m")),
                    new Case("source", () -> events.add(T0, null, "ems", Severity.INFO, "C", "m")),
                    new Case("sourceId", () -> events.add(T0, EventSource.SYSTEM, "", Severity.INFO, "C", "m")),
                    new Case("severity", () -> events.add(T0, EventSource.SYSTEM, "ems", null, "C", "m")),
                    new Case("code", () -> events.add(T0, EventSource.SYSTEM, "ems", Severity.INFO, "C".repeat(65), "m")),
                    new Case("message", () -> events.add(T0, EventSource.SYSTEM, "ems", Severity.INFO, "C", null)),
                    new Case("sourceId needs a source", () -> new EventFilter(T0, T0.plusSeconds(1), null, "x", null, false)),
                    new Case("to", () -> EventFilter.between(T0, T0.minusSeconds(1))),
                    new Case("limit", () -> events.list(EventFilter.between(T0, T0.plusSeconds(1)), 0, 1001)));
            for (Case c : cases) {
                assertThatThrownBy(c.attempt()::run).as(c.field()).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining(c.field());
            }
            assertThat(events.list(EventFilter.between(T0.minusSeconds(1), T0.plusSeconds(1)), 0, 10)).containsExactly(e);
        }
    }
}
