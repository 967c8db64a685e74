package io.ampgate.store.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.session.JdbcSessionRepository;
import io.ampgate.store.testing.TestDatabases;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SessionRepositoryTest {
    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    static SessionStart start(String station, int connector, String badge, Instant at, long meterStart) {
        return new SessionStart(station, connector, badge, badge == null ? null : "Holder of " + badge,
                badge == null ? null : "user-" + badge, "zone-A", StartedBy.LOCAL_BADGE, at, meterStart);
    }

    static SessionStop stop(Instant at, long meterStop, String price) {
        return new SessionStop(at, meterStop, StoppedBy.BADGE, "BADGE1", StopReason.LOCAL,
                price == null ? null : new BigDecimal(price));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aSessionRunsUntilItStopsWithItsEnergyAndCost(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            SessionRepository sessions = new JdbcSessionRepository(db);
            Session started = sessions.start(start("CP001", 2, "BADGE1", T0, 1_000_000));

            assertThat(started.id()).isPositive();
            assertThat(started.isRunning()).isTrue();
            assertThat(sessions.find(started.id())).contains(started);
            assertThat(started.holderName()).isEqualTo("Holder of BADGE1");

            Session stopped = sessions.stop(started.id(), stop(T0.plus(Duration.ofHours(2)), 1_012_345, "0.25")).orElseThrow();
            assertThat(stopped.isRunning()).isFalse();
            assertThat(stopped.energyWh()).isEqualTo(12_345);
            assertThat(stopped.meterStopWh()).isEqualTo(1_012_345);
            assertThat(stopped.cost()).isEqualByComparingTo("3.0863"); // 12.345 kWh x 0.25, half up
            assertThat(stopped.pricePerKwh()).isEqualByComparingTo("0.25");
            assertThat(stopped.stoppedBy()).isEqualTo(StoppedBy.BADGE);
            assertThat(stopped.stoppedByWho()).isEqualTo("BADGE1");
            assertThat(stopped.stopReason()).isEqualTo(StopReason.LOCAL);
            assertThat(stopped.stopTime()).isEqualTo(T0.plus(Duration.ofHours(2)));
            assertThat(stopped.chargingSeconds()).isEqualTo(7200); // no meter values: energy, so all of it
            assertThat(started.chargingSeconds()).isNull();
            assertThat(sessions.find(started.id())).contains(stopped);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aStopWorksOutTheChargingTimeFromTheSessionsMeterValues(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            SessionRepository sessions = new JdbcSessionRepository(db);
            SessionMeterValueRepository values = new io.ampgate.store.jdbc.session.JdbcSessionMeterValueRepository(db);
            Session started = sessions.start(start("CP001", 1, "BADGE1", T0, 1_000));
            // charging for an hour, then full: connected for another two hours
            values.append(List.of(SessionMeterValueRepositoryTest.value(started.id(), 1800, 4_500),
                    SessionMeterValueRepositoryTest.value(started.id(), 3600, 8_000),
                    SessionMeterValueRepositoryTest.value(started.id(), 7200, 8_000)));

            Session stopped = sessions.stop(started.id(), stop(T0.plus(Duration.ofHours(3)), 8_000, null)).orElseThrow();
            assertThat(stopped.chargingSeconds()).isEqualTo(3600);
            assertThat(sessions.find(started.id()).orElseThrow().chargingSeconds()).isEqualTo(3600);
            // a stop sent again changes nothing
            assertThat(sessions.stop(started.id(), stop(T0.plus(Duration.ofHours(4)), 9_000, null))).contains(stopped);

            Session idle = sessions.start(start("CP001", 2, "BADGE1", T0, 500));
            assertThat(sessions.stop(idle.id(), stop(T0.plus(Duration.ofHours(1)), 500, null)).orElseThrow()
                    .chargingSeconds()).isZero();
        }
    }

    @org.junit.jupiter.api.Test
    void aChargingTimeOnlyBelongsToAStoppedSessionAndNeverExceedsItsDuration() {
        assertThatThrownBy(() -> new Session(1, "CP001", 1, null, null, null, null, StartedBy.LOCAL_BADGE, T0, 0,
                null, null, null, null, null, null, null, null, 0L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chargingSeconds");
        assertThatThrownBy(() -> new Session(1, "CP001", 1, null, null, null, null, StartedBy.LOCAL_BADGE, T0, 0,
                T0.plusSeconds(60), 10L, 10L, StoppedBy.EV, null, StopReason.LOCAL, null, null, 61L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chargingSeconds");
        assertThat(new Session(1, "CP001", 1, null, null, null, null, StartedBy.LOCAL_BADGE, T0, 0,
                T0.plusSeconds(60), 10L, 10L, StoppedBy.EV, null, StopReason.LOCAL, null, null, null).chargingSeconds())
                .isNull(); // ended before the gateway recorded charging times
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aRepeatedStartIsTheSameSessionAndADifferentStartIsANewOne(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            SessionRepository sessions = new JdbcSessionRepository(db);
            Session first = sessions.start(start("CP001", 1, "BADGE1", T0, 500));
            // after a reconnect the station sends the same StartTransaction again (same millisecond)
            Session again = sessions.start(start("CP001", 1, "BADGE1", T0.plusNanos(300_000), 500));
            Session noBadge = sessions.start(start("CP001", 1, null, T0, 500));
            Session noBadgeAgain = sessions.start(start("CP001", 1, null, T0, 500));

            assertThat(again).isEqualTo(first);
            assertThat(noBadgeAgain).isEqualTo(noBadge);
            assertThat(noBadge.id()).isNotEqualTo(first.id());
            List<Session> different = List.of(
                    sessions.start(start("CP002", 1, "BADGE1", T0, 500)),
                    sessions.start(start("CP001", 2, "BADGE1", T0, 500)),
                    sessions.start(start("CP001", 1, "BADGE2", T0, 500)),
                    sessions.start(start("CP001", 1, "BADGE1", T0.plusMillis(1), 500)),
                    sessions.start(start("CP001", 1, "BADGE1", T0, 501)));
            Set<Long> ids = new HashSet<>(List.of(first.id(), noBadge.id()));
            different.forEach(s -> ids.add(s.id()));
            assertThat(ids).hasSize(7);
            assertThat(sessions.total(SessionFilter.between(T0, T0.plusSeconds(1))).sessions()).isEqualTo(7);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void startsRacingOnSeveralThreadsNeverFailAndNeverDuplicate(Dialect dialect) throws Exception {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            SessionRepository sessions = new JdbcSessionRepository(db);
            int threads = 8;
            int rounds = 20;
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            java.util.concurrent.CyclicBarrier gate = new java.util.concurrent.CyclicBarrier(threads);
            try {
                List<java.util.concurrent.Future<List<Session>>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    results.add(pool.submit(() -> {
                        List<Session> mine = new ArrayList<>();
                        for (int round = 0; round < rounds; round++) {
                            gate.await();
                            // every thread repeats the same start, then starts one of its own
                            mine.add(sessions.start(start("CP001", 1, "SAME", T0.plusSeconds(round), 100)));
                            mine.add(sessions.start(start("CP002", 1 + thread, "OWN", T0.plusSeconds(round), 100)));
                        }
                        return mine;
                    }));
                }
                List<Set<Long>> same = new ArrayList<>();
                Set<Long> own = new HashSet<>();
                for (int round = 0; round < rounds; round++) {
                    same.add(new HashSet<>());
                }
                for (var result : results) {
                    List<Session> mine = result.get();
                    for (int round = 0; round < rounds; round++) {
                        same.get(round).add(mine.get(2 * round).id());
                        own.add(mine.get(2 * round + 1).id());
                    }
                }
                assertThat(same).as("one session per repeated start").allMatch(ids -> ids.size() == 1);
                assertThat(own).as("a new id for every other start").hasSize(threads * rounds);
                assertThat(own).doesNotContainAnyElementsOf(same.stream().flatMap(Set::stream).toList());
            } finally {
                pool.shutdownNow();
            }
            assertThat(sessions.total(SessionFilter.between(T0, T0.plusSeconds(60))).sessions())
                    .isEqualTo(rounds + threads * rounds);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void stoppingTwiceOrStoppingAnUnknownSessionChangesNothing(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            SessionRepository sessions = new JdbcSessionRepository(db);
            Session s = sessions.start(start("CP001", 1, "BADGE1", T0, 100));
            Session stopped = sessions.stop(s.id(), stop(T0.plusSeconds(600), 2_100, "0.30")).orElseThrow();

            SessionStop late = new SessionStop(T0.plusSeconds(900), 9_999, StoppedBy.OPERATOR, "admin",
                    StopReason.REMOTE, new BigDecimal("1.00"));
            assertThat(sessions.stop(s.id(), late)).contains(stopped);
            assertThat(sessions.find(s.id())).contains(stopped);
            assertThat(sessions.stop(s.id() + 1000, late)).isEmpty();
            assertThat(sessions.find(s.id() + 1000)).isEmpty();
            assertThat(sessions.total(SessionFilter.between(T0, T0.plusSeconds(3600))))
                    .isEqualTo(new EnergyTotal(1, 2_000, new BigDecimal("0.6")));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aStopBeforeTheStartIsRefusedAndARegisterThatWentBackCountsNoEnergy(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            SessionRepository sessions = new JdbcSessionRepository(db);
            Session s = sessions.start(start("CP001", 1, "BADGE1", T0, 50_000));
            assertThatThrownBy(() -> sessions.stop(s.id(), stop(T0.minusSeconds(1), 60_000, null)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stopTime");
            assertThat(sessions.find(s.id()).orElseThrow().isRunning()).as("nothing half-written").isTrue();

            Session stopped = sessions.stop(s.id(), stop(T0.plusSeconds(60), 10, null)).orElseThrow(); // meter replaced
            assertThat(stopped.energyWh()).isZero();
            assertThat(stopped.meterStopWh()).isEqualTo(10);
            assertThat(stopped.cost()).as("not priced").isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void transactionIdsNeverRepeatAfterARestartEvenWhenTheNewestSessionIsGone(Dialect dialect) throws SQLException {
        PooledDatabase db = ReopenableDatabase.open(dialect);
        try {
            Set<Long> ids = new HashSet<>();
            SessionRepository sessions = new JdbcSessionRepository(db);
            for (int i = 0; i < 3; i++) {
                ids.add(sessions.start(start("CP001", 1, "B" + i, T0.plusSeconds(i), 0)).id());
            }
            long newest = ids.stream().mapToLong(Long::longValue).max().orElseThrow();
            try (Connection c = db.connection(); Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM charge_session WHERE id = " + newest);
            }

            db = ReopenableDatabase.reopen(db);
            sessions = new JdbcSessionRepository(db);
            Session afterRestart = sessions.start(start("CP001", 1, "B9", T0.plusSeconds(60), 0));

            assertThat(afterRestart.id()).isGreaterThan(newest);
            assertThat(sessions.find(newest - 1)).as("the data survived the restart").isPresent();
            db = ReopenableDatabase.reopen(db);
            sessions = new JdbcSessionRepository(db);
            assertThat(sessions.start(start("CP001", 1, "B10", T0.plusSeconds(120), 0)).id()).isGreaterThan(afterRestart.id());
        } finally {
            db.shutDown();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theRunningSessionOfAConnectorIsFoundUntilItStops(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            SessionRepository sessions = new JdbcSessionRepository(db);
            Session done = sessions.start(start("CP001", 1, "A", T0, 0));
            sessions.stop(done.id(), stop(T0.plusSeconds(10), 10, null));
            Session one = sessions.start(start("CP001", 1, "B", T0.plusSeconds(20), 10));
            Session two = sessions.start(start("CP001", 2, "C", T0.plusSeconds(30), 0));
            Session other = sessions.start(start("CP002", 1, "D", T0.plusSeconds(5), 0));

            assertThat(sessions.running("CP001", 1)).contains(one);
            assertThat(sessions.running("CP001", 2)).contains(two);
            assertThat(sessions.running("CP001", 3)).isEmpty();
            assertThat(sessions.running("CP003", 1)).isEmpty();
            assertThat(sessions.running()).containsExactly(other, one, two);

            sessions.stop(one.id(), stop(T0.plusSeconds(40), 20, null));
            assertThat(sessions.running("CP001", 1)).isEmpty();
            assertThat(sessions.running()).containsExactly(other, two);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void sessionsAreListedByTimeRangeAndFiltersNewestFirstAndPaged(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            SessionRepository sessions = new JdbcSessionRepository(db);
            // 12 sessions, one per hour: station CP00(1+i%2), connector 1+i%3, badge B(i%4), zone Z(i%2)
            List<Session> all = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                SessionStart s = new SessionStart("CP00" + (1 + i % 2), 1 + i % 3, "B" + i % 4, "Holder " + i % 4,
                        "user-" + i % 4, "Z" + i % 2, StartedBy.LOCAL_BADGE, T0.plus(Duration.ofHours(i)), 1000L * i);
                all.add(sessions.start(s));
            }
            SessionFilter day = SessionFilter.between(T0, T0.plus(Duration.ofDays(1)));
            record Case(String name, SessionFilter filter, int[] expected) {}
            List<Case> cases = List.of(
                    new Case("whole day", day, new int[] {11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0}),
                    new Case("hours 2 to 4", SessionFilter.between(T0.plus(Duration.ofHours(2)), T0.plus(Duration.ofHours(5))),
                            new int[] {4, 3, 2}),
                    new Case("station", day.station("CP002"), new int[] {11, 9, 7, 5, 3, 1}),
                    new Case("connector", day.station("CP002").connector(2), new int[] {7, 1}),
                    new Case("badge", day.badge("B3"), new int[] {11, 7, 3}),
                    new Case("charge user", day.chargeUser("user-0"), new int[] {8, 4, 0}),
                    new Case("zone", day.zone("Z0"), new int[] {10, 8, 6, 4, 2, 0}),
                    new Case("badge and station", day.badge("B2").station("CP001"), new int[] {10, 6, 2}),
                    new Case("nothing", day.badge("NOPE"), new int[] {}));
            for (Case c : cases) {
                assertThat(sessions.list(c.filter(), 0, 100)).as(c.name())
                        .containsExactlyElementsOf(java.util.Arrays.stream(c.expected()).mapToObj(all::get).toList());
            }

            List<Session> paged = new ArrayList<>();
            for (int offset = 0; offset < 12; offset += 5) {
                List<Session> page = sessions.list(day, offset, 5);
                assertThat(page).hasSizeLessThanOrEqualTo(5);
                paged.addAll(page);
            }
            assertThat(paged).containsExactlyElementsOf(sessions.list(day, 0, 100));
            assertThat(sessions.list(day, 12, 5)).isEmpty();
            assertThatThrownBy(() -> sessions.list(day, -1, 5)).hasMessageContaining("offset");
            assertThatThrownBy(() -> sessions.list(day, 0, 0)).hasMessageContaining("limit");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void totalsAddUpTheEnergyAndCostOfARange(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            SessionRepository sessions = new JdbcSessionRepository(db);
            Instant yesterday = T0.minus(Duration.ofDays(1));
            Session old = sessions.start(start("CP001", 1, "A", yesterday, 0));
            sessions.stop(old.id(), stop(yesterday.plusSeconds(60), 50_000, "0.20"));
            Session a = sessions.start(start("CP001", 1, "A", T0, 50_000));
            sessions.stop(a.id(), stop(T0.plusSeconds(3600), 60_000, "0.20")); // 10 kWh, 2.00
            Session b = sessions.start(start("CP002", 1, "B", T0.plusSeconds(10), 7_000));
            sessions.stop(b.id(), stop(T0.plusSeconds(4000), 9_500, null)); // 2.5 kWh, not priced
            sessions.start(start("CP002", 2, "C", T0.plusSeconds(20), 0)); // running: counted, no energy yet

            SessionFilter today = SessionFilter.between(T0, T0.plus(Duration.ofDays(1)));
            assertThat(sessions.total(today)).isEqualTo(new EnergyTotal(3, 12_500, new BigDecimal("2")));
            assertThat(sessions.total(today.station("CP001"))).isEqualTo(new EnergyTotal(1, 10_000, new BigDecimal("2")));
            assertThat(sessions.total(SessionFilter.between(yesterday, T0.plus(Duration.ofDays(1)))))
                    .isEqualTo(new EnergyTotal(4, 62_500, new BigDecimal("12")));
            assertThat(sessions.total(today.badge("NOPE"))).isEqualTo(new EnergyTotal(0, 0, BigDecimal.ZERO));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void invalidArgumentsAreRefusedAndNamed(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            SessionRepository sessions = new JdbcSessionRepository(db);
            record Case(String field, Runnable attempt) {}
            List<Case> cases = List.of(
                    new Case("stationId", () -> start(" ", 1, "B", T0, 0)),
                    new Case("stationId", () -> start("X".repeat(49), 1, "B", T0, 0)),
                    new Case("connectorId", () -> start("CP001", 0, "B", T0, 0)),
                    new Case("badgeUid", () -> start("CP001", 1, "B".repeat(65), T0, 0)),
                    new Case("startTime", () -> start("CP001", 1, "B", null, 0)),
                    new Case("meterStartWh", () -> start("CP001", 1, "B", T0, -1)),
                    new Case("startedBy", () -> new SessionStart("CP001", 1, null, null, null, null, null, T0, 0)),
                    new Case("meterStopWh", () -> stop(T0, -5, null)),
                    new Case("pricePerKwh", () -> stop(T0, 5, "-0.01")),
                    new Case("reason", () -> new SessionStop(T0, 5, StoppedBy.EV, null, null, null)),
                    new Case("to", () -> SessionFilter.between(T0, T0)),
                    new Case("connectorId needs a stationId", () -> SessionFilter.between(T0, T0.plusSeconds(1)).connector(1)));
            for (Case c : cases) {
                assertThatThrownBy(c.attempt()::run).as(c.field()).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining(c.field());
            }
            assertThat(sessions.running()).isEmpty();
        }
    }
}
