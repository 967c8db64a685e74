package io.ampgate.store.jdbc.site;

import io.ampgate.store.db.Database;
import io.ampgate.store.site.Badge;
import io.ampgate.store.site.BadgeRepository;
import io.ampgate.store.site.ConnectorRef;
import io.ampgate.store.site.EnergyCredit;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Badges in the {@code badge} table, their windows and scopes in child tables written in the same
 * transaction. UIDs are unique and looked up through {@code uid_key}, their upper-case form.
 */
@Component(service = BadgeRepository.class)
public final class JdbcBadgeRepository implements BadgeRepository {
    private static final String COLUMNS = "uid, uid_key, holder, phone, email, charge_user_id, parent_code, description,"
            + " authorization_mode, valid_from, valid_until, all_stations, all_zones, all_connectors, credit_unlimited,"
            + " credit_wh, recharge_wh, recharge_days, credit_max_wh, last_recharge, vip, last_used, session_count,"
            + " created_at";
    private static final String BUMP_LISTS = "UPDATE card_list SET version = version + 1"
            + " WHERE id IN (SELECT card_list_id FROM card_list_member WHERE badge_id = ?)";

    private final Database db;
    private final Clock clock;

    @Activate
    public JdbcBadgeRepository(@Reference Database db) {
        this(db, Clock.systemUTC());
    }

    /** For tests: with the clock that dates new badges. */
    public JdbcBadgeRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Badge save(Badge badge) {
        Sql.notNull(badge, "badge");
        return Sql.tx(db, "saving badge " + badge.uid(), c -> {
            long id = badge.id() == 0 ? insert(c, badge) : update(c, badge);
            return BadgeRows.find(c, id).orElseThrow();
        });
    }

    @Override
    public List<Badge> addAll(List<Badge> badges) {
        Sql.notNull(badges, "badges");
        return Sql.tx(db, "adding " + badges.size() + " badges", c -> {
            List<Long> ids = new ArrayList<>(badges.size());
            for (Badge b : badges) {
                if (Sql.notNull(b, "badge").id() != 0) {
                    throw new IllegalArgumentException("badge " + b.uid() + " already has id " + b.id() + ": use save");
                }
                ids.add(insert(c, b));
            }
            return BadgeRows.load(c, ids);
        });
    }

    private long insert(Connection c, Badge b) throws SQLException {
        checkReferences(c, b, 0);
        Instant created = b.created() != null ? b.created() : clock.instant();
        long id = Sql.insert(c, "INSERT INTO badge (" + COLUMNS + ") VALUES (" + "?, ".repeat(23) + "?)",
                values(b, Sql.instant(created)));
        writeChildren(c, id, b);
        return id;
    }

    private long update(Connection c, Badge b) throws SQLException {
        checkReferences(c, b, b.id());
        String set = COLUMNS.replace(", created_at", "").replace(",", " = ?,") + " = ?";
        Object[] values = values(b);
        Object[] withId = java.util.Arrays.copyOf(values, values.length + 1);
        withId[values.length] = b.id();
        if (Sql.update(c, "UPDATE badge SET " + set + " WHERE id = ?", withId) == 0) {
            throw new IllegalArgumentException("there is no badge with id " + b.id());
        }
        for (String child : List.of("badge_window", "badge_station", "badge_zone", "badge_connector")) {
            Sql.update(c, "DELETE FROM " + child + " WHERE badge_id = ?", b.id());
        }
        writeChildren(c, b.id(), b);
        Sql.update(c, BUMP_LISTS, b.id());
        return b.id();
    }

    /** The UID is free; what the badge refers to exists: clear messages rather than constraint names. */
    private static void checkReferences(Connection c, Badge b, long ownId) throws SQLException {
        Optional<Long> holder = Sql.one(c, "SELECT id FROM badge WHERE uid_key = ?", rs -> rs.getLong(1), Badge.uidKey(b.uid()));
        if (holder.isPresent() && holder.get() != ownId) {
            throw new IllegalArgumentException("badge UID '" + b.uid() + "' is already used by badge " + holder.get());
        }
        if (b.chargeUserId() != null && !Sql.exists(c, "SELECT id FROM charge_user WHERE id = ?", b.chargeUserId())) {
            throw new IllegalArgumentException("badge " + b.uid() + ": charge user " + b.chargeUserId() + " does not exist");
        }
        for (String station : b.stations().only()) {
            if (!Sql.exists(c, "SELECT id FROM station WHERE id = ?", station)) {
                throw new IllegalArgumentException("badge " + b.uid() + ": station " + station + " does not exist");
            }
        }
        for (String zone : b.zones().only()) {
            if (!Sql.exists(c, "SELECT id FROM zone WHERE id = ?", zone)) {
                throw new IllegalArgumentException("badge " + b.uid() + ": zone " + zone + " does not exist");
            }
        }
        for (ConnectorRef k : b.connectors().only()) {
            if (!Sql.exists(c, "SELECT connector_no FROM connector WHERE station_id = ? AND connector_no = ?",
                    k.stationId(), k.connector())) {
                throw new IllegalArgumentException("badge " + b.uid() + ": station " + k.stationId() + " has no connector "
                        + k.connector());
            }
        }
    }

