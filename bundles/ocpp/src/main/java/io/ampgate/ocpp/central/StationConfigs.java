package io.ampgate.ocpp.central;

import io.ampgate.store.site.Station;
import io.ampgate.store.site.StationRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stations' configuration from the store, cached for a few seconds: the energy manager asks
 * for connectors every cycle, and a store look-up each time would cost more than the cycle.
 */
final class StationConfigs {

    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private record Cached(Station station, Instant read) {
    }

    private final StationRepository stations;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    StationConfigs(StationRepository stations, Clock clock) {
        this.stations = stations;
        this.clock = clock;
    }

    /** The station as stored (at most {@link #FRESH_FOR} old), or {@code null}. */
    Station get(String id) {
        Instant now = clock.instant();
        Cached c = cache.get(id);
        if (c == null || !now.isBefore(c.read.plus(FRESH_FOR))) {
            Station s = stations.find(id).orElse(null);
            c = new Cached(s, now);
            cache.put(id, c);
        }
        return c.station;
    }

    void invalidate(String id) {
        cache.remove(id);
    }
}
