package io.ampgate.store.jdbc.site;

import io.ampgate.api.station.PlugType;
import io.ampgate.api.unit.PhaseRotation;
import io.ampgate.api.unit.Wiring;
import io.ampgate.store.db.Database;
import io.ampgate.store.site.Connector;
import io.ampgate.store.site.SmartChargingParams;
import io.ampgate.store.site.Station;
import io.ampgate.store.site.StationRepository;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Stations in the {@code station} table, their connectors in {@code connector}, written together. */
@Component(service = StationRepository.class)
public final class JdbcStationRepository implements StationRepository {
    private static final String STATION_COLUMNS = "name, zone_id, vip, current_limit, registered, vendor, model,"
            + " charge_point_serial, charge_box_serial, firmware_version, ip_address, last_seen, cpo_url, protocol, id";
    private static final String CONNECTOR_COLUMNS = "plug_type, wiring, rotation, max_current, min_current, manageable,"
            + " purpose, profile_id, stack_level, rate_unit, send_phases, meter_id, socket_name, description,"
            + " station_id, connector_no";

    private final Database db;

    @Activate
    public JdbcStationRepository(@Reference Database db) {
        this.db = db;
    }

    @Override
    public Station save(Station s) {
        Sql.notNull(s, "station");
        return Sql.tx(db, "saving station " + s.id(), c -> {
            if (s.zoneId() != null && !Sql.exists(c, "SELECT id FROM zone WHERE id = ?", s.zoneId())) {
                throw new IllegalArgumentException("station " + s.id() + ": zone " + s.zoneId() + " does not exist");
            }
            for (Connector k : s.connectors()) {
                if (k.meterId() != null && !Sql.exists(c, "SELECT id FROM meter WHERE id = ?", k.meterId())) {
                    throw new IllegalArgumentException("station " + s.id() + " connector " + k.number()
                            + ": meter " + k.meterId() + " does not exist");
                }
            }
            Object[] values = stationValues(s);
            if (Sql.update(c, "UPDATE station SET " + STATION_COLUMNS.replace(", id", "").replace(",", " = ?,")
                    + " = ? WHERE id = ?", values) == 0) {
                Sql.update(c, "INSERT INTO station (" + STATION_COLUMNS + ") VALUES (" + marks(values.length) + ")", values);
            }
            saveConnectors(c, s);
            return s;
        });
    }

