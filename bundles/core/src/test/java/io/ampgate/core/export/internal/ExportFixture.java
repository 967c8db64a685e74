package io.ampgate.core.export.internal;

import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.store.jdbc.session.JdbcSessionMeterValueRepository;
import io.ampgate.store.jdbc.session.JdbcSessionRepository;
import io.ampgate.store.jdbc.site.JdbcSettingsRepository;
import io.ampgate.store.session.Session;
import io.ampgate.store.session.SessionFilter;
import io.ampgate.store.session.SessionMeterValue;
import io.ampgate.store.session.SessionStart;
import io.ampgate.store.session.SessionStop;
import io.ampgate.store.session.StartedBy;
import io.ampgate.store.session.StopReason;
import io.ampgate.store.session.StoppedBy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A fresh Derby store in the Europe/Paris time zone with four sessions in March 2026 (one running)
 * and one before, started and stopped through the session repository. The first session's car is full
 * after one hour (its meter values say so); the others have no meter values, so they charged all
 * the time.
 */
final class ExportFixture implements AutoCloseable {
    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z"); // 09:00 in Paris
    static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant TO = Instant.parse("2026-04-01T00:00:00Z");
    static final String BADGE = "04A1B2";
    static final String HOLDER = "Zoë Müller, \"Zo\"";

    final PooledDatabase db;
    final JdbcSessionRepository sessions;
    final JdbcSessionMeterValueRepository meterValues;
    final JdbcSettingsRepository settings;
    final SessionExportService export;
    /** The sessions in March, oldest first: two of {@link #BADGE}, one of "=cmd", one running without badge. */
    final Session first;
    final Session second;
    final Session third;
    final Session running;

    ExportFixture() throws Exception {
        db = io.ampgate.store.testing.TestDatabases.open(Dialect.DERBY);
        sessions = new JdbcSessionRepository(db);
        meterValues = new JdbcSessionMeterValueRepository(db);
        settings = new JdbcSettingsRepository(db);
        settings.set(io.ampgate.core.export.SessionExport.TIME_ZONE_SETTING, "Europe/Paris");
        export = new SessionExportService(sessions, settings);
        session("CP001", 1, "OLD", "Old Holder", "u1", "zone-A", T0.minus(Duration.ofDays(10)), Duration.ofHours(1), 1000,
                StoppedBy.BADGE, "OLD", StopReason.LOCAL, "0.25");
        first = session("CP001", 1, BADGE, HOLDER, "u1", "zone-A", T0, Duration.parse("PT2H9M13S"), 21_800,
                StoppedBy.BADGE, BADGE, StopReason.LOCAL, "0.25", Duration.ofHours(1));
        second = session("CP001", 2, BADGE, HOLDER, "u1", "zone-A", T0.plus(Duration.ofDays(1)), Duration.parse("PT57M52S"),
                8_812, StoppedBy.EV, null, StopReason.EV_DISCONNECTED, null);
        third = session("CP002", 1, "=cmd", "Bob", "u2", "zone-B", T0.plus(Duration.ofDays(2)), Duration.ofHours(1), 5_000,
                StoppedBy.OPERATOR, "alice", StopReason.REMOTE, "0.3");
        running = sessions.start(new SessionStart("CP002", 2, null, null, null, "zone-B", StartedBy.STATION,
                T0.plus(Duration.ofDays(3)), 7_000_000));
    }

    Session session(String station, int connector, String badge, String holder, String user, String zone, Instant start,
            Duration length, long energyWh, StoppedBy by, String who, StopReason reason, String price) {
        return session(station, connector, badge, holder, user, zone, start, length, energyWh, by, who, reason, price,
                null);
    }

    /** A session whose car is full after {@code fullAfter} (a meter value then), or charges throughout ({@code null}). */
    Session session(String station, int connector, String badge, String holder, String user, String zone, Instant start,
            Duration length, long energyWh, StoppedBy by, String who, StopReason reason, String price,
            Duration fullAfter) {
        Session s = sessions.start(new SessionStart(station, connector, badge, holder, user, zone, StartedBy.LOCAL_BADGE,
                start, 1_000_000));
        if (fullAfter != null) {
            meterValues.append(List.of(new SessionMeterValue(s.id(), start.plus(fullAfter), 1_000_000 + energyWh,
                    Double.NaN, PhaseValues.none(), PhaseValues.none(), PhaseValues.none())));
        }
        return sessions.stop(s.id(), new SessionStop(start.plus(length), 1_000_000 + energyWh, by, who, reason,
                price == null ? null : new BigDecimal(price))).orElseThrow();
    }

    /** Many short sessions on CP009, one a minute from {@code start}. */
    void many(int count, Instant start) {
        for (int i = 0; i < count; i++) {
            Instant at = start.plus(i, ChronoUnit.MINUTES);
            session("CP009", 1, "B" + i, null, null, null, at, Duration.ofSeconds(30), i, StoppedBy.EV, null,
                    StopReason.EV_DISCONNECTED, null);
        }
    }

    static SessionFilter march() {
        return SessionFilter.between(FROM, TO);
    }

    @Override
    public void close() throws Exception {
        db.close();
    }
}
