package io.ampgate.core.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.station.ChargingStation;
import io.ampgate.api.station.CommandResult;
import io.ampgate.api.station.ConnectorStatus;
import io.ampgate.core.auth.AuthorizerComponent;
import io.ampgate.core.session.EnergyTotals;
import io.ampgate.core.session.LiveSession;
import io.ampgate.store.testing.MutableClock;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.session.JdbcSessionRepository;
import io.ampgate.store.jdbc.site.JdbcBadgeRepository;
import io.ampgate.store.jdbc.site.JdbcCardListRepository;
import io.ampgate.store.jdbc.site.JdbcSettingsRepository;
import io.ampgate.store.jdbc.site.JdbcStationRepository;
import io.ampgate.store.session.Session;
import io.ampgate.store.session.SessionStart;
import io.ampgate.store.session.SessionStop;
import io.ampgate.store.session.StartedBy;
import io.ampgate.store.session.StopReason;
import io.ampgate.store.session.StoppedBy;
import io.ampgate.store.site.Badge;
import io.ampgate.store.site.Station;
import io.ampgate.store.testing.TestDatabases;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sessions service over a real Derby store and a station driver at the edge. */
class SessionsComponentTest {
    /** A Sunday. */
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private PooledDatabase db;
    private JdbcSessionRepository sessions;
    private JdbcBadgeRepository badges;
    private FakeStation cp1;
    private SessionsComponent service;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(Dialect.DERBY);
        sessions = new JdbcSessionRepository(db);
        badges = new JdbcBadgeRepository(db);
        JdbcSettingsRepository settings = new JdbcSettingsRepository(db);
        settings.set("site.timeZone", "UTC");
        JdbcStationRepository stations = new JdbcStationRepository(db);
        stations.save(Station.unregistered("CP1"));
        badges.save(Badge.of("ADA", "Ada Lovelace"));
        Badge blocked = Badge.of("BOB", "Bob");
        badges.save(new Badge(0, blocked.uid(), blocked.holder(), "", "", null, "", "", Badge.Authorization.DENY_ALL,
                List.of(), null, null, blocked.stations(), blocked.zones(), blocked.connectors(), blocked.credit(), false,
                null, null, 0));
        service = new SessionsComponent(sessions, badges, settings,
                new AuthorizerComponent(badges, stations, sessions, settings, new JdbcCardListRepository(db)),
                new MutableClock(NOW));
        cp1 = new FakeStation("CP1", 2);
        service.addStation(cp1, Map.of(ChargingStation.PROP_ID, "CP1"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Session start(int connector, String badge, Instant at, long meterStart) {
        return sessions.start(new SessionStart("CP1", connector, badge, "Ada Lovelace", null, null,
                StartedBy.LOCAL_BADGE, at, meterStart));
    }

    private void finished(Instant at, long energyWh) {
        Session s = start(2, "ADA", at, 100_000);
        sessions.stop(s.id(), new SessionStop(at.plus(Duration.ofHours(1)), 100_000 + energyWh, StoppedBy.EV, null,
                StopReason.EV_DISCONNECTED, new BigDecimal("0.25")));
    }

    @Test
    void aRunningSessionShowsItsEnergySoFarFromTheConnectorRegister() {
        Session s = start(1, "ADA", NOW.minus(Duration.ofMinutes(90)), 1_000);
        cp1.charging(1, s.id(), 4_500, 16);

        List<LiveSession> running = service.running();

        assertThat(running).singleElement().satisfies(live -> {
            assertThat(live.id()).isEqualTo(s.id());
            assertThat(live.holder()).isEqualTo("Ada Lovelace");
            assertThat(live.energyWh()).isEqualTo(3_500);
            assertThat(live.duration()).isEqualTo(Duration.ofMinutes(90));
            assertThat(live.current().l1()).isEqualTo(16);
            assertThat(live.status()).isEqualTo(ConnectorStatus.CHARGING);
            assertThat(live.live()).isTrue();
        });
        assertThat(SessionCommands.render(running, java.time.ZoneOffset.UTC))
                .contains("Ada Lovelace").contains("1:30").contains("3.50").contains("charging");
    }

    @Test
    void aSessionWhoseStationIsGoneIsStillListedAsOffline() {
        start(1, "ADA", NOW.minus(Duration.ofMinutes(5)), 0);
        service.removeStation(cp1, Map.of(ChargingStation.PROP_ID, "CP1"));

        assertThat(service.running()).singleElement().satisfies(live -> {
            assertThat(live.status()).isEqualTo(ConnectorStatus.OFFLINE);
            assertThat(live.energyWh()).isZero();
            assertThat(live.live()).isFalse();
        });
    }

    @Test
    void totalsCountTodayThisWeekFromMondayAndThisMonthWithRunningSessionsSoFar() {
        finished(NOW.minus(Duration.ofHours(3)), 5_000);
        finished(Instant.parse("2026-11-18T08:00:00Z"), 7_000);
        finished(Instant.parse("2026-11-02T08:00:00Z"), 11_000);
        finished(Instant.parse("2026-10-30T08:00:00Z"), 13_000);
        Session running = start(1, "ADA", NOW.minus(Duration.ofMinutes(30)), 1_000);
        cp1.charging(1, running.id(), 4_000, 16);

        EnergyTotals totals = service.totals();

        assertThat(totals.today().from()).isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
        assertThat(totals.today().energyWh()).isEqualTo(5_000 + 3_000);
        assertThat(totals.today().sessions()).isEqualTo(2);
        assertThat(totals.today().cost()).isEqualByComparingTo("1.25");
        assertThat(totals.week().from()).isEqualTo(Instant.parse("2026-11-16T00:00:00Z"));
        assertThat(totals.week().energyWh()).isEqualTo(15_000);
        assertThat(totals.month().energyWh()).isEqualTo(26_000);
        assertThat(totals.month().sessions()).isEqualTo(4);
    }

    @Test
    void anOperatorStartsASessionForAnyBadgeOfTheSite() {
        CommandResult result = answer(service.remoteStart("CP1", 2, "ada", "alice"));

        assertThat(result.isAccepted()).isTrue();
        assertThat(cp1.commands).containsExactly("start 2 ADA by alice");
    }

    @Test
    void aRemoteStartThatCannotWorkIsRefusedWithTheReasonBeforeTheStationIsAsked() {
        Session s = start(1, "ADA", NOW.minus(Duration.ofMinutes(5)), 0);
        cp1.charging(1, s.id(), 100, 16);

        assertThat(answer(service.remoteStart("CP1", 2, "NOBODY", "alice")).detail()).contains("not one of the site's");
        assertThat(answer(service.remoteStart("CP1", 2, "BOB", "alice")).detail()).contains("blocked");
        assertThat(answer(service.remoteStart("CP1", 1, "ADA", "alice")).detail()).contains("already in a session");
        assertThat(answer(service.remoteStart("CP9", 1, "ADA", "alice")).detail()).contains("not registered");
        cp1.online = false;
        assertThat(answer(service.remoteStart("CP1", 2, "ADA", "alice")).detail()).contains("offline");
        assertThat(cp1.commands).isEmpty();
    }

    @Test
    void anOperatorStopsARunningSessionAndIsNamedAsTheCause() {
        Session s = start(1, "ADA", NOW.minus(Duration.ofMinutes(5)), 0);

        assertThat(answer(service.remoteStop(s.id(), "alice")).isAccepted()).isTrue();
        assertThat(cp1.commands).containsExactly("stop " + s.id() + " OPERATOR by alice");

        sessions.stop(s.id(), new SessionStop(NOW, 10, StoppedBy.OPERATOR, "alice", StopReason.REMOTE, null));
        assertThat(answer(service.remoteStop(s.id(), "alice")).detail()).contains("already ended");
        assertThat(answer(service.remoteStop(999_999, "alice")).detail()).contains("no session 999999");
    }

    private static CommandResult answer(java.util.concurrent.CompletionStage<CommandResult> stage) {
        return stage.toCompletableFuture().join();
    }
}
