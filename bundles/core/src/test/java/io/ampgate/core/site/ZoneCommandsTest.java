package io.ampgate.core.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.ampgate.api.event.Topics;
import io.ampgate.api.site.ZoneKind;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.site.JdbcStationRepository;
import io.ampgate.store.jdbc.site.JdbcZoneRepository;
import io.ampgate.store.site.Station;
import io.ampgate.store.testing.TestDatabases;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** The installer's zone commands over a real Derby store. */
class ZoneCommandsTest {

    @Test
    void anInstallerBuildsTheTreeAndPlacesStations() throws Exception {
        try (PooledDatabase db = TestDatabases.open(Dialect.DERBY)) {
            JdbcZoneRepository zones = new JdbcZoneRepository(db);
            JdbcStationRepository stations = new JdbcStationRepository(db);
            stations.save(Station.unregistered("CP1"));
            ZoneCommands zone = new ZoneCommands(zones, stations);

            assertThat(zone.list()).startsWith("no zones");
            assertThat(zone.add("site", "-", "100", "name=Main board", "fallback=40")).isEqualTo("added zone site (100 A)");
            assertThat(zone.add("garage", "site", "63/63/40", "price=0.25")).isEqualTo("added zone garage (63/63/40 A)");
            assertThat(zone.station("CP1", "garage")).isEqualTo("station CP1 is in zone garage");
            assertThat(zone.set("garage", "kind=group", "fallback=16")).isEqualTo("changed zone garage");

            assertThat(zones.find("site").orElseThrow().kind()).isEqualTo(ZoneKind.SITE);
            assertThat(zones.find("garage").orElseThrow().fallbackLimit()).isEqualTo(PhaseValues.all(16));
            assertThat(zone.list()).contains("garage         site           group  63/63/40         16")
                    .contains("0.25").contains("CP1");
            ConnectorCommand connector = new ConnectorCommand(stations);
            assertThat(connector.connector("CP1", 1, 32, "phases=1", "rotation=L2L3L1"))
                    .isEqualTo("station CP1 connector 1: 1 phase(s), L2_L3_L1, 6.0-32.0 A");
            assertThat(stations.find("CP1").orElseThrow().connectors()).singleElement()
                    .satisfies(c -> assertThat(c.rotation()).isEqualTo(io.ampgate.api.unit.PhaseRotation.L2_L3_L1));
            assertThatIllegalArgumentException().isThrownBy(() -> connector.connector("CP1", 2, 32, "phases=2"))
                    .withMessageContaining("write 1 or 3");
            assertThat(zone.station("CP1", "-")).isEqualTo("station CP1 is in no zone");
            assertThat(zone.remove("garage")).isEqualTo("removed zone garage");
        }
    }

    @Test
    void everyChangeIsPostedSoThatTheSiteModelReadsItAtOnceAndAMistakeIsNot() throws Exception {
        try (PooledDatabase db = TestDatabases.open(Dialect.DERBY)) {
            JdbcStationRepository stations = new JdbcStationRepository(db);
            stations.save(Station.unregistered("CP1"));
            ZoneCommands zone = new ZoneCommands(new JdbcZoneRepository(db), stations);
            ConnectorCommand connector = new ConnectorCommand(stations);
            List<String> posted = new CopyOnWriteArrayList<>();
            zone.events = connector.events = new EventAdmin() {
                @Override
                public void postEvent(Event event) {
                    posted.add(event.getTopic());
                }

                @Override
                public void sendEvent(Event event) {
                    throw new AssertionError("a shell command never waits for the handlers");
                }
            };

            zone.add("site", "-", "100");
            zone.set("site", "fallback=40");
            zone.station("CP1", "site");
            connector.connector("CP1", 1, 32);
            assertThatIllegalArgumentException().isThrownBy(() -> zone.set("site", "colour=red"));
            assertThatIllegalArgumentException().isThrownBy(() -> zone.remove("garage"));
            assertThatIllegalArgumentException().isThrownBy(() -> zone.remove("site")).withMessageContaining("CP1");
            zone.station("CP1", "-");
            zone.remove("site");

            assertThat(posted).as("add, set, station, connector, station, remove").hasSize(6)
                    .containsOnly(Topics.SITE_CHANGED);
        }
    }

    @Test
    void mistakesAreRefusedWithWhatIsExpected() throws Exception {
        try (PooledDatabase db = TestDatabases.open(Dialect.DERBY)) {
            ZoneCommands zone = new ZoneCommands(new JdbcZoneRepository(db), new JdbcStationRepository(db));
            zone.add("site", "-", "100");

            assertThatIllegalArgumentException().isThrownBy(() -> zone.add("a", "site", "lots"))
                    .withMessageContaining("write 63, or 63/63/40");
            assertThatIllegalArgumentException().isThrownBy(() -> zone.add("a", "site", "-5"))
                    .withMessageContaining("0 A or more");
            assertThatIllegalArgumentException().isThrownBy(() -> zone.add("a", "nowhere", "32"));
            assertThatIllegalArgumentException().isThrownBy(() -> zone.set("site", "colour=red"))
                    .withMessageContaining("unknown option 'colour'");
            assertThatIllegalArgumentException().isThrownBy(() -> zone.set("site", "kind=room"))
                    .withMessageContaining("not site, panel or group");
            assertThatIllegalArgumentException().isThrownBy(() -> zone.station("CP9", "site"))
                    .withMessageContaining("there is no station CP9");
        }
    }
}