    private static Object[] values(Badge b, Object... extra) {
        EnergyCredit k = b.credit();
        Object[] values = {b.uid(), Badge.uidKey(b.uid()), b.holder(), b.phone(), b.email(), Sql.nullableLong(b.chargeUserId()),
            b.parentCode(), b.description(), b.authorization(), Sql.instant(b.validFrom()), Sql.instant(b.validUntil()),
            b.stations().all(), b.zones().all(), b.connectors().all(), k.unlimited(), k.remainingWh(), k.rechargeWh(),
            k.rechargeEveryDays(), Sql.nullableLong(k.maxWh()), Sql.instant(k.lastRecharge()), b.vip(),
            Sql.instant(b.lastUsed()), b.sessionCount()};
        Object[] all = java.util.Arrays.copyOf(values, values.length + extra.length);
        System.arraycopy(extra, 0, all, values.length, extra.length);
        return all;
    }

    private static void writeChildren(Connection c, long id, Badge b) throws SQLException {
        for (var w : b.windows()) {
            Sql.update(c, "INSERT INTO badge_window (badge_id, weekday, from_second, to_second) VALUES (?, ?, ?, ?)",
                    id, w.day().getValue(), w.from().toSecondOfDay(), BadgeRows.endSecond(w.to()));
        }
        for (String s : b.stations().only()) {
            Sql.update(c, "INSERT INTO badge_station (badge_id, station_id) VALUES (?, ?)", id, s);
        }
        for (String z : b.zones().only()) {
            Sql.update(c, "INSERT INTO badge_zone (badge_id, zone_id) VALUES (?, ?)", id, z);
        }
        for (ConnectorRef k : b.connectors().only()) {
            Sql.update(c, "INSERT INTO badge_connector (badge_id, station_id, connector_no) VALUES (?, ?, ?)",
                    id, k.stationId(), k.connector());
        }
    }

    @Override
    public Optional<Badge> find(long id) {
        return Sql.run(db, "reading badge " + id, c -> BadgeRows.find(c, id));
    }

    @Override
    public Optional<Badge> findByUid(String uid) {
        Sql.notNull(uid, "uid");
        return Sql.run(db, "looking up badge " + uid, c -> {
            Optional<Long> id = Sql.one(c, "SELECT id FROM badge WHERE uid_key = ?", rs -> rs.getLong(1), Badge.uidKey(uid));
            return id.isEmpty() ? Optional.empty() : BadgeRows.find(c, id.get());
        });
    }

    @Override
    public List<Badge> list(int offset, int limit) {
        Sql.checkPage(offset, limit);
        return Sql.run(db, "listing badges", c -> BadgeRows.load(c, Sql.list(c,
                "SELECT id FROM badge ORDER BY uid_key OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", rs -> rs.getLong(1), offset, limit)));
    }

    @Override
    public List<Badge> listByChargeUser(long chargeUserId) {
        return Sql.run(db, "listing the badges of charge user " + chargeUserId, c -> BadgeRows.load(c, Sql.list(c,
                "SELECT id FROM badge WHERE charge_user_id = ? ORDER BY uid_key", rs -> rs.getLong(1), chargeUserId)));
    }

    @Override
    public long count() {
        return Sql.run(db, "counting badges", c -> Sql.count(c, "SELECT COUNT(*) FROM badge"));
    }

    @Override
    public boolean recordUse(long id, Instant at) {
        Sql.notNull(at, "at");
        return Sql.run(db, "recording the use of badge " + id, c -> Sql.update(c,
                "UPDATE badge SET last_used = ?, session_count = session_count + 1 WHERE id = ?", at.toEpochMilli(), id) > 0);
    }

    @Override
    public Optional<Long> addCredit(long id, long deltaWh) {
        return Sql.tx(db, "changing the credit of badge " + id, c -> {
            if (Sql.update(c, "UPDATE badge SET credit_wh = credit_wh + ? WHERE id = ? AND credit_unlimited = ?",
                    deltaWh, id, false) == 0) {
                return Optional.empty();
            }
            return Sql.one(c, "SELECT credit_wh FROM badge WHERE id = ?", rs -> rs.getLong(1), id);
        });
    }

    @Override
    public int applyDueRecharges(Instant now) {
        Sql.notNull(now, "now");
        return Sql.tx(db, "recharging badges", c -> Sql.update(c, "UPDATE badge SET credit_wh = CASE"
                + " WHEN credit_max_wh IS NULL OR credit_wh + recharge_wh <= credit_max_wh THEN credit_wh + recharge_wh"
                + " WHEN credit_wh > credit_max_wh THEN credit_wh ELSE credit_max_wh END, last_recharge = ?"
                + " WHERE credit_unlimited = ? AND recharge_days > 0"
                + " AND COALESCE(last_recharge, created_at) + CAST(recharge_days AS BIGINT) * 86400000 <= ?",
                now.toEpochMilli(), false, now.toEpochMilli()));
    }

    @Override
    public boolean delete(long id) {
        return Sql.tx(db, "deleting badge " + id, c -> {
            Sql.update(c, BUMP_LISTS, id);
            return Sql.update(c, "DELETE FROM badge WHERE id = ?", id) > 0;
        });
    }
}
