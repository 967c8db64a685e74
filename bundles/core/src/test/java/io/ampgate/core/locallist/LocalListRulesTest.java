package io.ampgate.core.locallist;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.auth.AuthorizationStatus;
import io.ampgate.core.testing.BadgeVariants;
import io.ampgate.store.site.Badge;
import io.ampgate.store.site.LocalListEntry;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalListRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    private static Badge badge(String variant, String parent) {
        return BadgeVariants.badge(variant, parent, NOW);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            plain badge                         | plain                | hall   | FLEET | ACCEPTED | -
            blank parent becomes none           | plain                | hall   | ' '   | ACCEPTED | -
            valid until tonight                 | valid-until-tonight  | hall   | FLEET | ACCEPTED | 2026-11-22T22:00:00Z
            deny-all                            | blocked              | hall   | FLEET | BLOCKED  | -
            deny-all wins over scope            | blocked-elsewhere    | hall   | FLEET | BLOCKED  | -
            before valid-from                   | not-yet-valid        | hall   | FLEET | EXPIRED  | -
            at valid-until                      | expired              | hall   | FLEET | EXPIRED  | -
            scheduled: accepted offline         | weekdays-only         | hall   | FLEET | ACCEPTED | -
            other station only                  | station-CP2-only     | hall   | FLEET | -        | -
            this station only                   | station-CP1-only     | hall   | FLEET | ACCEPTED | -
            other zone only                     | zone-garage-only     | hall   | FLEET | -        | -
            its zone                            | zone-garage-only     | garage | FLEET | ACCEPTED | -
            station without zone                | zone-garage-only     | -      | FLEET | -        | -
            connectors of another station only  | connector-CP2-only   | hall   | FLEET | -        | -
            one connector of this station       | connector-CP1-2-only | hall   | FLEET | ACCEPTED | -
            credit left                         | credit-left          | hall   | FLEET | ACCEPTED | -
            credit used up                      | credit-used-up       | hall   | FLEET | BLOCKED  | -
            """)
    void everyBadgeGetsItsEntry(String name, String variant, String zone, String parent, AuthorizationStatus status,
            Instant expiry) {
        Optional<LocalListEntry> entry = LocalListRules.entry(badge(variant, parent), "CP1", zone, NOW);

        if (status == null) {
            assertThat(entry).isEmpty();
        } else {
            String expectedParent = parent.isBlank() ? null : parent;
            assertThat(entry).contains(new LocalListEntry("TAG-1", status, expiry, expectedParent));
        }
    }
}
