package io.ampgate.store.jdbc.site;

import io.ampgate.store.db.Database;
import io.ampgate.store.site.CardList;
import io.ampgate.store.site.CardListRepository;
import io.ampgate.store.site.HeldCardList;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Card lists in {@code card_list}, members in {@code card_list_member}, what stations hold in
 * {@code card_list_station}. Every change moves the list's version up by one in the same transaction.
 */
@Component(service = CardListRepository.class)
public final class JdbcCardListRepository implements CardListRepository {
    private static final String HELD = "SELECT station_id, card_list_id, version FROM card_list_station";

    private final Database db;
    private final Clock clock;

    @Activate
    public JdbcCardListRepository(@Reference Database db) {
        this(db, Clock.systemUTC());
    }

    /** For tests: with the clock that dates new lists. */
    public JdbcCardListRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public CardList save(CardList list) {
        Sql.notNull(list, "card list");
        return Sql.tx(db, "saving card list " + list.name(), c -> {
            Optional<Long> named = Sql.one(c, "SELECT id FROM card_list WHERE name = ?", rs -> rs.getLong(1), list.name());
            if (named.isPresent() && named.get() != list.id()) {
                throw new IllegalArgumentException("card list name '" + list.name() + "' is already used");
            }
            for (long badge : list.members()) {
                requireBadge(c, badge);
            }
            long id = list.id();
            if (id == 0) {
                id = Sql.insert(c, "INSERT INTO card_list (name, description, version, created_at) VALUES (?, ?, ?, ?)",
                        list.name(), list.description(), 1, clock.millis());
            } else {
                if (Sql.update(c, "UPDATE card_list SET name = ?, description = ?, version = version + 1 WHERE id = ?",
                        list.name(), list.description(), id) == 0) {
                    throw new IllegalArgumentException("there is no card list with id " + id);
                }
                Sql.update(c, "DELETE FROM card_list_member WHERE card_list_id = ?", id);
            }
            for (long badge : list.members()) {
                Sql.update(c, "INSERT INTO card_list_member (card_list_id, badge_id) VALUES (?, ?)", id, badge);
            }
            return read(c, id).orElseThrow();
        });
    }

    private static void requireBadge(Connection c, long badgeId) throws SQLException {
        if (!Sql.exists(c, "SELECT id FROM badge WHERE id = ?", badgeId)) {
            throw new IllegalArgumentException("badge " + badgeId + " does not exist");
        }
    }

    private static int requireList(Connection c, long listId) throws SQLException {
        return Sql.one(c, "SELECT version FROM card_list WHERE id = ?", rs -> rs.getInt(1), listId)
                .orElseThrow(() -> new IllegalArgumentException("there is no card list with id " + listId));
    }

    private static Optional<CardList> read(Connection c, long id) throws SQLException {
        Optional<CardList> bare = Sql.one(c, "SELECT id, name, description, version, created_at FROM card_list WHERE id = ?",
                JdbcCardListRepository::bare, id);
        if (bare.isEmpty()) {
            return bare;
        }
        return Optional.of(withMembers(c, bare.get()));
    }

    private static CardList withMembers(Connection c, CardList l) throws SQLException {
        List<Long> members = Sql.list(c, "SELECT badge_id FROM card_list_member WHERE card_list_id = ?", rs -> rs.getLong(1), l.id());
        return new CardList(l.id(), l.name(), l.description(), l.version(), l.created(), new HashSet<>(members));
    }

    @Override
    public Optional<CardList> find(long id) {
        return Sql.run(db, "reading card list " + id, c -> read(c, id));
    }

    @Override
    public List<CardList> list() {
        return Sql.run(db, "listing card lists", c -> {
            List<CardList> result = new java.util.ArrayList<>();
            for (CardList l : Sql.list(c, "SELECT id, name, description, version, created_at FROM card_list ORDER BY name",
                    JdbcCardListRepository::bare)) {
                result.add(withMembers(c, l));
            }
            return result;
        });
    }

