package io.ampgate.store.jdbc.site;

import io.ampgate.api.meter.MeterRole;
import io.ampgate.store.db.Database;
import io.ampgate.store.site.MeterConfig;
import io.ampgate.store.site.MeterRepository;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Meters in the {@code meter} table. */
@Component(service = MeterRepository.class)
public final class JdbcMeterRepository implements MeterRepository {
    private static final String COLUMNS = "id, name, driver, address, manufacturer, model, role";

    private final Database db;

    @Activate
    public JdbcMeterRepository(@Reference Database db) {
        this.db = db;
    }

    @Override
    public MeterConfig save(MeterConfig m) {
        Sql.notNull(m, "meter");
        return Sql.tx(db, "saving meter " + m.id(), c -> {
            int updated = Sql.update(c, "UPDATE meter SET name = ?, driver = ?, address = ?, manufacturer = ?, model = ?,"
                    + " role = ? WHERE id = ?", m.name(), m.driver(), m.address(), m.manufacturer(), m.model(), m.role(), m.id());
            if (updated == 0) {
                Sql.update(c, "INSERT INTO meter (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
                        m.id(), m.name(), m.driver(), m.address(), m.manufacturer(), m.model(), m.role());
            }
            return m;
        });
    }

    @Override
    public Optional<MeterConfig> find(String id) {
        Sql.notNull(id, "id");
        return Sql.run(db, "reading meter " + id,
                c -> Sql.one(c, "SELECT " + COLUMNS + " FROM meter WHERE id = ?", JdbcMeterRepository::meter, id));
    }

    @Override
    public List<MeterConfig> list() {
        return Sql.run(db, "listing meters",
                c -> Sql.list(c, "SELECT " + COLUMNS + " FROM meter ORDER BY id", JdbcMeterRepository::meter));
    }

    @Override
    public List<MeterConfig> listByRole(MeterRole role) {
        Sql.notNull(role, "role");
        return Sql.run(db, "listing meters",
                c -> Sql.list(c, "SELECT " + COLUMNS + " FROM meter WHERE role = ? ORDER BY id", JdbcMeterRepository::meter, role));
    }

    @Override
    public boolean delete(String id) {
        Sql.notNull(id, "id");
        return Sql.tx(db, "deleting meter " + id, c -> {
            List<String> users = usersOf(c, id);
            if (!users.isEmpty()) {
                throw new IllegalArgumentException("meter " + id + " is still used by " + String.join(", ", users));
            }
            return Sql.update(c, "DELETE FROM meter WHERE id = ?", id) > 0;
        });
    }

    private static List<String> usersOf(Connection c, String id) throws SQLException {
        List<String> users = new java.util.ArrayList<>(
                Sql.list(c, "SELECT id FROM zone WHERE meter_id = ? ORDER BY id", rs -> "zone " + rs.getString(1), id));
        users.addAll(Sql.list(c, "SELECT station_id, connector_no FROM connector WHERE meter_id = ? ORDER BY station_id, connector_no",
                rs -> "connector " + rs.getInt(2) + " of station " + rs.getString(1), id));
        return users;
    }

    private static MeterConfig meter(ResultSet rs) throws SQLException {
        return new MeterConfig(rs.getString("id"), rs.getString("name"), rs.getString("driver"), rs.getString("address"),
                rs.getString("manufacturer"), rs.getString("model"), Sql.enumOf(MeterRole.class, rs, "role"));
    }
}