    private static void saveConnectors(Connection c, Station s) throws SQLException {
        Set<Integer> stored = new HashSet<>(Sql.list(c, "SELECT connector_no FROM connector WHERE station_id = ?",
                rs -> rs.getInt(1), s.id()));
        Set<Integer> wanted = new HashSet<>();
        for (Connector k : s.connectors()) {
            wanted.add(k.number());
        }
        for (int gone : stored) {
            if (!wanted.contains(gone)) {
                Sql.update(c, "DELETE FROM connector WHERE station_id = ? AND connector_no = ?", s.id(), gone);
            }
        }
        for (Connector k : s.connectors()) {
            Object[] values = connectorValues(s.id(), k);
            if (stored.contains(k.number())) {
                Sql.update(c, "UPDATE connector SET " + CONNECTOR_COLUMNS.replace(", station_id, connector_no", "")
                        .replace(",", " = ?,") + " = ? WHERE station_id = ? AND connector_no = ?", values);
            } else {
                Sql.update(c, "INSERT INTO connector (" + CONNECTOR_COLUMNS + ") VALUES (" + marks(values.length) + ")", values);
            }
        }
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static Object[] stationValues(Station s) {
        return new Object[] {s.name(), Sql.nullableString(s.zoneId()), s.vip(), Sql.dbl(s.currentLimit()), s.registered(),
            s.vendor(), s.model(), s.chargePointSerial(), s.chargeBoxSerial(), s.firmwareVersion(), s.ipAddress(),
            Sql.instant(s.lastSeen()), s.cpoUrl(), s.protocol(), s.id()};
    }

    private static Object[] connectorValues(String stationId, Connector k) {
        SmartChargingParams p = k.smartCharging();
        return new Object[] {k.plugType(), k.wiring(), k.rotation(), k.maxCurrent(), k.minCurrent(), k.manageable(),
            p.purpose(), p.profileId(), p.stackLevel(), p.rateUnit(), p.sendNumberPhases(), Sql.nullableString(k.meterId()),
            k.socketName(), k.description(), stationId, k.number()};
    }

    @Override
    public Optional<Station> find(String id) {
        Sql.notNull(id, "id");
        return load("reading station " + id, "WHERE id = ?", id).stream().findFirst();
    }

    @Override
    public List<Station> list() {
        return load("listing stations", "");
    }

    @Override
    public List<Station> listByZone(String zoneId) {
        Sql.notNull(zoneId, "zoneId");
        return load("listing the stations of zone " + zoneId, "WHERE zone_id = ?", zoneId);
    }

    @Override
    public List<Station> listUnregistered() {
        return load("listing unregistered stations", "WHERE registered = ?", false);
    }

    /** The stations matching {@code where}, by id, each with its connectors. */
    private List<Station> load(String what, String where, Object... args) {
        return Sql.run(db, what, c -> {
            List<Station> bare = Sql.list(c, "SELECT " + STATION_COLUMNS + " FROM station " + where + " ORDER BY id",
                    JdbcStationRepository::station, args);
            if (bare.isEmpty()) {
                return List.of();
            }
            Map<String, List<Connector>> connectors = new HashMap<>();
            String subset = where.isEmpty() ? "" : "WHERE station_id IN (SELECT id FROM station " + where + ")";
            for (Object[] row : Sql.list(c, "SELECT " + CONNECTOR_COLUMNS + " FROM connector " + subset
                    + " ORDER BY station_id, connector_no", rs -> new Object[] {rs.getString("station_id"), connector(rs)}, args)) {
                connectors.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((Connector) row[1]);
            }
            return bare.stream().map(s -> withConnectors(s, connectors.getOrDefault(s.id(), List.of()))).toList();
        });
    }

    private static Station withConnectors(Station s, List<Connector> connectors) {
        return new Station(s.id(), s.name(), s.zoneId(), s.vip(), s.currentLimit(), s.registered(), s.vendor(), s.model(),
                s.chargePointSerial(), s.chargeBoxSerial(), s.firmwareVersion(), s.ipAddress(), s.lastSeen(), s.cpoUrl(),
                s.protocol(), connectors);
    }

    @Override
    public Station recordConnection(String id, String ipAddress, Instant at) {
        Sql.notNull(id, "id");
        Sql.notNull(ipAddress, "ipAddress");
        Sql.notNull(at, "at");
        Station fresh = Station.unregistered(id); // validates the id
        Sql.tx(db, "recording the connection of station " + id, c -> {
            if (Sql.update(c, "UPDATE station SET ip_address = ?, last_seen = ? WHERE id = ?", ipAddress, at.toEpochMilli(), id) == 0) {
                Object[] values = stationValues(fresh);
                values[10] = ipAddress;
                values[11] = at.toEpochMilli();
                Sql.update(c, "INSERT INTO station (" + STATION_COLUMNS + ") VALUES (" + marks(values.length) + ")", values);
            }
            return null;
        });
        return find(id).orElseThrow();
    }

    @Override
    public boolean markSeen(String id, Instant at) {
        Sql.notNull(id, "id");
        Sql.notNull(at, "at");
        return Sql.run(db, "marking station " + id + " seen",
                c -> Sql.update(c, "UPDATE station SET last_seen = ? WHERE id = ?", at.toEpochMilli(), id) > 0);
    }

    @Override
    public boolean recordIdentity(String id, String vendor, String model, String chargePointSerial, String chargeBoxSerial,
            String firmwareVersion) {
        Sql.notNull(id, "id");
        return Sql.tx(db, "recording the identity of station " + id, c -> {
            Optional<Station> stored = Sql.one(c, "SELECT " + STATION_COLUMNS + " FROM station WHERE id = ?",
                    JdbcStationRepository::station, id);
            if (stored.isEmpty()) {
                return false;
            }
            Station s = stored.get();
            Station updated = new Station(s.id(), s.name(), s.zoneId(), s.vip(), s.currentLimit(), s.registered(),
                    or(vendor, s.vendor()), or(model, s.model()), or(chargePointSerial, s.chargePointSerial()),
                    or(chargeBoxSerial, s.chargeBoxSerial()), or(firmwareVersion, s.firmwareVersion()), s.ipAddress(),
                    s.lastSeen(), s.cpoUrl(), s.protocol(), List.of());
            Sql.update(c, "UPDATE station SET vendor = ?, model = ?, charge_point_serial = ?, charge_box_serial = ?,"
                    + " firmware_version = ? WHERE id = ?", updated.vendor(), updated.model(), updated.chargePointSerial(),
                    updated.chargeBoxSerial(), updated.firmwareVersion(), id);
            return true;
        });
    }

    private static String or(String value, String current) {
        return value == null ? current : value;
    }

    @Override
    public boolean register(String id) {
        Sql.notNull(id, "id");
        return Sql.run(db, "registering station " + id,
                c -> Sql.update(c, "UPDATE station SET registered = ? WHERE id = ?", true, id) > 0);
    }

    @Override
    public boolean delete(String id) {
        Sql.notNull(id, "id");
        return Sql.tx(db, "deleting station " + id, c -> Sql.update(c, "DELETE FROM station WHERE id = ?", id) > 0);
    }

    private static Station station(ResultSet rs) throws SQLException {
        return new Station(rs.getString("id"), rs.getString("name"), rs.getString("zone_id"), rs.getBoolean("vip"),
                Sql.dbl(rs, "current_limit"), rs.getBoolean("registered"), rs.getString("vendor"), rs.getString("model"),
                rs.getString("charge_point_serial"), rs.getString("charge_box_serial"), rs.getString("firmware_version"),
                rs.getString("ip_address"), Sql.instant(rs, "last_seen"), rs.getString("cpo_url"), rs.getString("protocol"),
                List.of());
    }

    private static Connector connector(ResultSet rs) throws SQLException {
        return new Connector(rs.getInt("connector_no"), Sql.enumOf(PlugType.class, rs, "plug_type"),
                Sql.enumOf(Wiring.class, rs, "wiring"), Sql.enumOf(PhaseRotation.class, rs, "rotation"),
                rs.getDouble("max_current"), rs.getDouble("min_current"), rs.getBoolean("manageable"),
                new SmartChargingParams(Sql.enumOf(SmartChargingParams.Purpose.class, rs, "purpose"), rs.getInt("profile_id"),
                        rs.getInt("stack_level"), Sql.enumOf(SmartChargingParams.RateUnit.class, rs, "rate_unit"),
                        rs.getBoolean("send_phases")),
                rs.getString("meter_id"), rs.getString("socket_name"), rs.getString("description"));
    }
}
