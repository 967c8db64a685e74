package io.ampgate.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.auth.Authorization;
import io.ampgate.api.auth.AuthorizationRequest;
import io.ampgate.api.auth.AuthorizationRequest.Purpose;
import io.ampgate.api.auth.AuthorizationStatus;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.session.JdbcSessionRepository;
import io.ampgate.store.jdbc.site.JdbcBadgeRepository;
import io.ampgate.store.jdbc.site.JdbcCardListRepository;
import io.ampgate.store.jdbc.site.JdbcSettingsRepository;
import io.ampgate.store.jdbc.site.JdbcStationRepository;
import io.ampgate.store.session.SessionStart;
import io.ampgate.store.session.StartedBy;
import io.ampgate.store.site.Badge;
import io.ampgate.store.site.EnergyCredit;
import io.ampgate.store.site.Scope;
import io.ampgate.store.site.Station;
import io.ampgate.store.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The authorizer over a real Derby store: the look-up, the site's settings, running sessions. */
class AuthorizerComponentTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    private PooledDatabase db;
    private JdbcBadgeRepository badges;
    private JdbcSessionRepository sessions;
    private JdbcSettingsRepository settings;
    private MutableClock clock;
    private AuthorizerComponent authorizer;

    @BeforeEach
    void open() throws Exception {
        db = io.ampgate.store.testing.TestDatabases.open(Dialect.DERBY);
        badges = new JdbcBadgeRepository(db);
        sessions = new JdbcSessionRepository(db);
        settings = new JdbcSettingsRepository(db);
        JdbcStationRepository stations = new JdbcStationRepository(db);
        stations.save(Station.unregistered("CP1"));
        stations.save(Station.unregistered("CP2"));
        clock = new MutableClock(NOW);
        authorizer = new AuthorizerComponent(badges, stations, sessions, settings, new JdbcCardListRepository(db), clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Authorization ask(String idTag, int connector, Purpose purpose) {
        return authorizer.authorize(new AuthorizationRequest(idTag, "CP1", connector, purpose, NOW));
    }

    @Test
    void aKnownBadgeIsAcceptedWhateverTheCaseOfItsUid() {
        badges.save(Badge.of("04A1B2", "Ada"));

        Authorization answer = ask("04a1b2", 1, Purpose.AUTHORIZE);

        assertThat(answer.status()).isEqualTo(AuthorizationStatus.ACCEPTED);
        assertThat(answer.holder()).isEqualTo("Ada");
        assertThat(answer.expiry()).isEqualTo(NOW.plus(Duration.ofHours(24)));
    }

    @Test
    void unknownBadgesFollowTheSiteSettingOnceItIsReadAgain() {
        assertThat(ask("STRANGER", 1, Purpose.AUTHORIZE).status()).isEqualTo(AuthorizationStatus.INVALID);

        settings.set("auth.acceptUnknownBadges", true);
        settings.set("auth.cacheHours", 2L);
        assertThat(ask("STRANGER", 1, Purpose.AUTHORIZE).status()).as("settings are cached")
                .isEqualTo(AuthorizationStatus.INVALID);
        clock.advance(Duration.ofSeconds(SiteRules.FRESH_SECONDS + 1));

        Authorization accepted = ask("STRANGER", 1, Purpose.AUTHORIZE);
        assertThat(accepted.status()).isEqualTo(AuthorizationStatus.ACCEPTED);
        assertThat(accepted.expiry()).isEqualTo(NOW.plus(Duration.ofHours(2)));
    }

    @Test
    void aBadgeChargingElsewhereGetsConcurrentTxWhenTheSiteAllowsOneSession() {
        badges.save(Badge.of("FLEET-7", "Van 7"));
        sessions.start(new SessionStart("CP1", 2, "FLEET-7", null, null, null, StartedBy.LOCAL_BADGE,
                NOW.minusSeconds(600), 0));

        assertThat(ask("FLEET-7", 1, Purpose.START).status()).isEqualTo(AuthorizationStatus.ACCEPTED);
        settings.set("auth.oneSessionPerBadge", true);
        clock.advance(Duration.ofSeconds(SiteRules.FRESH_SECONDS + 1));

        assertThat(ask("FLEET-7", 1, Purpose.START).status()).isEqualTo(AuthorizationStatus.CONCURRENT_TX);
        assertThat(ask("FLEET-7", 2, Purpose.START).status()).as("its own session's connector")
                .isEqualTo(AuthorizationStatus.ACCEPTED);
        assertThat(ask("FLEET-7", 0, Purpose.STOP).status()).isEqualTo(AuthorizationStatus.ACCEPTED);
    }

    @Test
    void aBadgeLimitedToAnotherStationOrOutOfCreditIsRefused() {
        badges.save(new Badge(0, "ELSEWHERE", "Bob", "", "", null, "", "", Badge.Authorization.ALLOW_ALL, List.of(),
                null, null, Scope.only(Set.of("CP2")), Scope.everything(), Scope.everything(),
                EnergyCredit.unlimitedCredit(), false, null, null, 0));
        badges.save(new Badge(0, "EMPTY", "Eve", "", "", null, "", "", Badge.Authorization.ALLOW_ALL, List.of(),
                null, null, Scope.everything(), Scope.everything(), Scope.everything(), EnergyCredit.of(0), false,
                null, null, 0));

        assertThat(ask("ELSEWHERE", 1, Purpose.START).status()).isEqualTo(AuthorizationStatus.INVALID);
        assertThat(ask("EMPTY", 1, Purpose.START)).satisfies(a -> {
            assertThat(a.status()).isEqualTo(AuthorizationStatus.BLOCKED);
            assertThat(a.reason()).contains("credit");
        });
    }
}
