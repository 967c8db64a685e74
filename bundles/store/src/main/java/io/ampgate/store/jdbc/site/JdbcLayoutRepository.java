package io.ampgate.store.jdbc.site;

import io.ampgate.store.db.Database;
import io.ampgate.store.site.ConnectorRef;
import io.ampgate.store.site.LayoutRepository;
import io.ampgate.store.site.SocketGroup;
import io.ampgate.store.site.SocketView;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Socket views in {@code socket_view}, their groups and members in child tables, in order. */
@Component(service = LayoutRepository.class)
public final class JdbcLayoutRepository implements LayoutRepository {
    private final Database db;

    @Activate
    public JdbcLayoutRepository(@Reference Database db) {
        this.db = db;
    }

    @Override
    public SocketView save(SocketView view) {
        Sql.notNull(view, "view");
        return Sql.tx(db, "saving view " + view.name(), c -> {
            Optional<Long> named = Sql.one(c, "SELECT id FROM socket_view WHERE name = ?", rs -> rs.getLong(1), view.name());
            if (named.isPresent() && named.get() != view.id()) {
                throw new IllegalArgumentException("view name '" + view.name() + "' is already used");
            }
            for (SocketGroup g : view.groups()) {
                for (ConnectorRef k : g.connectors()) {
                    if (!Sql.exists(c, "SELECT connector_no FROM connector WHERE station_id = ? AND connector_no = ?",
                            k.stationId(), k.connector())) {
                        throw new IllegalArgumentException("group " + g.name() + ": station " + k.stationId()
                                + " has no connector " + k.connector());
                    }
                }
            }
            if (view.home()) {
                Sql.update(c, "UPDATE socket_view SET home = ? WHERE home = ?", false, true);
            }
            long id = view.id();
            if (id == 0) {
                id = Sql.insert(c, "INSERT INTO socket_view (name, home) VALUES (?, ?)", view.name(), view.home());
            } else {
                if (Sql.update(c, "UPDATE socket_view SET name = ?, home = ? WHERE id = ?", view.name(), view.home(), id) == 0) {
                    throw new IllegalArgumentException("there is no view with id " + id);
                }
                Sql.update(c, "DELETE FROM socket_group WHERE view_id = ?", id);
            }
            for (int g = 0; g < view.groups().size(); g++) {
                SocketGroup group = view.groups().get(g);
                long groupId = Sql.insert(c, "INSERT INTO socket_group (view_id, sort_no, name) VALUES (?, ?, ?)",
                        id, g, group.name());
                for (int k = 0; k < group.connectors().size(); k++) {
                    ConnectorRef ref = group.connectors().get(k);
                    Sql.update(c, "INSERT INTO socket_group_member (group_id, sort_no, station_id, connector_no)"
                            + " VALUES (?, ?, ?, ?)", groupId, k, ref.stationId(), ref.connector());
                }
            }
            return view.withId(id);
        });
    }

    @Override
    public Optional<SocketView> find(long id) {
        return Sql.run(db, "reading view " + id, c -> one(c, "WHERE id = ?", id));
    }

    @Override
    public Optional<SocketView> home() {
        return Sql.run(db, "reading the home view", c -> one(c, "WHERE home = ?", true));
    }

    private static Optional<SocketView> one(Connection c, String where, Object arg) throws SQLException {
        List<SocketView> found = load(c, where, arg);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<SocketView> list() {
        return Sql.run(db, "listing views", c -> load(c, ""));
    }

    private static List<SocketView> load(Connection c, String where, Object... args) throws SQLException {
        List<SocketView> result = new ArrayList<>();
        for (SocketView bare : Sql.list(c, "SELECT id, name, home FROM socket_view " + where + " ORDER BY name",
                rs -> new SocketView(rs.getLong(1), rs.getString(2), rs.getBoolean(3), List.of()), args)) {
            List<SocketGroup> groups = new ArrayList<>();
            for (Object[] g : Sql.list(c, "SELECT id, name FROM socket_group WHERE view_id = ? ORDER BY sort_no",
                    rs -> new Object[] {rs.getLong(1), rs.getString(2)}, bare.id())) {
                groups.add(new SocketGroup((String) g[1], Sql.list(c, "SELECT station_id, connector_no FROM socket_group_member"
                        + " WHERE group_id = ? ORDER BY sort_no", rs -> new ConnectorRef(rs.getString(1), rs.getInt(2)), g[0])));
            }
            result.add(new SocketView(bare.id(), bare.name(), bare.home(), groups));
        }
        return result;
    }

    @Override
    public boolean delete(long id) {
        return Sql.tx(db, "deleting view " + id, c -> Sql.update(c, "DELETE FROM socket_view WHERE id = ?", id) > 0);
    }
}
