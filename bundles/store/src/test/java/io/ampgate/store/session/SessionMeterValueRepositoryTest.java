package io.ampgate.store.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.api.unit.PhaseValues;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.session.JdbcSessionMeterValueRepository;
import io.ampgate.store.jdbc.session.JdbcSessionRepository;
import io.ampgate.store.testing.TestDatabases;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SessionMeterValueRepositoryTest {
    static final Instant T0 = SessionRepositoryTest.T0;

    static SessionMeterValue value(long session, int second, double energy) {
        return new SessionMeterValue(session, T0.plusSeconds(second), energy, 3 * 230 * 16.0 + second,
                PhaseValues.all(230 * 16.0), PhaseValues.of(16.0, 15.5, 16.25 + second), PhaseValues.of(230.1, 229.8, 231.0));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void valuesAppendedInBatchesAreReadBackPerSessionInTimeOrder(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            SessionRepository sessions = new JdbcSessionRepository(db);
            SessionMeterValueRepository values = new JdbcSessionMeterValueRepository(db);
            long a = sessions.start(SessionRepositoryTest.start("CP001", 1, "A", T0, 0)).id();
            long b = sessions.start(SessionRepositoryTest.start("CP001", 2, "B", T0, 0)).id();
            List<SessionMeterValue> batch = new ArrayList<>();
            for (int s = 100; s > 0; s--) { // a station replaying its buffer out of order
                batch.add(value(a, s * 60, s * 180.0));
                batch.add(value(b, s * 60 + 1, s * 90.0));
            }
            values.append(batch);
            // a single-phase car: nothing on L2 and L3; no power reported at all
            SessionMeterValue partial = new SessionMeterValue(a, T0.plusSeconds(7_000), 18_500, Double.NaN,
                    PhaseValues.none(), PhaseValues.of(16, Double.NaN, Double.NaN), PhaseValues.of(230, Double.NaN, Double.NaN));
            values.append(List.of(partial));
            values.append(List.of());

            List<SessionMeterValue> ofA = values.list(a);
            assertThat(ofA).hasSize(101);
            assertThat(ofA).extracting(SessionMeterValue::sampledAt).isSorted();
            assertThat(ofA).allMatch(v -> v.sessionId() == a);
            assertThat(ofA.get(0)).isEqualTo(value(a, 60, 180.0));
            assertThat(ofA.get(100)).isEqualTo(partial);
            assertThat(values.list(b)).hasSize(100).first().isEqualTo(value(b, 61, 90.0));
            assertThat(values.list(b + 1000)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aBatchWithAnUnknownSessionIsRefusedWhole(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            SessionRepository sessions = new JdbcSessionRepository(db);
            SessionMeterValueRepository values = new JdbcSessionMeterValueRepository(db);
            long a = sessions.start(SessionRepositoryTest.start("CP001", 1, "A", T0, 0)).id();

            assertThatThrownBy(() -> values.append(List.of(value(a, 1, 10), value(a + 99, 2, 20))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist")
                    .hasMessageContaining(String.valueOf(a + 99));
            assertThat(values.list(a)).as("none stored").isEmpty();
        }
    }

    @Test
    void invalidValuesAreRefusedAndNamed() {
        record Case(String field, Runnable attempt) {}
        PhaseValues p = PhaseValues.zero();
        List<Case> cases = List.of(
                new Case("sessionId", () -> new SessionMeterValue(0, T0, 1, 1, p, p, p)),
                new Case("sampledAt", () -> new SessionMeterValue(1, null, 1, 1, p, p, p)),
                new Case("energyWh", () -> new SessionMeterValue(1, T0, Double.POSITIVE_INFINITY, 1, p, p, p)),
                new Case("powerW", () -> new SessionMeterValue(1, T0, 1, Double.NEGATIVE_INFINITY, p, p, p)),
                new Case("current", () -> new SessionMeterValue(1, T0, 1, 1, p, null, p)));
        for (Case c : cases) {
            assertThatThrownBy(c.attempt()::run).as(c.field())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(c.field());
        }
    }
}
