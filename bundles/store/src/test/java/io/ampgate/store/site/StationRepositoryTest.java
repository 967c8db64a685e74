package io.ampgate.store.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.api.station.PlugType;
import io.ampgate.api.unit.PhaseRotation;
import io.ampgate.api.unit.Wiring;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.site.JdbcMeterRepository;
import io.ampgate.store.jdbc.site.JdbcStationRepository;
import io.ampgate.store.testing.TestDatabases;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StationRepositoryTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aStationComesBackWithEveryFieldAndItsConnectors(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            Fixtures.site(db);
            StationRepository stations = new JdbcStationRepository(db);
            Station modbus = new Station("wb-7", "Wallbox 7", "p1", false, Double.NaN, true, "", "", "", "", "", "",
                    null, "", "modbus-alfen", List.of(new Connector(1, PlugType.TYPE_E_SCHUKO, Wiring.SINGLE_PHASE,
                            PhaseRotation.L3_L1_L2, 10, 0, false, SmartChargingParams.defaults(), null, "", "")));
            Station full = Fixtures.station("cs3", "p1", List.of(Fixtures.connector(2, "grid"),
                    new Connector(1, PlugType.CCS, Wiring.THREE_PHASE, PhaseRotation.L1_L3_L2, 125, 6, true,
                            new SmartChargingParams(SmartChargingParams.Purpose.TX_DEFAULT_PROFILE, 1, 0,
                                    SmartChargingParams.RateUnit.A, true), null, "DC", "fast charger")));

            assertThat(stations.save(full)).isEqualTo(full);
            stations.save(modbus);

            assertThat(stations.find("cs3")).contains(full);
            assertThat(stations.find("cs3").orElseThrow().connectors()).extracting(Connector::number).containsExactly(1, 2);
            assertThat(stations.find("wb-7")).contains(modbus);
            assertThat(stations.find("wb-7").orElseThrow().currentLimit()).isNaN();
            assertThat(stations.find("nope")).isEmpty();
            assertThat(stations.list()).extracting(Station::id).containsExactly("cs1", "cs2", "cs3", "wb-7");
            assertThat(stations.find("cs3").orElseThrow().toInfo().serialNumber()).isEqualTo("CP-cs3");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void savingAgainReplacesTheConnectors(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            Fixtures.site(db);
            StationRepository stations = new JdbcStationRepository(db);
            Connector changed = new Connector(2, PlugType.TYPE_3C, Wiring.SINGLE_PHASE, PhaseRotation.L3_L2_L1, 16, 6, false,
                    SmartChargingParams.defaults(), null, "renamed", "");
            Connector added = Fixtures.connector(3, "grid");
            Station updated = new Station("cs1", "Renamed", null, false, 20, false, "V", "M", "S1", "S2", "2.0", "10.0.0.8",
                    Fixtures.T0.plusSeconds(60), "", Station.OCPP, List.of(changed, added));

            stations.save(updated);

            assertThat(stations.find("cs1")).contains(updated);
            assertThat(stations.listByZone("p1")).extracting(Station::id).containsExactly("cs2");
            assertThat(stations.find("cs2").orElseThrow().connectors()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anUnknownStationThatConnectsWaitsUnregistered(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            Fixtures.site(db);
            StationRepository stations = new JdbcStationRepository(db);
            Instant at = Instant.parse("2026-04-02T10:00:00.456Z");

            Station fresh = stations.recordConnection("NEW-01", "10.0.0.99", at);

            assertThat(fresh.registered()).isFalse();
            assertThat(fresh.ipAddress()).isEqualTo("10.0.0.99");
            assertThat(fresh.lastSeen()).isEqualTo(at);
            assertThat(fresh.protocol()).isEqualTo(Station.OCPP);
            assertThat(stations.listUnregistered()).containsExactly(fresh);

            assertThat(stations.recordIdentity("NEW-01", "Alfen", "Eve", "A1", null, "6.1")).isTrue();
            assertThat(stations.markSeen("NEW-01", at.plusSeconds(30))).isTrue();
            Station known = stations.recordConnection("cs1", "10.0.0.50", at);
            assertThat(known.name()).isEqualTo("Station cs1");
            assertThat(known.connectors()).hasSize(2);
            assertThat(known.ipAddress()).isEqualTo("10.0.0.50");
            assertThat(stations.register("NEW-01")).isTrue();

            Station registered = stations.find("NEW-01").orElseThrow();
            assertThat(registered.registered()).isTrue();
            assertThat(registered.vendor()).isEqualTo("Alfen");
            assertThat(registered.chargePointSerial()).isEqualTo("A1");
            assertThat(registered.chargeBoxSerial()).isEmpty();
            assertThat(registered.firmwareVersion()).isEqualTo("6.1");
            assertThat(registered.lastSeen()).isEqualTo(at.plusSeconds(30));
            assertThat(stations.listUnregistered()).isEmpty();
            assertThat(stations.markSeen("ghost", at)).isFalse();
            assertThat(stations.register("ghost")).isFalse();
            assertThat(stations.recordIdentity("ghost", "v", "m", "s", "s", "f")).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void unknownReferencesAreRefusedAndNothingIsHalfWritten(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            Fixtures.site(db);
            StationRepository stations = new JdbcStationRepository(db);

            assertThatThrownBy(() -> stations.save(Fixtures.station("cs9", "nowhere", List.of())))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("station cs9: zone nowhere does not exist");
            assertThatThrownBy(() -> stations.save(Fixtures.station("cs1", "p1", List.of(Fixtures.connector(1, "nometer")))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("station cs1 connector 1: meter nometer does not exist");

            assertThat(stations.find("cs9")).isEmpty();
            assertThat(stations.find("cs1").orElseThrow().connectors()).hasSize(2);
            assertThat(stations.delete("cs1")).isTrue();
            assertThat(stations.delete("cs1")).isFalse();
            assertThat(stations.list()).extracting(Station::id).containsExactly("cs2");
            assertThatThrownBy(() -> new JdbcMeterRepository(db).delete("grid"))
                    .as("the deleted station's connector no longer uses the meter, the root zone still does")
                    .hasMessage("meter grid is still used by zone site");
        }
    }

    @Test
    void invalidStationsAndConnectorsAreRefusedWithTheReason() {
        record Case(Runnable build, String message) {}
        Connector one = Fixtures.connector(1, null);
        List<Case> cases = List.of(
                new Case(() -> Station.unregistered(" "), "station id is required"),
                new Case(() -> Fixtures.station("cs", "z", List.of(one, one)), "station cs has connector 1 twice"),
                new Case(() -> new Station("cs", null, null, false, -3, false, "", "", "", "", "", "", null, "", null,
                        List.of()), "currentLimit must be > 0 A or NaN"),
                new Case(() -> new Station("cs", null, null, false, Double.NaN, false, "v".repeat(101), "", "", "", "", "",
                        null, "", null, List.of()), "vendor is longer than 100 characters"),
                new Case(() -> new Connector(0, PlugType.TYPE_2, Wiring.THREE_PHASE, PhaseRotation.L1_L2_L3, 32, 6, true,
                        SmartChargingParams.defaults(), null, "", ""), "connector number must be >= 1"),
                new Case(() -> new Connector(1, PlugType.TYPE_2, Wiring.THREE_PHASE, PhaseRotation.L1_L2_L3, 32, 40, true,
                        SmartChargingParams.defaults(), null, "", ""), "minCurrent must be in [0, maxCurrent=32.0]"),
                new Case(() -> new Connector(1, null, Wiring.THREE_PHASE, PhaseRotation.L1_L2_L3, 32, 6, true,
                        SmartChargingParams.defaults(), null, "", ""), "plugType is required"),
                new Case(() -> new SmartChargingParams(SmartChargingParams.Purpose.TX_PROFILE, 0, 0,
                        SmartChargingParams.RateUnit.A, true), "profileId must be >= 1"),
                new Case(() -> new SmartChargingParams(SmartChargingParams.Purpose.TX_PROFILE, 1, -1,
                        SmartChargingParams.RateUnit.A, true), "stackLevel must be >= 0"));
        for (Case c : cases) {
            assertThatThrownBy(c.build::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(c.message);
        }
        Connector simple = Connector.of(1, PlugType.TYPE_2, Wiring.THREE_PHASE, PhaseRotation.L1_L2_L3, 32);
        assertThat(simple.minCurrent()).isEqualTo(6);
        assertThat(simple.toInfo().manageable()).isTrue();
        assertThat(Station.unregistered("x").name()).isEqualTo("x");
    }
}
