package io.ampgate.store.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.site.JdbcBadgeRepository;
import io.ampgate.store.jdbc.site.JdbcChargeUserRepository;
import io.ampgate.store.jdbc.site.JdbcStationRepository;
import io.ampgate.store.testing.TestDatabases;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BadgeRepositoryTest {
    static final Instant NOW = Instant.parse("2026-05-10T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static Badge full(long chargeUserId) {
        return new Badge(0, "04A1b2C3d4E5F6", "Mario Rossi", "+39 02 1234567", "mario@example.com", chargeUserId,
                "FLEET-1", "company car", Badge.Authorization.SCHEDULE,
                List.of(new WeeklyWindow(DayOfWeek.FRIDAY, LocalTime.of(18, 0), LocalTime.MIDNIGHT),
                        new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(7, 30), LocalTime.of(12, 0, 15))),
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"),
                Scope.only(Set.of("cs1", "cs2")), Scope.only(Set.of("p1")),
                Scope.only(Set.of(new ConnectorRef("cs1", 2), new ConnectorRef("cs2", 1))),
                new EnergyCredit(false, 12_500, 20_000, 7, 50_000L, Instant.parse("2026-05-03T00:00:00.001Z")),
                true, Instant.parse("2025-12-24T09:00:00Z"), Instant.parse("2026-05-09T17:45:00.999Z"), 42);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aBadgeComesBackWithEveryField(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            Fixtures.site(db);
            long mario = new JdbcChargeUserRepository(db).save(new ChargeUser(0, "Mario", "Rossi", "", "", "", "")).id();
            BadgeRepository badges = new JdbcBadgeRepository(db, CLOCK);
            Badge badge = full(mario);

            Badge stored = badges.save(badge);
            Badge simple = badges.save(Badge.of("AA", null));

            assertThat(stored.id()).isPositive();
            assertThat(stored).isEqualTo(badge.withId(stored.id()));
            assertThat(stored.windows()).extracting(WeeklyWindow::day).containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
            assertThat(badges.find(stored.id())).contains(stored);
            assertThat(simple.created()).as("dated by the store").isEqualTo(NOW);
            assertThat(simple.credit()).isEqualTo(EnergyCredit.unlimitedCredit());
            assertThat(badges.find(simple.id())).contains(simple);
            assertThat(badges.listByChargeUser(mario)).containsExactly(stored);
            assertThat(badges.count()).isEqualTo(2);
            assertThat(badges.find(999_999)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void savingAgainReplacesWindowsAndScopes(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            Fixtures.site(db);
            long mario = new JdbcChargeUserRepository(db).save(new ChargeUser(0, "Mario", "Rossi", "", "", "", "")).id();
            BadgeRepository badges = new JdbcBadgeRepository(db, CLOCK);
            Badge stored = badges.save(full(mario));
            Badge changed = new Badge(stored.id(), "04a1b2c3d4e5f6", "Maria Rossi", "", "", null, "", "",
                    Badge.Authorization.DENY_ALL, List.of(new WeeklyWindow(DayOfWeek.SUNDAY, LocalTime.NOON, LocalTime.of(13, 0))),
                    null, null, Scope.everything(), Scope.only(Set.of()), Scope.only(Set.of(new ConnectorRef("cs1", 1))),
                    EnergyCredit.of(-300), false, stored.created(), null, 0);

            assertThat(badges.save(changed)).isEqualTo(changed);
            assertThat(badges.find(stored.id())).contains(changed);
            assertThat(badges.count()).isEqualTo(1);
            assertThatThrownBy(() -> badges.save(Badge.of("x", "y").withId(424_242)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("there is no badge with id 424242");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void uidsAreUniqueWhateverTheirCase(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            BadgeRepository badges = new JdbcBadgeRepository(db, CLOCK);
            Badge first = badges.save(Badge.of("8C45BE53", "first"));
            Badge second = badges.save(Badge.of("0011", "second"));

            assertThatThrownBy(() -> badges.save(Badge.of("8c45be53", "again")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("badge UID '8c45be53' is already used by badge " + first.id());
            assertThatThrownBy(() -> badges.save(Badge.of("8C45BE53", "x").withId(second.id())))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already used by badge " + first.id());
            assertThatThrownBy(() -> badges.addAll(List.of(Badge.of("NEW1", "a"), Badge.of("new1", "b"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("badge UID 'new1' is already used");

            assertThat(badges.count()).as("the failed batch left nothing").isEqualTo(2);
            assertThat(badges.findByUid("8c45BE53")).contains(first);
            assertThat(badges.findByUid("0011").orElseThrow().holder()).isEqualTo("second");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aBadgeIsFoundByUidAmongThousandsAndPagesAreStable(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            BadgeRepository badges = new JdbcBadgeRepository(db, CLOCK);
            List<Badge> many = IntStream.range(0, 2_000).mapToObj(i -> Badge.of(String.format("TAG%05d", i), "holder " + i)).toList();

            List<Badge> stored = badges.addAll(many);

            assertThat(stored).hasSize(2_000).extracting(Badge::uid).containsExactlyElementsOf(many.stream().map(Badge::uid).toList());
            assertThat(badges.count()).isEqualTo(2_000);
            for (int i : new int[] {0, 1, 999, 1_234, 1_999}) {
                assertThat(badges.findByUid(String.format("tag%05d", i))).contains(stored.get(i));
            }
            assertThat(badges.findByUid("TAG02000")).isEmpty();
            assertThat(badges.list(1_990, 50)).extracting(Badge::uid).containsExactlyElementsOf(
                    IntStream.range(1_990, 2_000).mapToObj(i -> String.format("TAG%05d", i)).toList());
            List<Badge> pages = new ArrayList<>();
            for (int offset = 0; offset < 2_000; offset += 700) {
                pages.addAll(badges.list(offset, 700));
            }
            assertThat(pages).containsExactlyElementsOf(stored);
            assertThatThrownBy(() -> badges.list(-1, 10)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset");
            assertThatThrownBy(() -> badges.list(0, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void usesAndCreditAreCountedInTheDatabase(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            BadgeRepository badges = new JdbcBadgeRepository(db, CLOCK);
            Badge limited = badges.save(new Badge(0, "L", "", "", "", null, "", "", Badge.Authorization.ALLOW_ALL, List.of(),
                    null, null, Scope.everything(), Scope.everything(), Scope.everything(), EnergyCredit.of(1_000), false,
                    null, null, 0));
            Badge unlimited = badges.save(Badge.of("U", ""));

            assertThat(badges.addCredit(limited.id(), -1_200)).contains(-200L);
            assertThat(badges.addCredit(limited.id(), 500)).contains(300L);
            assertThat(badges.addCredit(unlimited.id(), -1_200)).isEmpty();
            assertThat(badges.addCredit(999_999, 1)).isEmpty();
            assertThat(badges.recordUse(limited.id(), NOW.plusSeconds(5))).isTrue();
            assertThat(badges.recordUse(limited.id(), NOW.plusSeconds(9))).isTrue();
            assertThat(badges.recordUse(999_999, NOW)).isFalse();

            Badge after = badges.find(limited.id()).orElseThrow();
            assertThat(after.sessionCount()).isEqualTo(2);
            assertThat(after.lastUsed()).isEqualTo(NOW.plusSeconds(9));
            assertThat(after.credit().remainingWh()).isEqualTo(300);
            assertThat(badges.find(unlimited.id()).orElseThrow().credit().unlimited()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void dueRechargesTopUpTheCreditUpToItsMaximum(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            BadgeRepository badges = new JdbcBadgeRepository(db, CLOCK);
            Instant weekAgo = NOW.minusSeconds(7 * 86_400);
            record Case(String uid, EnergyCredit credit, Instant created, long expectedWh, Instant expectedLastRecharge) {}
            List<Case> cases = List.of(
                    new Case("DUE", new EnergyCredit(false, 100, 1_000, 7, null, weekAgo), NOW, 1_100, NOW),
                    new Case("CAPPED", new EnergyCredit(false, 4_500, 1_000, 7, 5_000L, weekAgo), NOW, 5_000, NOW),
                    new Case("ABOVE-CAP", new EnergyCredit(false, 6_000, 1_000, 7, 5_000L, weekAgo), NOW, 6_000, NOW),
                    new Case("NOT-YET", new EnergyCredit(false, 100, 1_000, 8, null, weekAgo), NOW, 100, weekAgo),
                    new Case("NEVER-NEW", new EnergyCredit(false, 100, 1_000, 7, null, null), NOW, 100, null),
                    new Case("NEVER-OLD", new EnergyCredit(false, 100, 1_000, 30, null, null), NOW.minusSeconds(31 * 86_400L),
                            1_100, NOW),
                    new Case("NO-RECHARGE", EnergyCredit.of(100), weekAgo, 100, null),
                    new Case("UNLIMITED", EnergyCredit.unlimitedCredit(), weekAgo, 0, null));
            for (Case c : cases) {
                badges.save(new Badge(0, c.uid(), "", "", "", null, "", "", Badge.Authorization.ALLOW_ALL, List.of(), null,
                        null, Scope.everything(), Scope.everything(), Scope.everything(), c.credit(), false, c.created(),
                        null, 0));
            }

            assertThat(badges.applyDueRecharges(NOW)).isEqualTo(4);

            for (Case c : cases) {
                EnergyCredit after = badges.findByUid(c.uid()).orElseThrow().credit();
                assertThat(after.remainingWh()).as(c.uid()).isEqualTo(c.expectedWh());
                assertThat(after.lastRecharge()).as(c.uid()).isEqualTo(c.expectedLastRecharge());
            }
            assertThat(badges.applyDueRecharges(NOW)).as("nothing is due twice").isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void whatABadgeRefersToMustExistAndItsRemovalNeverWidensTheBadge(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            Fixtures.site(db);
            ChargeUserRepository users = new JdbcChargeUserRepository(db);
            long mario = users.save(new ChargeUser(0, "Mario", "Rossi", "", "", "", "")).id();
            BadgeRepository badges = new JdbcBadgeRepository(db, CLOCK);
            Badge stored = badges.save(full(mario));

            record Case(Badge badge, String message) {}
            Badge base = full(mario);
            for (Case c : List.of(
                    new Case(withScopes(base, Scope.only(Set.of("cs7")), base.zones(), base.connectors()), "station cs7 does not exist"),
                    new Case(withScopes(base, base.stations(), Scope.only(Set.of("z9")), base.connectors()), "zone z9 does not exist"),
                    new Case(withScopes(base, base.stations(), base.zones(), Scope.only(Set.of(new ConnectorRef("cs2", 2)))),
                            "station cs2 has no connector 2"))) {
                Badge other = new Badge(0, "OTHER", "", "", "", null, "", "", Badge.Authorization.ALLOW_ALL, List.of(), null,
                        null, c.badge().stations(), c.badge().zones(), c.badge().connectors(), EnergyCredit.unlimitedCredit(),
                        false, null, null, 0);
                assertThatThrownBy(() -> badges.save(other)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("badge OTHER: " + c.message());
            }
            assertThatThrownBy(() -> badges.save(new Badge(0, "NOUSER", "", "", "", 777L, "", "", Badge.Authorization.ALLOW_ALL,
                    List.of(), null, null, Scope.everything(), Scope.everything(), Scope.everything(),
                    EnergyCredit.unlimitedCredit(), false, null, null, 0)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("badge NOUSER: charge user 777 does not exist");

            new JdbcStationRepository(db).delete("cs1");
            users.delete(mario);

            Badge after = badges.find(stored.id()).orElseThrow();
            assertThat(after.chargeUserId()).isNull();
            assertThat(after.stations()).isEqualTo(Scope.only(Set.of("cs2")));
            assertThat(after.connectors()).isEqualTo(Scope.only(Set.of(new ConnectorRef("cs2", 1))));
            new JdbcStationRepository(db).delete("cs2");
            assertThat(badges.find(stored.id()).orElseThrow().stations().allows("cs3")).as("not opened to all").isFalse();
            assertThat(badges.delete(stored.id())).isTrue();
            assertThat(badges.delete(stored.id())).isFalse();
            assertThat(badges.count()).isZero();
        }
    }

    private static Badge withScopes(Badge b, Scope<String> stations, Scope<String> zones, Scope<ConnectorRef> connectors) {
        return new Badge(b.id(), b.uid(), b.holder(), b.phone(), b.email(), b.chargeUserId(), b.parentCode(), b.description(),
                b.authorization(), b.windows(), b.validFrom(), b.validUntil(), stations, zones, connectors, b.credit(), b.vip(),
                b.created(), b.lastUsed(), b.sessionCount());
    }

    @Test
    void invalidBadgesAreRefusedWithTheReason() {
        record Case(Runnable build, String message) {}
        List<Case> cases = List.of(
                new Case(() -> Badge.of(null, "h"), "uid is required"),
                new Case(() -> Badge.of("A B", "h"), "uid 'A B' contains spaces"),
                new Case(() -> Badge.of("X".repeat(37), "h"), "uid is longer than 36 characters"),
                new Case(() -> new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.NOON, LocalTime.of(11, 0)),
                        "'to' (11:00) must be after 'from' (12:00)"),
                new Case(() -> new WeeklyWindow(null, LocalTime.NOON, LocalTime.of(13, 0)), "day is required"),
                new Case(() -> new EnergyCredit(false, 0, 100, 0, null, null), "needs both rechargeWh and rechargeEveryDays"),
                new Case(() -> new EnergyCredit(true, 5, 0, 0, null, null), "an unlimited credit has no amounts"),
                new Case(() -> new EnergyCredit(false, 0, 0, 0, -1L, null), "maxWh must be >= 0"),
                new Case(() -> new Scope<>(true, Set.of("a")), "a scope that allows all lists no items"),
                new Case(() -> new Badge(0, "U", "", "", "", null, "", "", Badge.Authorization.ALLOW_ALL, List.of(), NOW, NOW,
                        Scope.everything(), Scope.everything(), Scope.everything(), EnergyCredit.unlimitedCredit(), false,
                        null, null, 0), "validUntil must be after validFrom"),
                new Case(() -> new Badge(0, "U", "", "", "", null, "", "", null, List.of(), null, null,
                        Scope.everything(), Scope.everything(), Scope.everything(), EnergyCredit.unlimitedCredit(), false,
                        null, null, 0), "authorization is required"),
                new Case(() -> new Badge(0, "U", "", "", "", null, "", "", Badge.Authorization.ALLOW_ALL, List.of(), null, null,
                        Scope.everything(), Scope.everything(), Scope.everything(), EnergyCredit.unlimitedCredit(), false,
                        null, null, -1), "sessionCount must be >= 0"));
        for (Case c : cases) {
            assertThatThrownBy(c.build::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(c.message);
        }
        WeeklyWindow evening = new WeeklyWindow(DayOfWeek.FRIDAY, LocalTime.of(18, 0), LocalTime.MIDNIGHT);
        assertThat(evening.contains(DayOfWeek.FRIDAY, LocalTime.of(23, 59, 59))).isTrue();
        assertThat(evening.contains(DayOfWeek.FRIDAY, LocalTime.of(17, 59))).isFalse();
        assertThat(evening.contains(DayOfWeek.SATURDAY, LocalTime.of(19, 0))).isFalse();
        assertThat(Badge.uidKey("04a1")).isEqualTo("04A1");
    }
}
