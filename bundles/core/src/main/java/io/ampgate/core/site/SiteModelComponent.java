package io.ampgate.core.site;

import io.ampgate.api.site.SiteModel;
import io.ampgate.api.site.Zone;
import io.ampgate.store.site.Station;
import io.ampgate.store.site.StationRepository;
import io.ampgate.store.site.ZoneConfig;
import io.ampgate.store.site.ZoneRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The site's electrical tree as the energy manager and the strategies read it: the zones from the
 * store and which zone each station's connectors are in. Read again at most every
 * {@value #FRESH_SECONDS} s, so that a control cycle every second does not query the store every
 * second and an installer's change is in effect within seconds.
 */
@Component(service = SiteModel.class)
public final class SiteModelComponent implements SiteModel {
    static final int FRESH_SECONDS = 5;

    private record Tree(Instant read, List<Zone> zones, Map<String, Zone> byId, Map<String, String> stationZones) {
    }

    private final ZoneRepository zones;
    private final StationRepository stations;
    private final Clock clock;
    private volatile Tree tree;

    @Activate
    public SiteModelComponent(@Reference ZoneRepository zones, @Reference StationRepository stations) {
        this(zones, stations, Clock.systemUTC());
    }

    SiteModelComponent(ZoneRepository zones, StationRepository stations, Clock clock) {
        this.zones = zones;
        this.stations = stations;
        this.clock = clock;
    }

    @Override
    public List<Zone> zones() {
        return tree().zones();
    }

    @Override
    public Optional<Zone> zone(String zoneId) {
        return Optional.ofNullable(tree().byId().get(zoneId));
    }

    @Override
    public Optional<String> zoneOf(String stationId, int connector) {
        return Optional.ofNullable(tree().stationZones().get(stationId));
    }

    private Tree tree() {
        Instant now = clock.instant();
        Tree t = tree;
        if (t == null || !now.isBefore(t.read().plus(Duration.ofSeconds(FRESH_SECONDS)))) {
            t = read(now);
            tree = t;
        }
        return t;
    }

    private Tree read(Instant now) {
        List<Zone> all = zones.list().stream().map(ZoneConfig::toZone).toList();
        Map<String, Zone> byId = new HashMap<>();
        all.forEach(z -> byId.put(z.id(), z));
        Map<String, String> stationZones = new HashMap<>();
        for (Station s : stations.list()) {
            if (s.zoneId() != null && s.registered()) {
                stationZones.put(s.id(), s.zoneId());
            }
        }
        return new Tree(now, all, Map.copyOf(byId), Map.copyOf(stationZones));
    }
}
