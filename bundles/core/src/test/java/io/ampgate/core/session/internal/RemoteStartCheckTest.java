package io.ampgate.core.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.auth.Authorization;
import io.ampgate.api.auth.AuthorizationStatus;
import io.ampgate.api.station.ConnectorState;
import io.ampgate.api.station.ConnectorStatus;
import io.ampgate.api.unit.PhaseValues;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When the gateway refuses a remote start before asking the station, and what it says. */
class RemoteStartCheckTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // case                     | known | online | status         | session | badge | answer     | refusal (empty: station asked)
        "free connector             | true  | true   | AVAILABLE      |         | true  | ACCEPTED   | ",
        "car plugged in, waiting    | true  | true   | PREPARING      |         | true  | ACCEPTED   | ",
        "station without service    | false | false  | AVAILABLE      |         | true  | ACCEPTED   | is not registered",
        "station offline            | true  | false  | AVAILABLE      |         | true  | ACCEPTED   | is offline",
        "no such connector          | true  | true   |                |         | true  | ACCEPTED   | has no connector 2",
        "connector charging         | true  | true   | CHARGING       | 17      | true  | ACCEPTED   | already in a session",
        "session not yet charging   | true  | true   | PREPARING      | 17      | true  | ACCEPTED   | already in a session",
        "connector finishing        | true  | true   | FINISHING      |         | true  | ACCEPTED   | already in a session",
        "connector faulted          | true  | true   | FAULTED        |         | true  | ACCEPTED   | is faulted",
        "connector unavailable      | true  | true   | UNAVAILABLE    |         | true  | ACCEPTED   | is unavailable",
        "connector reserved         | true  | true   | RESERVED       |         | true  | ACCEPTED   | is reserved",
        "unknown badge              | true  | true   | AVAILABLE      |         | false |            | is not one of the site's badges",
        "blocked badge              | true  | true   | AVAILABLE      |         | true  | BLOCKED    | is refused: why",
        "expired badge              | true  | true   | AVAILABLE      |         | true  | EXPIRED    | is refused: why",
        "badge busy elsewhere       | true  | true   | AVAILABLE      |         | true  | CONCURRENT_TX | is refused: why",
    })
    void refusal(String name, boolean known, boolean online, ConnectorStatus status, String session, boolean badgeKnown,
            AuthorizationStatus answer, String refusal) {
        ConnectorState state = status == null ? null
                : new ConnectorState(2, status, PhaseValues.zero(), 0, 0, session, Instant.EPOCH);
        Authorization authorization = answer == null ? null : new Authorization(answer, "why", null, null, "");

        var result = RemoteStartCheck.refusal("CP1", 2, known, online, state, "TAG1", badgeKnown, authorization);

        if (refusal == null) {
            assertThat(result).isEmpty();
        } else {
            assertThat(result).hasValueSatisfying(r -> assertThat(r).contains(refusal));
        }
    }
}
