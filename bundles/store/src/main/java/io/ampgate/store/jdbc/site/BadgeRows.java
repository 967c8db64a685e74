package io.ampgate.store.jdbc.site;

import io.ampgate.store.site.Badge;
import io.ampgate.store.site.ConnectorRef;
import io.ampgate.store.site.EnergyCredit;
import io.ampgate.store.site.Scope;
import io.ampgate.store.site.WeeklyWindow;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads badges with their child rows, a chunk of ids at a time. */
final class BadgeRows {
    private static final int CHUNK = 500;

    private BadgeRows() {}

    static Optional<Badge> find(Connection c, long id) throws SQLException {
        List<Badge> found = load(c, List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The badges with these ids, in the same order; unknown ids are skipped. */
    static List<Badge> load(Connection c, List<Long> ids) throws SQLException {
        Map<Long, Badge> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            loadChunk(c, chunk, byId);
        }
        List<Badge> result = new ArrayList<>(ids.size());
        for (long id : ids) {
            Badge b = byId.get(id);
            if (b != null) {
                result.add(b);
            }
        }
        return result;
    }

    private static void loadChunk(Connection c, List<Long> ids, Map<Long, Badge> out) throws SQLException {
        String in = "(" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        Object[] args = ids.toArray();
        Map<Long, List<WeeklyWindow>> windows = new HashMap<>();
        for (Object[] r : Sql.list(c, "SELECT badge_id, weekday, from_second, to_second FROM badge_window WHERE badge_id IN "
                + in + " ORDER BY badge_id, weekday, from_second", rs -> new Object[] {rs.getLong(1), window(rs)}, args)) {
            windows.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((WeeklyWindow) r[1]);
        }
        Map<Long, Set<String>> stations = strings(c, "SELECT badge_id, station_id FROM badge_station WHERE badge_id IN " + in, args);
        Map<Long, Set<String>> zones = strings(c, "SELECT badge_id, zone_id FROM badge_zone WHERE badge_id IN " + in, args);
        Map<Long, Set<ConnectorRef>> connectors = new HashMap<>();
        for (Object[] r : Sql.list(c, "SELECT badge_id, station_id, connector_no FROM badge_connector WHERE badge_id IN " + in,
                rs -> new Object[] {rs.getLong(1), new ConnectorRef(rs.getString(2), rs.getInt(3))}, args)) {
            connectors.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((ConnectorRef) r[1]);
        }
        for (Badge b : Sql.list(c, "SELECT * FROM badge WHERE id IN " + in, rs -> {
            long id = rs.getLong("id");
            return badge(rs, windows.getOrDefault(id, List.of()), stations.getOrDefault(id, Set.of()),
                    zones.getOrDefault(id, Set.of()), connectors.getOrDefault(id, Set.of()));
        }, args)) {
            out.put(b.id(), b);
        }
    }

    private static Map<Long, Set<String>> strings(Connection c, String sql, Object[] args) throws SQLException {
        Map<Long, Set<String>> result = new HashMap<>();
        for (Object[] r : Sql.list(c, sql, rs -> new Object[] {rs.getLong(1), rs.getString(2)}, args)) {
            result.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((String) r[1]);
        }
        return result;
    }

    private static WeeklyWindow window(ResultSet rs) throws SQLException {
        int to = rs.getInt("to_second");
        return new WeeklyWindow(DayOfWeek.of(rs.getInt("weekday")), LocalTime.ofSecondOfDay(rs.getInt("from_second")),
                to >= 86_400 ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(to));
    }

    static int endSecond(LocalTime to) {
        return to.equals(LocalTime.MIDNIGHT) ? 86_400 : to.toSecondOfDay();
    }

    private static <T> Scope<T> scope(boolean all, Set<T> only) {
        return all ? Scope.everything() : Scope.only(only);
    }

    private static Badge badge(ResultSet rs, List<WeeklyWindow> windows, Set<String> stations, Set<String> zones,
            Set<ConnectorRef> connectors) throws SQLException {
        EnergyCredit credit = new EnergyCredit(rs.getBoolean("credit_unlimited"), rs.getLong("credit_wh"),
                rs.getLong("recharge_wh"), rs.getInt("recharge_days"), Sql.nullableLong(rs, "credit_max_wh"),
                Sql.instant(rs, "last_recharge"));
        return new Badge(rs.getLong("id"), rs.getString("uid"), rs.getString("holder"), rs.getString("phone"),
                rs.getString("email"), Sql.nullableLong(rs, "charge_user_id"), rs.getString("parent_code"),
                rs.getString("description"), Sql.enumOf(Badge.Authorization.class, rs, "authorization_mode"), windows,
                Sql.instant(rs, "valid_from"), Sql.instant(rs, "valid_until"), scope(rs.getBoolean("all_stations"), stations),
                scope(rs.getBoolean("all_zones"), zones), scope(rs.getBoolean("all_connectors"), connectors), credit,
                rs.getBoolean("vip"), Sql.instant(rs, "created_at"), Sql.instant(rs, "last_used"), rs.getLong("session_count"));
    }
}