    @Override
    public int addMember(long listId, long badgeId) {
        return Sql.tx(db, "adding badge " + badgeId + " to card list " + listId, c -> {
            int version = requireList(c, listId);
            requireBadge(c, badgeId);
            if (Sql.exists(c, "SELECT badge_id FROM card_list_member WHERE card_list_id = ? AND badge_id = ?", listId, badgeId)) {
                return version;
            }
            Sql.update(c, "INSERT INTO card_list_member (card_list_id, badge_id) VALUES (?, ?)", listId, badgeId);
            Sql.update(c, "UPDATE card_list SET version = version + 1 WHERE id = ?", listId);
            return version + 1;
        });
    }

    @Override
    public int removeMember(long listId, long badgeId) {
        return Sql.tx(db, "removing badge " + badgeId + " from card list " + listId, c -> {
            int version = requireList(c, listId);
            if (Sql.update(c, "DELETE FROM card_list_member WHERE card_list_id = ? AND badge_id = ?", listId, badgeId) == 0) {
                return version;
            }
            Sql.update(c, "UPDATE card_list SET version = version + 1 WHERE id = ?", listId);
            return version + 1;
        });
    }

    @Override
    public boolean delete(long id) {
        return Sql.tx(db, "deleting card list " + id, c -> {
            List<String> holders = Sql.list(c, "SELECT station_id FROM card_list_station WHERE card_list_id = ? ORDER BY station_id",
                    rs -> rs.getString(1), id);
            if (!holders.isEmpty()) {
                throw new IllegalArgumentException("card list " + id + " is still held by stations " + String.join(", ", holders));
            }
            return Sql.update(c, "DELETE FROM card_list WHERE id = ?", id) > 0;
        });
    }

    @Override
    public void recordHeld(HeldCardList held) {
        Sql.notNull(held, "held");
        Sql.tx(db, "recording the card list of station " + held.stationId(), c -> {
            if (!Sql.exists(c, "SELECT id FROM station WHERE id = ?", held.stationId())) {
                throw new IllegalArgumentException("station " + held.stationId() + " does not exist");
            }
            requireList(c, held.cardListId());
            if (Sql.update(c, "UPDATE card_list_station SET card_list_id = ?, version = ? WHERE station_id = ?",
                    held.cardListId(), held.version(), held.stationId()) == 0) {
                Sql.update(c, "INSERT INTO card_list_station (card_list_id, version, station_id) VALUES (?, ?, ?)",
                        held.cardListId(), held.version(), held.stationId());
            }
            return null;
        });
    }

    @Override
    public boolean clearHeld(String stationId) {
        Sql.notNull(stationId, "stationId");
        return Sql.run(db, "clearing the card list of station " + stationId,
                c -> Sql.update(c, "DELETE FROM card_list_station WHERE station_id = ?", stationId) > 0);
    }

    @Override
    public Optional<HeldCardList> held(String stationId) {
        Sql.notNull(stationId, "stationId");
        return Sql.run(db, "reading the card list of station " + stationId,
                c -> Sql.one(c, HELD + " WHERE station_id = ?", JdbcCardListRepository::held, stationId));
    }

    @Override
    public List<HeldCardList> outdated() {
        return Sql.run(db, "listing stations with outdated card lists", c -> Sql.list(c,
                "SELECT s.station_id, s.card_list_id, s.version FROM card_list_station s JOIN card_list l"
                        + " ON l.id = s.card_list_id WHERE s.version < l.version ORDER BY s.station_id",
                JdbcCardListRepository::held));
    }

    private static HeldCardList held(ResultSet rs) throws SQLException {
        return new HeldCardList(rs.getString(1), rs.getLong(2), rs.getInt(3));
    }

    private static CardList bare(ResultSet rs) throws SQLException {
        return new CardList(rs.getLong("id"), rs.getString("name"), rs.getString("description"), rs.getInt("version"),
                Sql.instant(rs, "created_at"), java.util.Set.of());
    }
}
