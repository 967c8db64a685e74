package io.ampgate.core.badge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.site.JdbcBadgeRepository;
import io.ampgate.store.jdbc.site.JdbcCardListRepository;
import io.ampgate.store.jdbc.site.JdbcSettingsRepository;
import io.ampgate.store.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The badge and card-list shell commands over a real Derby store. */
class BadgeCommandsTest {
    private PooledDatabase db;
    private JdbcBadgeRepository badges;
    private BadgeCommands badge;
    private CardListCommands cardlist;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(Dialect.DERBY);
        badges = new JdbcBadgeRepository(db);
        JdbcSettingsRepository settings = new JdbcSettingsRepository(db);
        settings.set("site.timeZone", "Europe/Paris");
        new io.ampgate.store.jdbc.site.JdbcStationRepository(db).save(io.ampgate.store.site.Station.unregistered("CP1"));
        badge = new BadgeCommands(badges, settings);
        cardlist = new CardListCommands(new JdbcCardListRepository(db), badges);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anOperatorAddsChangesCreditsAndRemovesBadges() {
        assertThat(badge.list()).startsWith("no badges");
        assertThat(badge.add("04A1B2", "holder=Ada Lovelace", "parent=FLEET", "credit=20kWh", "until=2027-01-01"))
                .isEqualTo("added badge 04A1B2 (Ada Lovelace)");

        assertThat(badge.list()).contains("04A1B2").contains("Ada Lovelace").contains("FLEET")
                .contains("until 2027-01-01").contains("20.000 kWh");
        assertThat(badge.credit("04a1b2", "-5kWh")).isEqualTo("badge 04A1B2 has 15.000 kWh of credit left");
        assertThat(badge.set("04A1B2", "schedule=MON-FRI@07:00-19:00", "stations=CP1")).isEqualTo("changed badge 04A1B2");
        assertThat(badge.show("04A1B2")).contains("schedule  MON@07:00-19:00;").contains("stations    CP1")
                .contains("credit      15.000 kWh");
        badge.set("04A1B2", "from=2026-01-01");
        String row = badge.list().lines().filter(l -> l.startsWith("04A1B2")).findFirst().orElseThrow();
        assertThat(row).as("both ends of the validity fit the column").contains("2026-01-01..2027-01-01 ")
                .containsPattern("2027-01-01 +15\\.000 kWh");
        assertThat(badge.remove("04A1B2")).startsWith("removed badge 04A1B2");
        assertThat(badges.count()).isZero();
    }

    @Test
    void mistakesAreRefusedWithAMessage() {
        badge.add("FREE");

        assertThatIllegalArgumentException().isThrownBy(() -> badge.add("free"));
        assertThatIllegalArgumentException().isThrownBy(() -> badge.credit("FREE", "+5kWh"))
                .withMessageContaining("unlimited credit");
        assertThatIllegalArgumentException().isThrownBy(() -> badge.show("NOBODY")).withMessage("there is no badge NOBODY");
        assertThatIllegalArgumentException().isThrownBy(() -> badge.set("FREE")).withMessageContaining("nothing to change");
    }

    @Test
    void cardListsGroupBadgesAndMoveToANewVersionOnEveryChange() {
        badge.add("A1", "holder=Ada");
        badge.add("B2", "holder=Bob");
        badge.add("C3", "holder=Cy");

        assertThat(cardlist.create("Fleet", "A1", "B2")).isEqualTo("created card list Fleet (version 1, 2 badge(s))");
        assertThat(cardlist.add("fleet", "C3")).isEqualTo("card list Fleet is at version 2");
        assertThat(cardlist.remove("Fleet", "A1")).isEqualTo("card list Fleet is at version 3");
        assertThat(cardlist.show("Fleet")).startsWith("Fleet, version 3, 2 badge(s)").contains("B2  Bob").contains("C3  Cy")
                .doesNotContain("A1");
        assertThat(cardlist.list()).contains("Fleet").contains("3");
        assertThatIllegalArgumentException().isThrownBy(() -> cardlist.add("Fleet", "ZZ")).withMessage("there is no badge ZZ");
        assertThat(cardlist.delete("Fleet")).isEqualTo("deleted card list Fleet");
        assertThat(cardlist.list()).startsWith("no card lists");
    }
}
