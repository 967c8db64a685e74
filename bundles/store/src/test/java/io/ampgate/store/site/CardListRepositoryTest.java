package io.ampgate.store.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void stationsHoldingAnOlderVersionAreOutdated(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            Fixtures.site(db);
            BadgeRepository badges = new JdbcBadgeRepository(db);
            CardListRepository lists = new JdbcCardListRepository(db);
            long a = badges.save(Badge.of("A", "")).id();
            CardList staff = lists.save(CardList.of("Staff", Set.of(a)));

            lists.recordHeld(new HeldCardList("cs1", staff.id(), 1));
            lists.recordHeld(new HeldCardList("cs2", staff.id(), 1));
            assertThat(lists.outdated()).isEmpty();
            assertThat(lists.held("cs1")).contains(new HeldCardList("cs1", staff.id(), 1));

            lists.removeMember(staff.id(), a);
            assertThat(lists.outdated()).containsExactly(new HeldCardList("cs1", staff.id(), 1), new HeldCardList("cs2", staff.id(), 1));
            lists.recordHeld(new HeldCardList("cs1", staff.id(), 2));
            assertThat(lists.outdated()).containsExactly(new HeldCardList("cs2", staff.id(), 1));

            assertThatThrownBy(() -> lists.delete(staff.id())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("card list " + staff.id() + " is still held by stations cs1, cs2");
            assertThatThrownBy(() -> lists.recordHeld(new HeldCardList("ghost", staff.id(), 1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("station ghost does not exist");
            assertThatThrownBy(() -> lists.recordHeld(new HeldCardList("cs1", 999_999, 1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("there is no card list with id 999999");

            assertThat(lists.clearHeld("cs1")).isTrue();
            assertThat(lists.clearHeld("cs1")).isFalse();
            new JdbcStationRepository(db).delete("cs2");
            assertThat(lists.held("cs2")).isEmpty();
            assertThat(lists.delete(staff.id())).isTrue();
            assertThat(lists.find(staff.id())).isEmpty();
            assertThat(lists.delete(staff.id())).isFalse();
        }
    }
}
