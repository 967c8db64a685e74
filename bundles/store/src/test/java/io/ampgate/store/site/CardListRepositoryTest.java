package io.ampgate.store.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.api.auth.AuthorizationStatus;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.site.JdbcBadgeRepository;
import io.ampgate.store.jdbc.site.JdbcCardListRepository;
import io.ampgate.store.jdbc.site.JdbcStationRepository;
import io.ampgate.store.testing.TestDatabases;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CardListRepositoryTest {
    static final Instant NOW = Instant.parse("2026-06-01T06:30:00Z");

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyChangeMovesTheListToTheNextVersion(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            BadgeRepository badges = new JdbcBadgeRepository(db);
            CardListRepository lists = new JdbcCardListRepository(db, Clock.fixed(NOW, ZoneOffset.UTC));
            long a = badges.save(Badge.of("A", "")).id();
            long b = badges.save(Badge.of("B", "")).id();
            long c = badges.save(Badge.of("C", "")).id();

            CardList created = lists.save(new CardList(0, "Staff", "night shift", 99, null, Set.of(a, b)));
            long id = created.id();
            assertThat(created).isEqualTo(new CardList(id, "Staff", "night shift", 1, NOW, Set.of(a, b)));
            assertThat(lists.find(id)).contains(created);

            assertThat(lists.addMember(id, c)).isEqualTo(2);
            assertThat(lists.addMember(id, c)).as("already a member: no change").isEqualTo(2);
            assertThat(lists.removeMember(id, a)).isEqualTo(3);
            assertThat(lists.removeMember(id, a)).as("not a member: no change").isEqualTo(3);
            assertThat(lists.find(id).orElseThrow().members()).containsExactlyInAnyOrder(b, c);

            CardList renamed = lists.save(new CardList(id, "Staff B", "", 0, null, Set.of(a)));
            assertThat(renamed.version()).isEqualTo(4);
            assertThat(renamed.members()).containsExactly(a);
            assertThat(renamed.created()).isEqualTo(NOW);

            badges.save(badges.find(a).orElseThrow()); // a member changed
            assertThat(lists.find(id).orElseThrow().version()).isEqualTo(5);
            badges.save(badges.find(b).orElseThrow()); // not a member: the list stays
            assertThat(lists.find(id).orElseThrow().version()).isEqualTo(5);
            badges.delete(a);
            CardList afterDelete = lists.find(id).orElseThrow();
            assertThat(afterDelete.version()).isEqualTo(6);
            assertThat(afterDelete.members()).isEmpty();

            assertThatThrownBy(() -> lists.addMember(id, 999_999)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("badge 999999 does not exist");
            assertThatThrownBy(() -> lists.addMember(999_999, b)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("there is no card list with id 999999");
            assertThatThrownBy(() -> lists.save(CardList.of("Other", Set.of(b, 123_456L))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("badge 123456 does not exist");
            assertThat(lists.list()).extracting(CardList::name).containsExactly("Staff B");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void namesAreUnique(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            CardListRepository lists = new JdbcCardListRepository(db);
            CardList first = lists.save(CardList.of("Visitors", Set.of()));
            CardList second = lists.save(CardList.of("Staff", Set.of()));

            assertThatThrownBy(() -> lists.save(CardList.of("Visitors", Set.of())))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("card list name 'Visitors' is already used");
            assertThatThrownBy(() -> lists.save(new CardList(second.id(), "Visitors", "", 0, null, Set.of())))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("card list name 'Visitors' is already used");
            assertThat(lists.save(new CardList(first.id(), "Visitors", "same name, same list", 0, null, Set.of())).version())
                    .isEqualTo(2);
            assertThat(lists.list()).extracting(CardList::name).containsExactly("Staff", "Visitors");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aStationIsAssignedAListAndTheAuthorizationLooksItsMembersUp(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            Fixtures.site(db);
            BadgeRepository badges = new JdbcBadgeRepository(db);
            CardListRepository lists = new JdbcCardListRepository(db);
            long a = badges.save(Badge.of("A", "")).id();
            long b = badges.save(Badge.of("B", "")).id();
            CardList staff = lists.save(CardList.of("Staff", Set.of(a)));

            assertThat(lists.stationList("cs1")).isEqualTo(StationLocalList.none("cs1"));
            assertThat(lists.inAssignedList("cs1", a)).as("default list").isEmpty();
            lists.assign("cs1", staff.id());
            lists.assign("cs2", staff.id());
            assertThat(lists.stationList("cs1").cardListId()).isEqualTo(staff.id());
            assertThat(lists.inAssignedList("cs1", a)).contains(true);
            assertThat(lists.inAssignedList("cs1", b)).contains(false);
            assertThatThrownBy(() -> lists.delete(staff.id())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("card list " + staff.id() + " is still assigned to stations cs1, cs2");
            assertThatThrownBy(() -> lists.assign("ghost", staff.id())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("station ghost does not exist");
            assertThatThrownBy(() -> lists.assign("cs1", 999_999L)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("there is no card list with id 999999");

            lists.assign("cs1", null);
            assertThat(lists.inAssignedList("cs1", b)).isEmpty();
            new JdbcStationRepository(db).delete("cs2");
            assertThat(lists.stationLists()).extracting(StationLocalList::stationId).containsExactly("cs1");
            assertThat(lists.delete(staff.id())).isTrue();
            assertThat(lists.find(staff.id())).isEmpty();
            assertThat(lists.delete(staff.id())).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void whatAStationHoldsFollowsFullAndDifferentialUpdates(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            Fixtures.site(db);
            CardListRepository lists = new JdbcCardListRepository(db);
            LocalListEntry a = new LocalListEntry("A", AuthorizationStatus.ACCEPTED, NOW, "P");
            LocalListEntry b = new LocalListEntry("B", AuthorizationStatus.BLOCKED, null, " ");
            LocalListEntry a2 = new LocalListEntry("A", AuthorizationStatus.EXPIRED, null, null);

            assertThat(lists.nextVersion("cs1")).isEqualTo(1);
            lists.recordAccepted("cs1", 1, null, null, true, List.of(a, b), List.of(), NOW);
            assertThat(lists.heldEntries("cs1")).containsExactly(a, new LocalListEntry("B", AuthorizationStatus.BLOCKED, null, null));
            assertThat(lists.stationList("cs1")).isEqualTo(
                    new StationLocalList("cs1", null, 1, 1, null, null, NOW, null, null, ""));

            assertThat(lists.nextVersion("cs1")).isEqualTo(2);
            lists.recordAccepted("cs1", 2, null, null, false, List.of(a2), List.of("B"), NOW.plusSeconds(1));
            assertThat(lists.heldEntries("cs1")).containsExactly(a2);
            lists.recordReported("cs1", 2, NOW.plusSeconds(2));
            lists.recordResult("cs1", "x".repeat(600));
            StationLocalList held = lists.stationList("cs1");
            assertThat(held.heldVersion()).isEqualTo(2);
            assertThat(held.reportedVersion()).isEqualTo(2);
            assertThat(held.reportedAt()).isEqualTo(NOW.plusSeconds(2));
            assertThat(held.lastResult()).hasSize(500);

            lists.forgetHeld("cs1");
            assertThat(lists.heldEntries("cs1")).isEmpty();
            assertThat(lists.stationList("cs1").heldVersion()).isNull();
            assertThat(lists.nextVersion("cs1")).as("a version is never reused").isEqualTo(3);
            assertThatThrownBy(() -> lists.nextVersion("ghost")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("station ghost does not exist");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void concurrentFirstWritesForAStationTakeDistinctVersions(Dialect dialect) throws Exception {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            Fixtures.site(db);
            CardListRepository lists = new JdbcCardListRepository(db);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<Integer>> taken = new java.util.ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    taken.add(pool.submit(() -> lists.nextVersion("cs1")));
                    pool.submit(() -> lists.recordResult("cs1", ""));
                }
                Set<Integer> versions = new java.util.HashSet<>();
                for (var f : taken) {
                    versions.add(f.get());
                }
                assertThat(versions).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
            } finally {
                pool.shutdown();
                pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
    }
}
