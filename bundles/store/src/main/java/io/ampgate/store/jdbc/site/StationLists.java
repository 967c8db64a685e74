package io.ampgate.store.jdbc.site;

import io.ampgate.api.auth.AuthorizationStatus;
import io.ampgate.store.site.LocalListEntry;
import io.ampgate.store.site.StationLocalList;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The SQL of the stations' local lists, inside the transactions of {@link JdbcCardListRepository}. */
final class StationLists {

    private static final String COLUMNS = "SELECT station_id, card_list_id, last_version, held_version, held_card_list_id,"
            + " held_card_list_version, held_at, reported_version, reported_at, last_result FROM station_local_list";

    private StationLists() {
    }

    /** Adds the station's row (default list, nothing held) unless it has one. */
    static void ensure(Connection c, String stationId) throws SQLException {
        if (Sql.exists(c, "SELECT station_id FROM station_local_list WHERE station_id = ?", stationId)) {
            return;
        }
        if (!Sql.exists(c, "SELECT id FROM station WHERE id = ?", stationId)) {
            throw new IllegalArgumentException("station " + stationId + " does not exist");
        }
        Sql.update(c, "INSERT INTO station_local_list (station_id, last_version, last_result) VALUES (?, 0, '')", stationId);
    }

    static StationLocalList find(Connection c, String stationId) throws SQLException {
        return Sql.one(c, COLUMNS + " WHERE station_id = ?", StationLists::row, stationId)
                .orElseGet(() -> StationLocalList.none(stationId));
    }

    static List<StationLocalList> all(Connection c) throws SQLException {
        return Sql.list(c, COLUMNS + " ORDER BY station_id", StationLists::row);
    }

    static List<LocalListEntry> entries(Connection c, String stationId) throws SQLException {
        return Sql.list(c, "SELECT id_tag, status, expiry_at, parent_id_tag FROM station_local_entry WHERE station_id = ?"
                + " ORDER BY id_tag", rs -> new LocalListEntry(rs.getString(1), AuthorizationStatus.valueOf(rs.getString(2)),
                        Sql.instant(rs, "expiry_at"), rs.getString(4)), stationId);
    }

    static void accepted(Connection c, String stationId, int listVersion, Long cardListId, Integer cardListVersion,
            Instant at) throws SQLException {
        int last = Math.max(listVersion, find(c, stationId).lastVersion());
        Sql.update(c, "UPDATE station_local_list SET held_version = ?, held_card_list_id = ?, held_card_list_version = ?,"
                + " held_at = ?, last_version = ? WHERE station_id = ?", listVersion, Sql.nullableLong(cardListId),
                Sql.nullableLong(cardListVersion == null ? null : cardListVersion.longValue()), Sql.instant(at), last,
                stationId);
    }

    static void changeEntries(Connection c, String stationId, boolean full, List<LocalListEntry> upserted,
            Collection<String> removed) throws SQLException {
        if (full) {
            Sql.update(c, "DELETE FROM station_local_entry WHERE station_id = ?", stationId);
        }
        for (String idTag : removed) {
            Sql.update(c, "DELETE FROM station_local_entry WHERE station_id = ? AND id_tag = ?", stationId, idTag);
        }
        for (LocalListEntry e : upserted) {
            if (!full) {
                Sql.update(c, "DELETE FROM station_local_entry WHERE station_id = ? AND id_tag = ?", stationId, e.idTag());
            }
            Sql.update(c, "INSERT INTO station_local_entry (station_id, id_tag, status, expiry_at, parent_id_tag)"
                    + " VALUES (?, ?, ?, ?, ?)", stationId, e.idTag(), e.status().name(), Sql.instant(e.expiry()),
                    Sql.nullableString(e.parentIdTag()));
        }
    }

    private static StationLocalList row(ResultSet rs) throws SQLException {
        return new StationLocalList(rs.getString("station_id"), Sql.nullableLong(rs, "card_list_id"),
                rs.getInt("last_version"), nullableInt(rs, "held_version"), Sql.nullableLong(rs, "held_card_list_id"),
                nullableInt(rs, "held_card_list_version"), Sql.instant(rs, "held_at"), nullableInt(rs, "reported_version"),
                Sql.instant(rs, "reported_at"), rs.getString("last_result"));
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
