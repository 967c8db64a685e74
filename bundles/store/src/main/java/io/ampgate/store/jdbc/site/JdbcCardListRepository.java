package io.ampgate.store.jdbc.site;

import io.ampgate.store.db.Database;
import io.ampgate.store.site.CardList;
import io.ampgate.store.site.CardListRepository;
import io.ampgate.store.site.LocalListEntry;
import io.ampgate.store.site.StationLocalList;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Card lists in {@code card_list}, members in {@code card_list_member}; the stations' local lists
 * in {@code station_local_list} and {@code station_local_entry} (see {@link StationLists}). Every change moves the list's version up by one in the same transaction.
 */
@Component(service = CardListRepository.class)
public final class JdbcCardListRepository implements CardListRepository {
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
            List<String> holders = Sql.list(c, "SELECT station_id FROM station_local_list WHERE card_list_id = ?"
                    + " ORDER BY station_id", rs -> rs.getString(1), id);
            if (!holders.isEmpty()) {
                throw new IllegalArgumentException("card list " + id + " is still assigned to stations "
                        + String.join(", ", holders));
            }
            return Sql.update(c, "DELETE FROM card_list WHERE id = ?", id) > 0;
        });
    }

    @Override
    public void assign(String stationId, Long cardListId) {
        Sql.notNull(stationId, "stationId");
        ensureRow(stationId);
        Sql.tx(db, "assigning a card list to station " + stationId, c -> {
            if (cardListId != null) {
                requireList(c, cardListId);
            }
            StationLists.ensure(c, stationId);
            Sql.update(c, "UPDATE station_local_list SET card_list_id = ? WHERE station_id = ?",
                    Sql.nullableLong(cardListId), stationId);
            return null;
        });
    }

    /**
     * Adds a station's local list row in a transaction of its own, so that two first writes for
     * the same station at once cannot both insert it: the second one's duplicate is ignored.
     */
    private void ensureRow(String stationId) {
        try {
            Sql.tx(db, "adding the local list of station " + stationId, c -> {
                StationLists.ensure(c, stationId);
                return null;
            });
        } catch (IllegalArgumentException e) {
            if (!(e.getCause() instanceof SQLException s && Sql.uniqueViolation(s))) {
                throw e;
            }
        }
    }

    @Override
    public Optional<Boolean> inAssignedList(String stationId, long badgeId) {
        Sql.notNull(stationId, "stationId");
        return Sql.run(db, "looking up the card list of station " + stationId, c -> Sql.one(c,
                "SELECT s.card_list_id, m.badge_id FROM station_local_list s LEFT JOIN card_list_member m"
                        + " ON m.card_list_id = s.card_list_id AND m.badge_id = ? WHERE s.station_id = ?",
                rs -> {
                    rs.getLong(1);
                    boolean custom = !rs.wasNull();
                    rs.getLong(2);
                    return custom ? Optional.of(!rs.wasNull()) : Optional.<Boolean>empty();
                }, badgeId, stationId).flatMap(o -> o));
    }

    @Override
    public StationLocalList stationList(String stationId) {
        Sql.notNull(stationId, "stationId");
        return Sql.run(db, "reading the local list of station " + stationId, c -> StationLists.find(c, stationId));
    }

    @Override
    public List<StationLocalList> stationLists() {
        return Sql.run(db, "listing the stations' local lists", StationLists::all);
    }

    @Override
    public List<LocalListEntry> heldEntries(String stationId) {
        Sql.notNull(stationId, "stationId");
        return Sql.run(db, "reading the local list entries of station " + stationId, c -> StationLists.entries(c, stationId));
    }

    @Override
    public int nextVersion(String stationId) {
        Sql.notNull(stationId, "stationId");
        ensureRow(stationId);
        return Sql.tx(db, "taking the next list version of station " + stationId, c -> {
            StationLists.ensure(c, stationId);
            Sql.update(c, "UPDATE station_local_list SET last_version = last_version + 1 WHERE station_id = ?", stationId);
            return StationLists.find(c, stationId).lastVersion();
        });
    }

    @Override
    public void recordAccepted(String stationId, int listVersion, Long cardListId, Integer cardListVersion, boolean full,
            List<LocalListEntry> upserted, Collection<String> removed, Instant at) {
        Sql.notNull(stationId, "stationId");
        ensureRow(stationId);
        Sql.tx(db, "recording the local list of station " + stationId, c -> {
            StationLists.ensure(c, stationId);
            StationLists.accepted(c, stationId, listVersion, cardListId, cardListVersion, at);
            StationLists.changeEntries(c, stationId, full, upserted, removed);
            return null;
        });
    }

    @Override
    public void forgetHeld(String stationId) {
        Sql.notNull(stationId, "stationId");
        Sql.tx(db, "forgetting the local list of station " + stationId, c -> {
            Sql.update(c, "UPDATE station_local_list SET held_version = NULL, held_card_list_id = NULL,"
                    + " held_card_list_version = NULL, held_at = NULL WHERE station_id = ?", stationId);
            Sql.update(c, "DELETE FROM station_local_entry WHERE station_id = ?", stationId);
            return null;
        });
    }

    @Override
    public void recordReported(String stationId, int version, Instant at) {
        Sql.notNull(stationId, "stationId");
        ensureRow(stationId);
        Sql.tx(db, "recording the local list version of station " + stationId, c -> {
            StationLists.ensure(c, stationId);
            Sql.update(c, "UPDATE station_local_list SET reported_version = ?, reported_at = ? WHERE station_id = ?",
                    version, Sql.instant(at), stationId);
            return null;
        });
    }

    @Override
    public void recordResult(String stationId, String result) {
        Sql.notNull(stationId, "stationId");
        String text = result == null ? "" : result.length() > 500 ? result.substring(0, 500) : result;
        ensureRow(stationId);
        Sql.tx(db, "recording the local list result of station " + stationId, c -> {
            StationLists.ensure(c, stationId);
            Sql.update(c, "UPDATE station_local_list SET last_result = ? WHERE station_id = ?", text, stationId);
            return null;
        });
    }

    private static CardList bare(ResultSet rs) throws SQLException {
        return new CardList(rs.getLong("id"), rs.getString("name"), rs.getString("description"), rs.getInt("version"),
                Sql.instant(rs, "created_at"), java.util.Set.of());
    }
}
