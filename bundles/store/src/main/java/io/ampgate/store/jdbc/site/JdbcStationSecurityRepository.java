package io.ampgate.store.jdbc.site;

import io.ampgate.store.db.Database;
import io.ampgate.store.site.StationSecurity;
import io.ampgate.store.site.StationSecurityRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Security settings in the {@code station_security} table, one row per station. */
@Component(service = StationSecurityRepository.class)
public final class JdbcStationSecurityRepository implements StationSecurityRepository {
    private final Database db;

    @Activate
    public JdbcStationSecurityRepository(@Reference Database db) {
        this.db = db;
    }

    @Override
    public Optional<StationSecurity> find(String stationId) {
        Sql.notNull(stationId, "stationId");
        return Sql.run(db, "reading the security of station " + stationId, c -> Sql.one(c,
                "SELECT station_id, security_profile, password_hash FROM station_security WHERE station_id = ?",
                JdbcStationSecurityRepository::security, stationId));
    }

    @Override
    public StationSecurity save(StationSecurity s) {
        Sql.notNull(s, "security");
        return Sql.tx(db, "saving the security of station " + s.stationId(), c -> {
            if (!Sql.exists(c, "SELECT id FROM station WHERE id = ?", s.stationId())) {
                throw new IllegalArgumentException("station " + s.stationId() + " does not exist");
            }
            Object[] values = {s.profile(), Sql.nullableString(s.passwordHash()), s.stationId()};
            if (Sql.update(c, "UPDATE station_security SET security_profile = ?, password_hash = ? WHERE station_id = ?",
                    values) == 0) {
                Sql.update(c, "INSERT INTO station_security (security_profile, password_hash, station_id) VALUES (?, ?, ?)",
                        values);
            }
            return s;
        });
    }

    private static StationSecurity security(ResultSet rs) throws SQLException {
        return new StationSecurity(rs.getString("station_id"), rs.getInt("security_profile"), rs.getString("password_hash"));
    }
}
