package io.ampgate.core.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.core.export.SessionExport;
import io.ampgate.store.session.EnergyTotal;
import io.ampgate.store.session.Session;
import io.ampgate.store.session.SessionFilter;
import io.ampgate.store.session.SessionRepository;
import io.ampgate.store.session.SessionStart;
import io.ampgate.store.session.SessionStop;
import io.ampgate.store.session.StartedBy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionExportServiceTest extends StoreTest {
    @Test
    void theSiteTimeZoneOrTheMachines() {
        assertThat(f.export.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        f.settings.remove(SessionExport.TIME_ZONE_SETTING);
        assertThat(f.export.zone()).isEqualTo(ZoneId.systemDefault());
        f.settings.set(SessionExport.TIME_ZONE_SETTING, "Mars/Olympus");
        assertThatThrownBy(() -> f.export.csv(ExportFixture.march(), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Mars/Olympus");
    }

    @Test
    void tooManySessionsAreRefusedBeforeAnythingIsWritten() {
        SessionRepository huge = new Delegate(f.sessions) {
            @Override
            public EnergyTotal total(SessionFilter filter) {
                return new EnergyTotal(SessionExport.MAX_SESSIONS + 1L, 0, BigDecimal.ZERO);
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> new SessionExportService(huge, f.settings).xlsx(ExportFixture.march(), out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000001 sessions match");
        assertThat(out.size()).isZero();
    }

    @Test
    void aSessionStartedDuringTheExportIsNotRepeated() throws IOException {
        Instant start = ExportFixture.TO.plusSeconds(60);
        f.many(1500, start);
        SessionRepository growing = new Delegate(f.sessions) {
            @Override
            public List<Session> list(SessionFilter filter, int offset, int limit) {
                if (offset > 0) { // a new session moves everything down by one
                    sessions.start(new SessionStart("CP010", 1, null, null, null, null, StartedBy.STATION,
                            start.plusSeconds(86400), 0));
                }
                return sessions.list(filter, offset, limit);
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SessionExportService(growing, f.settings).csv(SessionFilter.between(start, start.plusSeconds(2 * 86400)), out);

        assertThat(CsvExportTest.ids(out.toByteArray())).hasSize(1500).doesNotHaveDuplicates();
    }

    /** A repository that passes every call on. */
    static class Delegate implements SessionRepository {
        final SessionRepository sessions;

        Delegate(SessionRepository sessions) {
            this.sessions = sessions;
        }

        @Override
        public Session start(SessionStart start) {
            return sessions.start(start);
        }

        @Override
        public Optional<Session> stop(long sessionId, SessionStop stop) {
            return sessions.stop(sessionId, stop);
        }

        @Override
        public Optional<Long> chargeCredit(long sessionId, long energyWh) {
            return sessions.chargeCredit(sessionId, energyWh);
        }
        @Override
        public Optional<Session> find(long sessionId) {
            return sessions.find(sessionId);
        }

        @Override
        public Optional<Session> running(String stationId, int connectorId) {
            return sessions.running(stationId, connectorId);
        }

        @Override
        public List<Session> running() {
            return sessions.running();
        }

        @Override
        public List<Session> list(SessionFilter filter, int offset, int limit) {
            return sessions.list(filter, offset, limit);
        }

        @Override
        public EnergyTotal total(SessionFilter filter) {
            return sessions.total(filter);
        }
    }
}
