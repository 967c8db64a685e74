package io.ampgate.ocpp.central;

import io.ampgate.store.site.Station;
import io.ampgate.store.site.StationRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stations the central system knows: their live state, and which of them an installer
 * registered (kept in memory, loaded from the store, so a message never waits for that look-up).
 */
final class Registry {

    /** How often "last seen" is written to the store per station at most. */
    static final Duration SEEN_WRITE_INTERVAL = Duration.ofMinutes(1);

    private final StationRepository stations;
    private final Clock clock;
    private final Map<String, StationState> states = new ConcurrentHashMap<>();
    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private final Map<String, Instant> seenWritten = new ConcurrentHashMap<>();

    Registry(StationRepository stations, Clock clock) {
        this.stations = stations;
        this.clock = clock;
        for (Station s : stations.list()) {
            if (s.registered() && Station.OCPP.equals(s.protocol())) {
                registered.add(s.id());
            }
        }
    }

    StationState state(String id) {
        return states.computeIfAbsent(id, i -> new StationState(i, clock.instant()));
    }

    Optional<StationState> find(String id) {
        return Optional.ofNullable(states.get(id));
    }

    Collection<StationState> states() {
        return states.values();
    }

    boolean isRegistered(String id) {
        return registered.contains(id);
    }

    Set<String> registered() {
        return Set.copyOf(registered);
    }

    /** Registers a station that exists in the store; {@code false} if it does not. */
    boolean register(String id) {
        if (!stations.register(id)) {
            return false;
        }
        registered.add(id);
        return true;
    }

    /** Forgets the registration (the station was deleted or unregistered in the store). */
    void forget(String id) {
        registered.remove(id);
    }

    StationRepository store() {
        return stations;
    }

    /** Writes "last seen" to the store, at most once per {@link #SEEN_WRITE_INTERVAL}. */
    void seen(String id) {
        Instant now = clock.instant();
        Instant last = seenWritten.get(id);
        if (last == null || !now.isBefore(last.plus(SEEN_WRITE_INTERVAL))) {
            seenWritten.put(id, now);
            stations.markSeen(id, now);
        }
    }
}
