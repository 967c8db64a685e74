package io.ampgate.store.session;

import static io.ampgate.store.session.SessionRepositoryTest.T0;
import static io.ampgate.store.session.SessionRepositoryTest.start;
import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.session.JdbcSessionRepository;
import io.ampgate.store.jdbc.site.JdbcBadgeRepository;
import io.ampgate.store.site.Badge;
import io.ampgate.store.site.BadgeRepository;
import io.ampgate.store.site.EnergyCredit;
import io.ampgate.store.site.Scope;
import io.ampgate.store.testing.TestDatabases;
import io.ampgate.store.backup.internal.Backups;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SessionCreditTest {

    static Badge limited(String uid, long creditWh) {
        return new Badge(0, uid, "", "", "", null, "", "", Badge.Authorization.ALLOW_ALL, List.of(), null, null,
                Scope.everything(), Scope.everything(), Scope.everything(), EnergyCredit.of(creditWh), false, null,
                null, 0);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void energyIsChargedOnceEvenWhenReportedAgain(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            SessionRepository sessions = new JdbcSessionRepository(db);
            BadgeRepository badges = new JdbcBadgeRepository(db);
            Badge badge = badges.save(limited("Lim-1", 5_000));
            // the session's badge is spelled differently: UIDs match case-insensitively
            Session s = sessions.start(start("CP001", 1, "LIM-1", T0, 10_000));

            assertThat(sessions.chargeCredit(s.id(), 1_500)).contains(3_500L);
            assertThat(sessions.chargeCredit(s.id(), 1_500)).contains(3_500L);
            assertThat(sessions.chargeCredit(s.id(), 1_000)).contains(3_500L); // never given back
            assertThat(sessions.chargeCredit(s.id(), -20)).contains(3_500L);
            assertThat(sessions.chargeCredit(s.id(), 6_000)).contains(-1_000L);
            assertThat(badges.find(badge.id()).orElseThrow().credit().remainingWh()).isEqualTo(-1_000);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void nothingIsChargedWithoutABadgeWithLimitedCredit(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            SessionRepository sessions = new JdbcSessionRepository(db);
            BadgeRepository badges = new JdbcBadgeRepository(db);
            badges.save(Badge.of("FREE", ""));
            Session noBadge = sessions.start(start("CP001", 1, null, T0, 0));
            Session unlimited = sessions.start(start("CP001", 2, "FREE", T0, 0));
            Session gone = sessions.start(start("CP002", 1, "GONE", T0, 0));

            assertThat(sessions.chargeCredit(noBadge.id(), 100)).isEmpty();
            assertThat(sessions.chargeCredit(unlimited.id(), 100)).isEmpty();
            assertThat(sessions.chargeCredit(gone.id(), 100)).isEmpty();
            assertThat(sessions.chargeCredit(gone.id() + 1000, 100)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void chargesRacingOnSeveralThreadsChargeTheEnergyOnce(Dialect dialect) throws Exception {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            SessionRepository sessions = new JdbcSessionRepository(db);
            BadgeRepository badges = new JdbcBadgeRepository(db);
            Badge badge = badges.save(limited("RACE", 10_000));
            Session s = sessions.start(start("CP001", 1, "RACE", T0, 0));
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> charges = new java.util.ArrayList<>();
                for (int i = 1; i <= 20; i++) {
                    long energy = i * 100L;
                    charges.add(threads.submit(() -> sessions.chargeCredit(s.id(), energy)));
                }
                for (Future<?> f : charges) {
                    f.get();
                }
            } finally {
                threads.shutdown();
            }
            assertThat(badges.find(badge.id()).orElseThrow().credit().remainingWh()).isEqualTo(8_000);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void whatWasChargedSurvivesABackupAndRestore(Dialect dialect, @TempDir Path dir) throws Exception {
        try (PooledDatabase source = TestDatabases.open(dialect); PooledDatabase target = TestDatabases.open(dialect)) {
            new JdbcBadgeRepository(source).save(limited("KEPT", 5_000));
            SessionRepository sessions = new JdbcSessionRepository(source);
            Session s = sessions.start(start("CP001", 1, "KEPT", T0, 0));
            sessions.chargeCredit(s.id(), 2_000);

            Path archive = new Backups(source, dir.resolve("a"), null, Clock.systemUTC(), "test")
                    .backupNow(3, List.of(), List.of()).archive();
            new Backups(target, dir.resolve("b"), null, Clock.systemUTC(), "test").restore(archive);

            SessionRepository restored = new JdbcSessionRepository(target);
            assertThat(restored.chargeCredit(s.id(), 2_000)).contains(3_000L);
            assertThat(restored.chargeCredit(s.id(), 2_500)).contains(2_500L);
        }
    }
}
