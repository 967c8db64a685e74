package io.ampgate.store.jdbc.site;

import io.ampgate.api.site.ZoneKind;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.store.db.Database;
import io.ampgate.store.site.ZoneConfig;
import io.ampgate.store.site.ZoneRepository;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The zone tree in the {@code zone} table; the tree rules are checked in the saving transaction. */
@Component(service = ZoneRepository.class)
public final class JdbcZoneRepository implements ZoneRepository {
    private static final String COLUMNS = "id, parent_id, name, kind, static_l1, static_l2, static_l3,"
            + " dynamic_l1, dynamic_l2, dynamic_l3, meter_id, fallback_l1, fallback_l2, fallback_l3, energy_price";

    private final Database db;

    @Activate
    public JdbcZoneRepository(@Reference Database db) {
        this.db = db;
    }

    @Override
    public ZoneConfig save(ZoneConfig z) {
        Sql.notNull(z, "zone");
        return Sql.tx(db, "saving zone " + z.id(), c -> {
            checkTree(c, z);
            if (z.meterId() != null && !Sql.exists(c, "SELECT id FROM meter WHERE id = ?", z.meterId())) {
                throw new IllegalArgumentException("zone " + z.id() + ": meter " + z.meterId() + " does not exist");
            }
            Object[] values = {Sql.nullableString(z.parentId()), z.name(), z.kind(),
                z.staticLimit().l1(), z.staticLimit().l2(), z.staticLimit().l3(),
                Sql.dbl(z.dynamicLimit().l1()), Sql.dbl(z.dynamicLimit().l2()), Sql.dbl(z.dynamicLimit().l3()),
                Sql.nullableString(z.meterId()), z.fallbackLimit().l1(), z.fallbackLimit().l2(), z.fallbackLimit().l3(),
                Sql.decimal(z.energyPrice()), z.id()};
            int updated = Sql.update(c, "UPDATE zone SET parent_id = ?, name = ?, kind = ?, static_l1 = ?, static_l2 = ?,"
                    + " static_l3 = ?, dynamic_l1 = ?, dynamic_l2 = ?, dynamic_l3 = ?, meter_id = ?, fallback_l1 = ?,"
                    + " fallback_l2 = ?, fallback_l3 = ?, energy_price = ? WHERE id = ?", values);
            if (updated == 0) {
                Sql.update(c, "INSERT INTO zone (parent_id, name, kind, static_l1, static_l2, static_l3, dynamic_l1,"
                        + " dynamic_l2, dynamic_l3, meter_id, fallback_l1, fallback_l2, fallback_l3, energy_price, id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
            }
            return z;
        });
    }

    /** One root; the parent exists; walking up from the parent never meets the zone itself. */
    private static void checkTree(Connection c, ZoneConfig z) throws SQLException {
        if (z.parentId() == null) {
            List<String> roots = Sql.list(c, "SELECT id FROM zone WHERE parent_id IS NULL AND id <> ?", rs -> rs.getString(1), z.id());
            if (!roots.isEmpty()) {
                throw new IllegalArgumentException("zone " + z.id() + ": the site already has its root zone " + roots.get(0));
            }
            return;
        }
        long zones = Sql.count(c, "SELECT COUNT(*) FROM zone");
        String ancestor = z.parentId();
        for (long step = 0; ancestor != null; step++) {
            if (ancestor.equals(z.id())) {
                throw new IllegalArgumentException("zone " + z.id() + " cannot go under " + z.parentId()
                        + ": " + z.parentId() + " is inside " + z.id() + " (a cycle)");
            }
            String current = ancestor;
            Optional<Optional<String>> parent = Sql.one(c, "SELECT parent_id FROM zone WHERE id = ?",
                    rs -> Optional.ofNullable(rs.getString(1)), current);
            if (parent.isEmpty()) {
                throw new IllegalArgumentException("zone " + z.id() + ": parent zone " + current + " does not exist");
            }
            ancestor = parent.get().orElse(null);
            if (step > zones) {
                throw new IllegalStateException("the stored zone tree has a cycle above " + z.parentId());
            }
        }
    }

    @Override
    public Optional<ZoneConfig> find(String id) {
        Sql.notNull(id, "id");
        return Sql.run(db, "reading zone " + id,
                c -> Sql.one(c, "SELECT " + COLUMNS + " FROM zone WHERE id = ?", JdbcZoneRepository::zone, id));
    }

    @Override
    public List<ZoneConfig> list() {
        List<ZoneConfig> all = Sql.run(db, "listing zones",
                c -> Sql.list(c, "SELECT " + COLUMNS + " FROM zone ORDER BY id", JdbcZoneRepository::zone));
        Map<String, List<ZoneConfig>> children = new HashMap<>();
        for (ZoneConfig z : all) {
            children.computeIfAbsent(z.parentId() == null ? "" : z.parentId(), k -> new ArrayList<>()).add(z);
        }
        List<ZoneConfig> ordered = new ArrayList<>(all.size());
        addSubtree(children, "", ordered);
        return List.copyOf(ordered);
    }

    private static void addSubtree(Map<String, List<ZoneConfig>> children, String parent, List<ZoneConfig> out) {
        for (ZoneConfig z : children.getOrDefault(parent, List.of())) {
            out.add(z);
            addSubtree(children, z.id(), out);
        }
    }

    @Override
    public List<ZoneConfig> children(String parentId) {
        Sql.notNull(parentId, "parentId");
        return Sql.run(db, "listing zones under " + parentId, c -> Sql.list(c,
                "SELECT " + COLUMNS + " FROM zone WHERE parent_id = ? ORDER BY id", JdbcZoneRepository::zone, parentId));
    }

    @Override
    public boolean delete(String id) {
        Sql.notNull(id, "id");
        return Sql.tx(db, "deleting zone " + id, c -> {
            List<String> zones = Sql.list(c, "SELECT id FROM zone WHERE parent_id = ? ORDER BY id", rs -> rs.getString(1), id);
            if (!zones.isEmpty()) {
                throw new IllegalArgumentException("zone " + id + " still has zones under it: " + String.join(", ", zones));
            }
            List<String> stations = Sql.list(c, "SELECT id FROM station WHERE zone_id = ? ORDER BY id", rs -> rs.getString(1), id);
            if (!stations.isEmpty()) {
                throw new IllegalArgumentException("zone " + id + " still has stations: " + String.join(", ", stations));
            }
            return Sql.update(c, "DELETE FROM zone WHERE id = ?", id) > 0;
        });
    }

    private static ZoneConfig zone(ResultSet rs) throws SQLException {
        return new ZoneConfig(rs.getString("id"), rs.getString("parent_id"), rs.getString("name"),
                Sql.enumOf(ZoneKind.class, rs, "kind"),
                new PhaseValues(rs.getDouble("static_l1"), rs.getDouble("static_l2"), rs.getDouble("static_l3")),
                new PhaseValues(Sql.dbl(rs, "dynamic_l1"), Sql.dbl(rs, "dynamic_l2"), Sql.dbl(rs, "dynamic_l3")),
                rs.getString("meter_id"),
                new PhaseValues(rs.getDouble("fallback_l1"), rs.getDouble("fallback_l2"), rs.getDouble("fallback_l3")),
                rs.getBigDecimal("energy_price"));
    }
}
