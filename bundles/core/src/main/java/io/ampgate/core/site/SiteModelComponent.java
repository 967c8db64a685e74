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
@Component(service = {SiteModel.class, org.osgi.service.event.EventHandler.class}, property = {
        org.osgi.service.event.EventConstants.EVENT_TOPIC + "=" + io.ampgate.api.event.Topics.SITE_CHANGED,
        org.osgi.service.event.EventConstants.EVENT_TOPIC + "=" + io.ampgate.api.event.Topics.STATION_CONNECTED})
public final class SiteModelComponent implements SiteModel, org.osgi.service.event.EventHandler {
    static final int FRESH_SECONDS = 5;

    private record Tree(Instant read, List<Zone> zones, Map<String, Zone> byId, Map<String, String> stationZones,
            java.util.Set<String> vipStations) {
    }

    private final ZoneRepository zones;
    private final StationRepository stations;
    private final io.ampgate.store.session.SessionRepository sessions;
    private final io.ampgate.store.site.BadgeRepository badges;
    private final Clock clock;
    private volatile Tree tree;
    private final Map<String, Boolean> vipSessions = new java.util.concurrent.ConcurrentHashMap<>();

    @Activate
    public SiteModelComponent(@Reference ZoneRepository zones, @Reference StationRepository stations,
            @Reference io.ampgate.store.session.SessionRepository sessions,
            @Reference io.ampgate.store.site.BadgeRepository badges) {
        this(zones, stations, sessions, badges, Clock.systemUTC());
    }

    SiteModelComponent(ZoneRepository zones, StationRepository stations,
            io.ampgate.store.session.SessionRepository sessions, io.ampgate.store.site.BadgeRepository badges,
            Clock clock) {
        this.zones = zones;
        this.stations = stations;
        this.sessions = sessions;
        this.badges = badges;
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

    @Override
    public boolean vipStation(String stationId) {
        return tree().vipStations().contains(stationId);
    }

    @Override
    public boolean vipSession(String sessionId) {
        long id;
        try {
            id = Long.parseLong(sessionId);
        } catch (NumberFormatException e) {
            return false;
        }
        // a session's badge does not change: looked up once per session (the cache is emptied with the tree)
        return vipSessions.computeIfAbsent(sessionId, k -> sessions.find(id).filter(s -> s.badgeUid() != null)
                .flatMap(s -> badges.findByUid(s.badgeUid())).map(io.ampgate.store.site.Badge::vip).orElse(false));
    }

    /** A change of the site model (or a station that connects) is read at once, not after up to 5 s. */
    @Override
    public void handleEvent(org.osgi.service.event.Event event) {
        refresh();
    }

    @Override
    public void refresh() {
        tree = null;
    }

    private Tree tree() {
        Instant now = clock.instant();
        Tree t = tree;
        if (t == null || !now.isBefore(t.read().plus(Duration.ofSeconds(FRESH_SECONDS)))) {
            t = read(now);
            tree = t;
            vipSessions.clear();
        }
        return t;
    }

    private Tree read(Instant now) {
        List<Zone> all = zones.list().stream().map(ZoneConfig::toZone).toList();
        Map<String, Zone> byId = new HashMap<>();
        all.forEach(z -> byId.put(z.id(), z));
        Map<String, String> stationZones = new HashMap<>();
        java.util.Set<String> vip = new java.util.HashSet<>();
        for (Station s : stations.list()) {
            if (s.zoneId() != null && s.registered()) {
                stationZones.put(s.id(), s.zoneId());
            }
            if (s.vip()) {
                vip.add(s.id());
            }
        }
        return new Tree(now, all, Map.copyOf(byId), Map.copyOf(stationZones), java.util.Set.copyOf(vip));
    }
}
