package io.ampgate.core.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.store.testing.MutableClock;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.site.JdbcBadgeRepository;
import io.ampgate.store.site.Badge;
import io.ampgate.store.site.EnergyCredit;
import io.ampgate.store.testing.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The automatic recharge over a real Derby store, on a clock the test moves. */
class CreditRechargerTest {

    @Test
    void aFleetCardGetsItsAllowanceBackEveryPeriodUpToItsMaximum() throws Exception {
        try (PooledDatabase db = TestDatabases.open(Dialect.DERBY)) {
            JdbcBadgeRepository badges = new JdbcBadgeRepository(db);
            Badge plain = Badge.of("FLEET1", "Van 1");
            Badge fleet = badges.save(new Badge(0, plain.uid(), plain.holder(), "", "", null, "", "",
                    Badge.Authorization.ALLOW_ALL, List.of(), null, null, plain.stations(), plain.zones(),
                    plain.connectors(), new EnergyCredit(false, 0, 150_000, 30, 200_000L, null), false, null, null, 0));
            MutableClock clock = new MutableClock(fleet.created().plus(Duration.ofDays(1)));
            CreditRecharger recharger = new CreditRecharger(badges, clock, false);

            assertThat(recharger.recharge()).as("not due yet").isZero();
            clock.advance(Duration.ofDays(29));
            assertThat(recharger.recharge()).isEqualTo(1);
            assertThat(recharger.recharge()).as("once per period").isZero();
            assertThat(badges.find(fleet.id()).orElseThrow().credit().remainingWh()).isEqualTo(150_000);
            clock.advance(Duration.ofDays(30));
            recharger.recharge();
            assertThat(badges.find(fleet.id()).orElseThrow().credit().remainingWh()).as("capped").isEqualTo(200_000);
        }
    }
}
