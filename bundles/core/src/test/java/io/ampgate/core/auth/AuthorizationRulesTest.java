package io.ampgate.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.auth.Authorization;
import io.ampgate.api.auth.AuthorizationRequest;
import io.ampgate.api.auth.AuthorizationRequest.Purpose;
import io.ampgate.api.auth.AuthorizationStatus;
import io.ampgate.core.testing.BadgeVariants;
import io.ampgate.store.site.Badge;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorizationRulesTest {

    /** Sunday 22 November 2026, 10:00 in Paris. */
    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    private static final ZoneId SITE = ZoneId.of("Europe/Paris");

    private static Badge badge(String variant) {
        return BadgeVariants.badge(variant, "FLEET", NOW);
    }

    private static Facts facts(int connector, Purpose purpose, String zone, boolean acceptUnknown, boolean oneSession,
            int otherSessions) {
        return new Facts(new AuthorizationRequest("TAG-1", "CP1", connector, purpose, NOW), zone, NOW.atZone(SITE),
                acceptUnknown, oneSession, otherSessions, Duration.ofDays(1), null);
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            station uses the default list            | -     | START        | ACCEPTED
            in the station's custom list             | true  | START        | ACCEPTED
            not in the station's custom list         | false | START        | INVALID
            not in the list, Authorize               | false | AUTHORIZE    | INVALID
            not in the list, remote start            | false | REMOTE_START | ACCEPTED
            not in the list, ending its session      | false | STOP         | ACCEPTED
            """)
    void aStationWithACustomListRefusesBadgesOutsideIt(String name, Boolean inList, Purpose purpose,
            AuthorizationStatus expected) {
        Facts facts = new Facts(new AuthorizationRequest("TAG-1", "CP1", 1, purpose, NOW), "hall", NOW.atZone(SITE),
                false, false, 0, Duration.ofDays(1), inList);

        Authorization answer = AuthorizationRules.decide(badge("plain"), facts);

        assertThat(answer.status()).isEqualTo(expected);
        if (!expected.isAccepted()) {
            assertThat(answer.reason()).isEqualTo("not in the card list of station CP1");
        }
    }
}
