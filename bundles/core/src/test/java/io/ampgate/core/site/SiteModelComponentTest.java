package io.ampgate.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.site.Zone;
import io.ampgate.api.site.ZoneKind;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.site.JdbcStationRepository;
import io.ampgate.store.jdbc.site.JdbcZoneRepository;
import io.ampgate.store.site.Station;
import io.ampgate.store.site.ZoneConfig;
import io.ampgate.store.testing.MutableClock;
import io.ampgate.store.testing.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The site's tree as the energy manager reads it, over a real Derby store, and when it is read again. */
class SiteModelComponentTest {

    private static ZoneConfig zone(String id, String parent, ZoneKind kind, double limit) {
        return new ZoneConfig(id, parent, "Zone " + id, kind, PhaseValues.all(limit), PhaseValues.none(), null,
                PhaseValues.all(16), null);
    }

    private static Station station(String id, String zone) {
        return new Station(id, null, zone, false, Double.NaN, true, "", "", "", "", "", "", null, "", Station.OCPP,
                List.of());
    }

    @Test
    void zonesAndTheZoneOfEachStationComeFromTheStoreAndAreReadAgainAfterAFewSeconds() throws Exception {
        try (PooledDatabase db = TestDatabases.open(Dialect.DERBY)) {
            JdbcZoneRepository zones = new JdbcZoneRepository(db);
            JdbcStationRepository stations = new JdbcStationRepository(db);
            zones.save(zone("site", null, ZoneKind.SITE, 100));
            zones.save(zone("garage", "site", ZoneKind.PANEL, 63));
            stations.save(station("CP1", "garage"));
            stations.save(station("CP2", null));
            MutableClock clock = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));
            var sessions = new io.ampgate.store.jdbc.session.JdbcSessionRepository(db);
            var badges = new io.ampgate.store.jdbc.site.JdbcBadgeRepository(db);
            SiteModelComponent site = new SiteModelComponent(zones, stations, sessions, badges, clock);

            assertThat(site.zones()).extracting(Zone::id).containsExactly("site", "garage");
            assertThat(site.zone("garage")).hasValueSatisfying(z -> {
                assertThat(z.parentId()).isEqualTo("site");
                assertThat(z.staticLimit()).isEqualTo(PhaseValues.all(63));
            });
            assertThat(site.zoneOf("CP1", 1)).hasValue("garage");
            assertThat(site.zoneOf("CP2", 1)).as("not placed in a zone yet").isEmpty();

            stations.save(station("CP2", "site"));
            assertThat(site.zoneOf("CP2", 1)).as("read again only after a few seconds").isEmpty();
            clock.advance(Duration.ofSeconds(SiteModelComponent.FRESH_SECONDS));
            assertThat(site.zoneOf("CP2", 1)).hasValue("site");

            stations.save(station("CP2", "garage"));
            site.handleEvent(new org.osgi.service.event.Event(io.ampgate.api.event.Topics.SITE_CHANGED, Map.of()));
            assertThat(site.zoneOf("CP2", 1)).as("a change told by its event is read at once").hasValue("garage");

            io.ampgate.store.site.Badge plain = io.ampgate.store.site.Badge.of("VIP1", "Boss");
            badges.save(new io.ampgate.store.site.Badge(0, plain.uid(), plain.holder(), "", "", null, "", "",
                    plain.authorization(), List.of(), null, null, plain.stations(), plain.zones(), plain.connectors(),
                    plain.credit(), true, null, null, 0));
            var vip = sessions.start(new io.ampgate.store.session.SessionStart("CP1", 1, "vip1", "Boss", null, "garage",
                    io.ampgate.store.session.StartedBy.LOCAL_BADGE, Instant.parse("2026-11-22T07:00:00Z"), 0));
            var plainSession = sessions.start(new io.ampgate.store.session.SessionStart("CP2", 1, "OTHER", null, null,
                    "site", io.ampgate.store.session.StartedBy.LOCAL_BADGE, Instant.parse("2026-11-22T07:00:00Z"), 0));
            assertThat(site.vipSession(Long.toString(vip.id()))).isTrue();
            assertThat(site.vipSession(Long.toString(plainSession.id()))).isFalse();
            assertThat(site.vipSession("not-a-number")).isFalse();
            assertThat(site.vipStation("CP1")).isFalse();
        }
    }
}
