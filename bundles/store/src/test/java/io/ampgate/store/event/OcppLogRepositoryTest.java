package io.ampgate.store.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.event.JdbcOcppLogRepository;
import io.ampgate.store.testing.TestDatabases;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OcppLogRepositoryTest {
    static final Instant T0 = EventRepositoryTest.T0;
    static final Instant FAR = T0.plus(Duration.ofDays(365));

    static OcppFrame call(String station, int second) {
        return new OcppFrame(T0.plusSeconds(second), station, Direction.IN, MessageType.CALL, "MeterValues",
                station + "-" + second, "{\"connectorId\":1,\"seq\":" + second + "}", null);
    }

    static List<OcppFrame> calls(String station, int from, int count) {
        List<OcppFrame> frames = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            frames.add(call(station, i));
        }
        return frames;
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aStationsFramesAreListedNewestFirstInPagesWithinARange(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            OcppLogRepository log = new JdbcOcppLogRepository(db);
            String bigPayload = "{\"data\":\"" + "d".repeat(40_000) + "\"}"; // beyond any VARCHAR: a long text
            OcppFrame error = new OcppFrame(T0.plusSeconds(100), "CP001", Direction.OUT, MessageType.CALLERROR, null,
                    "CP001-99", bigPayload, "NotImplemented");
            log.appendAll(calls("CP001", 0, 10));
            log.appendAll(calls("CP002", 0, 5));
            log.append(error);
            log.appendAll(List.of());

            assertThat(log.list("CP001", T0, FAR, 0, 3)).containsExactly(error, call("CP001", 9), call("CP001", 8));
            assertThat(log.list("CP001", T0, FAR, 3, 3)).containsExactly(call("CP001", 7), call("CP001", 6), call("CP001", 5));
            assertThat(log.list("CP001", T0, FAR, 0, 100)).hasSize(11).first().isEqualTo(error);
            assertThat(log.list("CP001", T0.plusSeconds(2), T0.plusSeconds(5), 0, 100))
                    .containsExactly(call("CP001", 4), call("CP001", 3), call("CP001", 2));
            assertThat(log.list("CP002", T0, FAR, 0, 100)).hasSize(5).allMatch(f -> f.stationId().equals("CP002"));
            assertThat(log.list("CP003", T0, FAR, 0, 100)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void eachStationKeepsItsNewestFrames(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            OcppLogRepository log = new JdbcOcppLogRepository(db);
            log.appendAll(calls("CP001", 0, 50));
            log.appendAll(calls("CP002", 0, 8));
            log.appendAll(calls("CP003", 0, 20));

            assertThat(log.keepNewest(10)).isEqualTo(40 + 10);
            assertThat(log.list("CP001", T0, FAR, 0, 100)).containsExactlyElementsOf(calls("CP001", 40, 10).reversed());
            assertThat(log.list("CP002", T0, FAR, 0, 100)).as("under the bound: untouched").hasSize(8);
            assertThat(log.list("CP003", T0, FAR, 0, 100)).containsExactlyElementsOf(calls("CP003", 10, 10).reversed());
            assertThat(log.keepNewest(10)).as("nothing more to trim").isZero();
            assertThat(log.keepNewest(0)).isEqualTo(28);
            assertThat(log.list("CP001", T0, FAR, 0, 100)).isEmpty();
            assertThatThrownBy(() -> log.keepNewest(-1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("perStation");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void purgingByAgeDeletesTheOlderFramesOfEveryStation(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            OcppLogRepository log = new JdbcOcppLogRepository(db);
            log.appendAll(calls("CP001", 0, 10));
            log.appendAll(calls("CP002", 5, 10));

            assertThat(log.purgeBefore(T0.plusSeconds(8))).isEqualTo(8 + 3);
            assertThat(log.list("CP001", T0, FAR, 0, 100)).containsExactly(call("CP001", 9), call("CP001", 8));
            assertThat(log.list("CP002", T0, FAR, 0, 100)).hasSize(7).last().isEqualTo(call("CP002", 8));
            assertThat(log.purgeBefore(T0.plusSeconds(8))).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aBatchWithAnInvalidFrameStoresNothing(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            OcppLogRepository log = new JdbcOcppLogRepository(db);
            List<OcppFrame> frames = new ArrayList<>(calls("CP001", 0, 3));
            frames.add(null);
            assertThatThrownBy(() -> log.appendAll(frames)).isInstanceOf(NullPointerException.class);
            assertThat(log.list("CP001", T0, FAR, 0, 100)).isEmpty();
            assertThatThrownBy(() -> log.list("CP001", FAR, T0, 0, 10)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("to after from");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void appendsFromManyConnectionsAtOnceAreAllKept(Dialect dialect) throws Exception {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            OcppLogRepository log = new JdbcOcppLogRepository(db);
            EventRepository events = new io.ampgate.store.jdbc.event.JdbcEventRepository(db);
            int threads = 8;
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            java.util.concurrent.CyclicBarrier gate = new java.util.concurrent.CyclicBarrier(threads);
            try {
                List<java.util.concurrent.Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    String station = "CP00" + t;
                    done.add(pool.submit(() -> {
                        gate.await();
                        for (int i = 0; i < 30; i++) {
                            log.append(call(station, i));
                            events.add(T0.plusSeconds(i), EventSource.STATION, station, Severity.INFO, "FRAME", "frame " + i);
                        }
                        log.appendAll(calls(station, 30, 20));
                        return null;
                    }));
                }
                for (var d : done) {
                    d.get();
                }
            } finally {
                pool.shutdownNow();
            }
            for (int t = 0; t < threads; t++) {
                assertThat(log.list("CP00" + t, T0, FAR, 0, 100)).containsExactlyElementsOf(calls("CP00" + t, 0, 50).reversed());
            }
            assertThat(events.countUnacknowledged(Severity.INFO)).isEqualTo(threads * 30);
        }
    }

    @Test
    void framesWithoutTheirRequiredFieldsAreRefusedAndNamed() {
        record Case(String field, Runnable attempt) {}
        List<Case> cases = List.of(
                new Case("time", () -> new OcppFrame(null, "CP001", Direction.IN, MessageType.CALL, "Heartbeat", "1", "{}", null)),
                new Case("stationId", () -> new OcppFrame(T0, "", Direction.IN, MessageType.CALL, "Heartbeat", "1", "{}", null)),
                new Case("direction", () -> new OcppFrame(T0, "CP001", null, MessageType.CALL, "Heartbeat", "1", "{}", null)),
                new Case("type", () -> new OcppFrame(T0, "CP001", Direction.IN, null, "Heartbeat", "1", "{}", null)),
                new Case("messageId", () -> new OcppFrame(T0, "CP001", Direction.IN, MessageType.CALL, "Heartbeat", " ", "{}", null)),
                new Case("action", () -> new OcppFrame(T0, "CP001", Direction.IN, MessageType.CALL, "A".repeat(65), "1", "{}", null)));
        for (Case c : cases) {
            assertThatThrownBy(c.attempt()::run).as(c.field()).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(c.field());
        }
    }
}
