package io.ampgate.store.jdbc.session;

import io.ampgate.store.jdbc.Jdbc;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.store.StoreException;
import io.ampgate.store.db.Database;
import io.ampgate.store.session.SessionMeterValue;
import io.ampgate.store.session.SessionMeterValueRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Session meter values in table {@code session_meter_value}; {@code NaN} is stored as NULL. */
@Component(service = SessionMeterValueRepository.class)
public final class JdbcSessionMeterValueRepository implements SessionMeterValueRepository {
    private static final String[] PHASE_COLUMNS = {"power_l1", "power_l2", "power_l3", "current_l1", "current_l2",
        "current_l3", "voltage_l1", "voltage_l2", "voltage_l3"};

    private final Database db;

    /**
     * A repository on a database.
     *
     * @param db the site's database, migrated
     */
    @Activate
    public JdbcSessionMeterValueRepository(@Reference Database db) {
        this.db = db;
    }

    @Override
    public void append(List<SessionMeterValue> values) {
        Objects.requireNonNull(values, "values");
        if (values.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO session_meter_value (session_id, sampled_at, energy_wh, power_w, "
                + String.join(", ", PHASE_COLUMNS) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try {
            db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (SessionMeterValue v : values) {
                        ps.setLong(1, Objects.requireNonNull(v, "a meter value").sessionId());
                        ps.setLong(2, v.sampledAt().toEpochMilli());
                        Jdbc.setDouble(ps, 3, v.energyWh());
                        Jdbc.setDouble(ps, 4, v.powerW());
                        int i = 5;
                        for (PhaseValues p : List.of(v.power(), v.current(), v.voltage())) {
                            Jdbc.setDouble(ps, i++, p.l1());
                            Jdbc.setDouble(ps, i++, p.l2());
                            Jdbc.setDouble(ps, i++, p.l3());
                        }
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return null;
            });
        } catch (SQLException e) {
            if (isForeignKeyViolation(e)) {
                throw new IllegalArgumentException("meter values for a session that does not exist (sessions "
                        + values.stream().map(SessionMeterValue::sessionId).distinct().toList() + "): none stored", e);
            }
            throw new StoreException("could not store " + values.size() + " session meter values: " + e.getMessage(), e);
        }
    }

    /** A batch wraps the statement's error: in the next exception (PostgreSQL) or the cause (Derby). */
    private static boolean isForeignKeyViolation(SQLException e) {
        if (e == null) {
            return false;
        }
        return Jdbc.FOREIGN_KEY_VIOLATION.equals(e.getSQLState()) || isForeignKeyViolation(e.getNextException())
                || e.getCause() instanceof SQLException cause && cause != e && isForeignKeyViolation(cause);
    }

    @Override
    public List<SessionMeterValue> list(long sessionId) {
        try (Connection c = db.connection()) {
            return list(c, sessionId);
        } catch (SQLException e) {
            throw new StoreException("could not read the meter values of session " + sessionId + ": " + e.getMessage(), e);
        }
    }

    /** The meter values of a session on a connection (e.g. inside a stop's transaction), oldest first. */
    static List<SessionMeterValue> list(Connection c, long sessionId) throws SQLException {
        String sql = "SELECT session_id, sampled_at, energy_wh, power_w, " + String.join(", ", PHASE_COLUMNS)
                + " FROM session_meter_value WHERE session_id = ? ORDER BY sampled_at, id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                List<SessionMeterValue> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(new SessionMeterValue(rs.getLong("session_id"), Jdbc.getInstant(rs, "sampled_at"),
                            Jdbc.getDouble(rs, "energy_wh"), Jdbc.getDouble(rs, "power_w"),
                            phases(rs, "power"), phases(rs, "current"), phases(rs, "voltage")));
                }
                return result;
            }
        }
    }

    private static PhaseValues phases(ResultSet rs, String quantity) throws SQLException {
        return PhaseValues.of(Jdbc.getDouble(rs, quantity + "_l1"), Jdbc.getDouble(rs, quantity + "_l2"),
                Jdbc.getDouble(rs, quantity + "_l3"));
    }
}
