package io.ampgate.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.meter.MeterInfo;
import io.ampgate.api.meter.MeterRole;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.site.JdbcMeterRepository;
import io.ampgate.store.jdbc.site.JdbcStationRepository;
import io.ampgate.store.jdbc.site.JdbcZoneRepository;
import io.ampgate.store.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/** A meter a plugin runs can be named by a zone, over a real Derby store. */
class MeterRecordsTest {

    @Test
    void aRunningMeterIsRecordedSoThatAZoneCanUseIt() throws Exception {
        try (PooledDatabase db = TestDatabases.open(Dialect.DERBY)) {
            JdbcMeterRepository meters = new JdbcMeterRepository(db);
            JdbcZoneRepository zones = new JdbcZoneRepository(db);
            ZoneCommands zone = new ZoneCommands(zones, new JdbcStationRepository(db));
            MeterRecords records = new MeterRecords(meters);
            MeterInfo grid = new MeterInfo("grid", "Grid connection", "Eastron", "SDM630", MeterRole.SITE);

            assertThat(records.record(grid, "io.ampgate.meter.eastron", "1@127.0.0.1:5020")).isTrue();
            assertThat(records.record(grid, "io.ampgate.meter.eastron", "1@127.0.0.1:5020")).as("unchanged").isFalse();
            assertThat(zone.add("site", "-", "63", "meter=grid")).isEqualTo("added zone site (63 A)");
            assertThat(zones.find("site").orElseThrow().meterId()).isEqualTo("grid");

            MeterInfo renamed = new MeterInfo("grid", "Main meter", "Eastron", "SDM630", MeterRole.SITE);
            assertThat(records.record(renamed, "io.ampgate.meter.eastron", "1@127.0.0.1:5020")).isTrue();
            assertThat(meters.find("grid").orElseThrow().name()).isEqualTo("Main meter");
            assertThat(zones.find("site").orElseThrow().meterId()).as("the zone still names it").isEqualTo("grid");
        }
    }
}
