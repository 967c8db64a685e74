package io.ampgate.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.auth.Authorization;
import io.ampgate.api.auth.AuthorizationRequest;
import io.ampgate.api.auth.AuthorizationRequest.Purpose;
import io.ampgate.api.auth.AuthorizationStatus;
import io.ampgate.store.site.Badge;
import io.ampgate.store.site.ConnectorRef;
import io.ampgate.store.site.EnergyCredit;
import io.ampgate.store.site.Scope;
import io.ampgate.store.site.WeeklyWindow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorizationRulesTest {

    /** Sunday 22 November 2026, 10:00 in Paris. */
    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    private static final ZoneId SITE = ZoneId.of("Europe/Paris");

    private static Badge badge(String variant) {
        Badge.Authorization auth = Badge.Authorization.ALLOW_ALL;
        List<WeeklyWindow> windows = List.of();
        Instant from = null;
        Instant until = null;
        Scope<String> stations = Scope.everything();
        Scope<String> zones = Scope.everything();
        Scope<ConnectorRef> connectors = Scope.everything();
        EnergyCredit credit = EnergyCredit.unlimitedCredit();
        switch (variant) {
            case "plain" -> { }
            case "blocked" -> auth = Badge.Authorization.DENY_ALL;
            case "not-yet-valid" -> from = NOW.plusSeconds(60);
            case "expired" -> until = NOW;
            case "valid-until-tonight" -> until = Instant.parse("2026-11-22T22:00:00Z");
            case "sunday-9-to-11" -> {
                auth = Badge.Authorization.SCHEDULE;
                windows = List.of(new WeeklyWindow(DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(11, 0)));
            }
            case "weekdays-only" -> {
                auth = Badge.Authorization.SCHEDULE;
                windows = List.of(new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(0, 0), LocalTime.MIDNIGHT));
            }
            case "station-CP2-only" -> stations = Scope.only(Set.of("CP2"));
            case "zone-garage-only" -> zones = Scope.only(Set.of("garage"));
            case "connector-CP1-2-only" -> connectors = Scope.only(Set.of(new ConnectorRef("CP1", 2)));
            case "credit-left" -> credit = EnergyCredit.of(500);
            case "credit-used-up" -> credit = EnergyCredit.of(0);
            default -> throw new IllegalArgumentException(variant);
        }
        return new Badge(7, "TAG-1", "Ada", "", "", null, "FLEET", "", auth, windows, from, until, stations, zones,
                connectors, credit, false, NOW.minusSeconds(86400), null, 0);
    }

    private static Facts facts(int connector, Purpose purpose, String zone, boolean acceptUnknown, boolean oneSession,
            int otherSessions) {
        return new Facts(new AuthorizationRequest("TAG-1", "CP1", connector, purpose, NOW), zone, NOW.atZone(SITE),
                acceptUnknown, oneSession, otherSessions, Duration.ofDays(1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            known badge                            | plain | 1 | START | hall | false | false | 0 | ACCEPTED
            unknown badge                          | - | 1 | START | hall | false | false | 0 | INVALID
            unknown badge, site accepts unknown    | - | 1 | AUTHORIZE | hall | true | false | 0 | ACCEPTED
            deny-all                               | blocked | 1 | START | hall | false | false | 0 | BLOCKED
            before valid-from                      | not-yet-valid | 1 | START | hall | false | false | 0 | EXPIRED
            at valid-until                         | expired | 1 | START | hall | false | false | 0 | EXPIRED
            inside its weekly window               | sunday-9-to-11 | 1 | START | hall | false | false | 0 | ACCEPTED
            outside its weekly schedule            | weekdays-only | 1 | START | hall | false | false | 0 | BLOCKED
            other station only                     | station-CP2-only | 1 | START | hall | false | false | 0 | INVALID
            other zone only                        | zone-garage-only | 1 | START | hall | false | false | 0 | INVALID
            its zone                               | zone-garage-only | 1 | START | garage | false | false | 0 | ACCEPTED
            station without zone                   | zone-garage-only | 1 | START | - | false | false | 0 | INVALID
            other connector only                   | connector-CP1-2-only | 1 | START | hall | false | false | 0 | INVALID
            its connector                          | connector-CP1-2-only | 2 | START | hall | false | false | 0 | ACCEPTED
            Authorize before plugging in           | connector-CP1-2-only | 0 | AUTHORIZE | hall | false | false | 0 | ACCEPTED
            credit left                            | credit-left | 1 | START | hall | false | false | 0 | ACCEPTED
            credit used up                         | credit-used-up | 1 | START | hall | false | false | 0 | BLOCKED
            charging elsewhere, one per badge      | plain | 1 | START | hall | false | true | 1 | CONCURRENT_TX
            charging elsewhere, no limit           | plain | 1 | START | hall | false | false | 1 | ACCEPTED
            ending its session, one per badge      | plain | 1 | STOP | hall | false | true | 1 | ACCEPTED
            blocked wins over schedule and scope   | blocked | 1 | START | - | false | true | 3 | BLOCKED
            """)
    void decidesEveryOutcome(String name, String variant, int connector, Purpose purpose, String zone,
            boolean acceptUnknown, boolean oneSession, int otherSessions, AuthorizationStatus expected) {
        Badge badge = variant == null ? null : badge(variant);

        Authorization answer = AuthorizationRules.decide(badge,
                facts(connector, purpose, zone, acceptUnknown, oneSession, otherSessions));

        assertThat(answer.status()).isEqualTo(expected);
        if (!expected.isAccepted()) {
            assertThat(answer.reason()).as("a refusal says why").isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0} -> cache until {1}")
    @CsvSource(textBlock = """
            plain,               2026-11-23T09:00:00Z
            valid-until-tonight, 2026-11-22T22:00:00Z
            sunday-9-to-11,      2026-11-22T10:00:00Z
            """)
    void anAcceptedAnswerCarriesTheParentAndACacheExpiry(String variant, Instant expiry) {
        Authorization answer = AuthorizationRules.decide(badge(variant), facts(1, Purpose.START, "hall", false, false, 0));

        assertThat(answer.status()).isEqualTo(AuthorizationStatus.ACCEPTED);
        assertThat(answer.parentIdTag()).isEqualTo("FLEET");
        assertThat(answer.holder()).isEqualTo("Ada");
        assertThat(answer.expiry()).isEqualTo(expiry);
    }

    @Test
    void aRefusalCarriesNoExpirySoStationsDoNotCacheIt() {
        Authorization answer = AuthorizationRules.decide(badge("blocked"), facts(1, Purpose.START, "hall", false, false, 0));

        assertThat(answer.expiry()).isNull();
        assertThat(answer.reason()).isEqualTo("blocked");
    }
}
