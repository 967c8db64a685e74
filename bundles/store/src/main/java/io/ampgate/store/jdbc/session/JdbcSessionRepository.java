package io.ampgate.store.jdbc.session;

import io.ampgate.store.jdbc.Jdbc;
import io.ampgate.store.StoreException;
import io.ampgate.store.db.Database;
import io.ampgate.store.session.EnergyTotal;
import io.ampgate.store.session.Session;
import io.ampgate.store.session.SessionFilter;
import io.ampgate.store.session.SessionRepository;
import io.ampgate.store.session.SessionStart;
import io.ampgate.store.session.SessionStop;
import io.ampgate.store.session.StartedBy;
import io.ampgate.store.session.StopReason;
import io.ampgate.store.session.StoppedBy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Sessions in table {@code charge_session}. Ids come from an identity column, which neither
 * database ever hands out twice (after a crash it skips values, it does not repeat them). A start is
 * unique by station, connector, start time, badge and meter start (badge {@code ''} for none), which
 * makes {@link #start} idempotent even for two threads racing on the same start.
 */
@Component(service = SessionRepository.class)
public final class JdbcSessionRepository implements SessionRepository {
    private static final String COLUMNS = "id, station_id, connector_id, badge_uid, holder_name, charge_user_id, zone_id,"
            + " started_by, start_time, meter_start_wh, stop_time, meter_stop_wh, energy_wh, stopped_by, stopped_by_who,"
            + " stop_reason, price_per_kwh, cost, charging_seconds";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM charge_session";
    private static final String NEWEST_FIRST = " ORDER BY start_time DESC, id DESC";

    private final Database db;

    /**
     * A repository on a database.
     *
     * @param db the site's database, migrated
     */
    @Activate
    public JdbcSessionRepository(@Reference Database db) {
        this.db = db;
    }

    @Override
    public Session start(SessionStart start) {
        try {
            return db.inTransaction(c -> {
                Optional<Session> existing = findStart(c, start);
                return existing.isPresent() ? existing.get() : insert(c, start);
            });
        } catch (SQLException e) {
            if (Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) { // the same start, recorded in between by another thread
                try (Connection c = db.connection()) {
                    Optional<Session> existing = findStart(c, start);
                    if (existing.isPresent()) {
                        return existing.get();
                    }
                } catch (SQLException again) {
                    e.addSuppressed(again);
                }
            }
            throw new StoreException("could not record the start of a session on " + start.stationId()
                    + " connector " + start.connectorId() + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Session> findStart(Connection c, SessionStart s) throws SQLException {
        return one(c, SELECT + " WHERE station_id = ? AND connector_id = ? AND start_time = ? AND badge_uid = ?"
                + " AND meter_start_wh = ?", List.of(s.stationId(), s.connectorId(), s.startTime(),
                        badgeKey(s.badgeUid()), s.meterStartWh()));
    }

    private static Session insert(Connection c, SessionStart s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO charge_session (station_id, connector_id, badge_uid,"
                + " holder_name, charge_user_id, zone_id, started_by, start_time, meter_start_wh)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            Jdbc.setAll(ps, java.util.Arrays.asList(s.stationId(), s.connectorId(), badgeKey(s.badgeUid()), s.holderName(),
                    s.chargeUserId(), s.zoneId(), s.startedBy().name(), s.startTime(), s.meterStartWh()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no id for the new session");
                }
                return new Session(keys.getLong(1), s.stationId(), s.connectorId(), s.badgeUid(), s.holderName(),
                        s.chargeUserId(), s.zoneId(), s.startedBy(), s.startTime(), s.meterStartWh(),
                        null, null, null, null, null, null, null, null, null);
            }
        }
    }

    @Override
    public Optional<Session> stop(long sessionId, SessionStop stop) {
        try {
            return db.inTransaction(c -> {
                Optional<Session> found = byId(c, sessionId);
                if (found.isEmpty() || !found.get().isRunning()) {
                    return found; // unknown: nothing to create; stopped: unchanged
                }
                Session running = found.get();
                if (stop.stopTime().isBefore(running.startTime())) {
                    throw new IllegalArgumentException("stopTime " + stop.stopTime() + " is before the start of session "
                            + sessionId + " (" + running.startTime() + ")");
                }
                long energy = Session.energy(running.meterStartWh(), stop.meterStopWh());
                long charging = ChargingTime.seconds(running.startTime(), running.meterStartWh(), stop.stopTime(),
                        stop.meterStopWh(), JdbcSessionMeterValueRepository.list(c, sessionId));
                try (PreparedStatement ps = c.prepareStatement("UPDATE charge_session SET stop_time = ?, meter_stop_wh = ?,"
                        + " energy_wh = ?, stopped_by = ?, stopped_by_who = ?, stop_reason = ?, price_per_kwh = ?, cost = ?,"
                        + " charging_seconds = ? WHERE id = ? AND stop_time IS NULL")) {
                    Jdbc.set(ps, 1, stop.stopTime());
                    ps.setLong(2, stop.meterStopWh());
                    ps.setLong(3, energy);
                    ps.setString(4, stop.stoppedBy().name());
                    Jdbc.set(ps, 5, stop.stoppedByWho());
                    ps.setString(6, stop.reason().name());
                    Jdbc.setDecimal(ps, 7, stop.pricePerKwh());
                    Jdbc.setDecimal(ps, 8, Session.cost(energy, stop.pricePerKwh()));
                    ps.setLong(9, charging);
                    ps.setLong(10, sessionId);
                    ps.executeUpdate(); // 0 rows: stopped in between by another thread, whose stop stands
                }
                return byId(c, sessionId);
            });
        } catch (SQLException e) {
            throw new StoreException("could not record the stop of session " + sessionId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Long> chargeCredit(long sessionId, long energyWh) {
        try {
            return db.inTransaction(c -> CreditCharges.charge(c, sessionId, energyWh));
        } catch (SQLException e) {
            throw new StoreException("could not charge the credit of session " + sessionId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Session> find(long sessionId) {
        try (Connection c = db.connection()) {
            return byId(c, sessionId);
        } catch (SQLException e) {
            throw new StoreException("could not read session " + sessionId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Session> running(String stationId, int connectorId) {
        try (Connection c = db.connection()) {
            return one(c, SELECT + " WHERE station_id = ? AND connector_id = ? AND stop_time IS NULL" + NEWEST_FIRST
                    + " OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY", List.of(stationId, connectorId));
        } catch (SQLException e) {
            throw new StoreException("could not read the running session of " + stationId + " connector "
                    + connectorId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<Session> running() {
        try (Connection c = db.connection()) {
            return many(c, SELECT + " WHERE stop_time IS NULL ORDER BY start_time, id", List.of());
        } catch (SQLException e) {
            throw new StoreException("could not read the running sessions: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Session> list(SessionFilter filter, int offset, int limit) {
        Jdbc.checkPage(offset, limit);
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        params.add(offset);
        params.add(limit);
        try (Connection c = db.connection()) {
            return many(c, SELECT + where + NEWEST_FIRST + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", params);
        } catch (SQLException e) {
            throw new StoreException("could not list sessions: " + e.getMessage(), e);
        }
    }

    @Override
    public EnergyTotal total(SessionFilter filter) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT COUNT(*), SUM(energy_wh), SUM(cost) FROM charge_session" + where(filter, params);
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.setAll(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                BigDecimal cost = rs.getBigDecimal(3);
                return new EnergyTotal(rs.getLong(1), rs.getLong(2), cost == null ? BigDecimal.ZERO : cost);
            }
        } catch (SQLException e) {
            throw new StoreException("could not total sessions: " + e.getMessage(), e);
        }
    }

    private static String where(SessionFilter f, List<Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE start_time >= ? AND start_time < ?");
        params.add(f.from());
        params.add(f.to());
        condition(sql, params, "station_id", f.stationId());
        condition(sql, params, "connector_id", f.connectorId());
        condition(sql, params, "badge_uid", f.badgeUid());
        condition(sql, params, "charge_user_id", f.chargeUserId());
        condition(sql, params, "zone_id", f.zoneId());
        return sql.toString();
    }

    private static void condition(StringBuilder sql, List<Object> params, String column, Object value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static Optional<Session> byId(Connection c, long id) throws SQLException {
        return one(c, SELECT + " WHERE id = ?", List.of(id));
    }

    private static Optional<Session> one(Connection c, String sql, List<?> params) throws SQLException {
        List<Session> found = many(c, sql, params);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<Session> many(Connection c, String sql, List<?> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.setAll(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<Session> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(session(rs));
                }
                return result;
            }
        }
    }

    private static Session session(ResultSet rs) throws SQLException {
        return new Session(rs.getLong("id"), rs.getString("station_id"), rs.getInt("connector_id"),
                rs.getString("badge_uid"), rs.getString("holder_name"), rs.getString("charge_user_id"),
                rs.getString("zone_id"), Jdbc.getEnum(rs, "started_by", StartedBy.class), Jdbc.getInstant(rs, "start_time"),
                rs.getLong("meter_start_wh"), Jdbc.getInstant(rs, "stop_time"), Jdbc.getLong(rs, "meter_stop_wh"),
                Jdbc.getLong(rs, "energy_wh"), Jdbc.getEnum(rs, "stopped_by", StoppedBy.class),
                rs.getString("stopped_by_who"), Jdbc.getEnum(rs, "stop_reason", StopReason.class),
                rs.getBigDecimal("price_per_kwh"), rs.getBigDecimal("cost"), Jdbc.getLong(rs, "charging_seconds"));
    }

    /** The stored badge: '' for none, so that the unique start key never contains NULL. */
    private static String badgeKey(String badgeUid) {
        return badgeUid == null ? "" : badgeUid;
    }
}
