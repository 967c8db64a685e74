package io.ampgate.store.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.api.meter.MeterRole;
import io.ampgate.api.site.ZoneKind;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.site.JdbcMeterRepository;
import io.ampgate.store.jdbc.site.JdbcStationRepository;
import io.ampgate.store.jdbc.site.JdbcZoneRepository;
import io.ampgate.store.testing.TestDatabases;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ZoneAndMeterRepositoryTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void zonesAndMetersComeBackWithEveryField(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            MeterRepository meters = new JdbcMeterRepository(db);
            ZoneRepository zones = new JdbcZoneRepository(db);
            MeterConfig grid = meters.save(Fixtures.meter("grid", MeterRole.SITE));
            MeterConfig pv = meters.save(Fixtures.meter("pv", MeterRole.PV));
            ZoneConfig root = zones.save(Fixtures.root());
            ZoneConfig panel = zones.save(new ZoneConfig("p1", "site", "Garage", ZoneKind.PANEL, PhaseValues.of(63, 50.5, 40),
                    PhaseValues.of(60, Double.NaN, 38), "grid", PhaseValues.of(10, 11, 12), new BigDecimal("0.123456")));

            assertThat(meters.find("grid")).contains(grid);
            assertThat(meters.list()).containsExactly(grid, pv);
            assertThat(meters.listByRole(MeterRole.PV)).containsExactly(pv);
            assertThat(zones.find("site")).contains(root);
            assertThat(zones.find("p1")).contains(panel);
            assertThat(zones.find("p1").orElseThrow().dynamicLimit().l2()).isNaN();
            assertThat(zones.find("site").orElseThrow().energyPrice()).isEqualByComparingTo("0.254");
            assertThat(zones.find("nowhere")).isEmpty();
            assertThat(zones.find("p1").orElseThrow().toZone().meterId()).isEqualTo("grid");

            MeterConfig changed = meters.save(new MeterConfig("pv", "Roof", "sunspec", "10.0.0.9", "SMA", "STP", MeterRole.PV));
            assertThat(meters.find("pv")).contains(changed);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theTreeIsListedParentsFirstAndKeepsItsShape(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            new JdbcMeterRepository(db).save(Fixtures.meter("grid", MeterRole.SITE));
            ZoneRepository zones = new JdbcZoneRepository(db);
            zones.save(Fixtures.root());
            zones.save(Fixtures.zone("b", "site", ZoneKind.PANEL));
            zones.save(Fixtures.zone("a", "site", ZoneKind.PANEL));
            zones.save(Fixtures.zone("b1", "b", ZoneKind.GROUP));
            zones.save(Fixtures.zone("a1", "a", ZoneKind.GROUP));
            zones.save(Fixtures.zone("a0", "a1", ZoneKind.GROUP));

            assertThat(zones.list()).extracting(ZoneConfig::id).containsExactly("site", "a", "a1", "a0", "b", "b1");
            assertThat(zones.children("site")).extracting(ZoneConfig::id).containsExactly("a", "b");

            // moving a zone is fine; moving it under its own descendant is a cycle
            zones.save(Fixtures.zone("b1", "a", ZoneKind.GROUP));
            assertThat(zones.children("a")).extracting(ZoneConfig::id).containsExactly("a1", "b1");
            assertThatThrownBy(() -> zones.save(Fixtures.zone("a", "a0", ZoneKind.PANEL)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a cycle");
            assertThatThrownBy(() -> zones.save(Fixtures.zone("x", "nowhere", ZoneKind.PANEL)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parent zone nowhere does not exist");
            assertThatThrownBy(() -> zones.save(new ZoneConfig("site2", null, null, ZoneKind.SITE, PhaseValues.all(1),
                    null, null, PhaseValues.all(1), null)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already has its root zone site");
            assertThatThrownBy(() -> zones.save(new ZoneConfig("p9", "site", null, ZoneKind.PANEL, PhaseValues.all(1),
                    null, "nometer", PhaseValues.all(1), null)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("meter nometer does not exist");
            assertThat(zones.list()).extracting(ZoneConfig::id).containsExactly("site", "a", "a1", "a0", "b1", "b");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void zonesAndMetersInUseAreNotDeleted(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            Fixtures.site(db);
            ZoneRepository zones = new JdbcZoneRepository(db);
            MeterRepository meters = new JdbcMeterRepository(db);
            zones.save(Fixtures.zone("empty", "site", ZoneKind.GROUP));

            assertThatThrownBy(() -> zones.delete("site")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("zone site still has zones under it: empty, p1");
            assertThatThrownBy(() -> zones.delete("p1")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("zone p1 still has stations: cs1, cs2");
            assertThatThrownBy(() -> meters.delete("grid")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("meter grid is still used by zone site, connector 2 of station cs1");
            assertThat(zones.delete("empty")).isTrue();
            assertThat(zones.delete("empty")).isFalse();

            new JdbcStationRepository(db).delete("cs1");
            new JdbcStationRepository(db).delete("cs2");
            assertThat(zones.delete("p1")).isTrue();
            zones.save(new ZoneConfig("site", null, null, ZoneKind.SITE, PhaseValues.all(80), null, null, PhaseValues.all(20), null));
            assertThat(meters.delete("grid")).isTrue();
            assertThat(meters.list()).isEmpty();
            assertThat(zones.list()).extracting(ZoneConfig::id).containsExactly("site");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aZoneWithoutAPriceUsesTheNearestPriceAboveIt(Dialect dialect) throws Exception {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            new JdbcMeterRepository(db).save(Fixtures.meter("grid", MeterRole.SITE));
            ZoneRepository zones = new JdbcZoneRepository(db);
            zones.save(Fixtures.root());
            zones.save(Fixtures.zone("garage", "site", ZoneKind.PANEL));
            zones.save(Fixtures.zone("row-a", "garage", ZoneKind.GROUP));

            assertThat(zones.energyPrice("row-a")).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0.254"));
            ZoneConfig garage = zones.find("garage").orElseThrow();
            zones.save(new ZoneConfig(garage.id(), garage.parentId(), garage.name(), garage.kind(), garage.staticLimit(),
                    garage.dynamicLimit(), garage.meterId(), garage.fallbackLimit(), new BigDecimal("0.19")));
            assertThat(zones.energyPrice("row-a")).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0.19"));
            assertThat(zones.energyPrice("nowhere")).isEmpty();
            assertThat(zones.energyPrice(null)).isEmpty();
        }
    }

    @Test
    void invalidZonesAndMetersAreRefusedWithTheReason() {
        record Case(Runnable build, String message) {}
        List<Case> cases = List.of(
                new Case(() -> new ZoneConfig(null, "site", null, ZoneKind.PANEL, PhaseValues.all(1), null, null,
                        PhaseValues.all(1), null), "zone id is required"),
                new Case(() -> new ZoneConfig("z", "site", null, ZoneKind.PANEL, PhaseValues.all(1), PhaseValues.all(5), null,
                        PhaseValues.all(1), null), "a dynamicLimit needs the meter"),
                new Case(() -> new ZoneConfig("z", "site", null, ZoneKind.PANEL, PhaseValues.all(1), null, null,
                        PhaseValues.all(1), new BigDecimal("-1")), "energyPrice must be >= 0"),
                new Case(() -> new ZoneConfig("z", "site", null, ZoneKind.PANEL, PhaseValues.all(1), null, null,
                        PhaseValues.all(1), new BigDecimal("0.1234567")), "more than 6 decimals"),
                new Case(() -> new ZoneConfig("z", "site", null, ZoneKind.PANEL, PhaseValues.of(1, -1, 1), null, null,
                        PhaseValues.all(1), null), "staticLimit must be >= 0"),
                new Case(() -> new ZoneConfig("z", null, null, ZoneKind.PANEL, PhaseValues.all(1), null, null,
                        PhaseValues.all(1), null), "a SITE zone has no parent"),
                new Case(() -> new MeterConfig("m", null, " ", "", "", "", MeterRole.PV), "driver is required"),
                new Case(() -> new MeterConfig("m", null, "d", "", "", "", null), "role is required"),
                new Case(() -> new MeterConfig("x".repeat(65), null, "d", "", "", "", MeterRole.PV),
                        "meter id is longer than 64 characters"));
        for (Case c : cases) {
            assertThatThrownBy(c.build::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(c.message);
        }
        assertThat(new ZoneConfig("z", "site", " ", ZoneKind.GROUP, PhaseValues.all(1), null, null, PhaseValues.all(1),
                new BigDecimal("0.2500")).energyPrice()).isEqualTo(new BigDecimal("0.25"));
    }
}
