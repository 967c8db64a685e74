package io.ampgate.store.site;

import io.ampgate.api.meter.MeterRole;
import io.ampgate.api.site.ZoneKind;
import io.ampgate.api.station.PlugType;
import io.ampgate.api.unit.PhaseRotation;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.api.unit.Wiring;
import io.ampgate.store.db.Database;
import io.ampgate.store.jdbc.site.JdbcMeterRepository;
import io.ampgate.store.jdbc.site.JdbcStationRepository;
import io.ampgate.store.jdbc.site.JdbcZoneRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Sample site data with every field set, and a small site stored in a database. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2026-03-01T08:15:30.123Z");

    private Fixtures() {}

    static MeterConfig meter(String id, MeterRole role) {
        return new MeterConfig(id, "Meter " + id, "modbus-tcp-em", "192.168.1.50:502/" + id.length(), "Carlo Gavazzi",
                "EM24", role);
    }

    static ZoneConfig root() {
        return new ZoneConfig("site", null, "Main board", ZoneKind.SITE, PhaseValues.all(100), PhaseValues.of(90, 91, 92),
                "grid", PhaseValues.all(40), new BigDecimal("0.254"));
    }

    static ZoneConfig zone(String id, String parent, ZoneKind kind) {
        return new ZoneConfig(id, parent, "Zone " + id, kind, PhaseValues.of(63, 50, 40), PhaseValues.none(), null,
                PhaseValues.all(16), null);
    }

    static Connector connector(int number, String meterId) {
        return new Connector(number, PlugType.TYPE_2, Wiring.THREE_PHASE, PhaseRotation.L2_L3_L1, 32, 8, true,
                new SmartChargingParams(SmartChargingParams.Purpose.TX_PROFILE, 7, 2, SmartChargingParams.RateUnit.W, false),
                meterId, "Socket " + number, "left of the door");
    }

    static Station station(String id, String zoneId, List<Connector> connectors) {
        return new Station(id, "Station " + id, zoneId, true, 48, true, "Scame", "BE-M", "CP-" + id, "CB-" + id, "1.6.2",
                "10.0.0.7", T0, "wss://cpo.example/ocpp", Station.OCPP, connectors);
    }

    /** A meter "grid", the root "site", a panel "p1" and stations "cs1" (connectors 1, 2) and "cs2" (1) in it. */
    static void site(Database db) {
        new JdbcMeterRepository(db).save(meter("grid", MeterRole.SITE));
        JdbcZoneRepository zones = new JdbcZoneRepository(db);
        zones.save(root());
        zones.save(zone("p1", "site", ZoneKind.PANEL));
        JdbcStationRepository stations = new JdbcStationRepository(db);
        stations.save(station("cs1", "p1", List.of(connector(1, null), connector(2, "grid"))));
        stations.save(station("cs2", "p1", List.of(connector(1, null))));
    }
}
