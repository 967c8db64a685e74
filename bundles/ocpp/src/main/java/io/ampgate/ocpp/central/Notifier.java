package io.ampgate.ocpp.central;

import io.ampgate.api.event.Topics;
import io.ampgate.store.event.EventRepository;
import io.ampgate.store.event.EventSource;
import io.ampgate.store.event.Severity;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the rest of the gateway what happened at a station: an entry in the station's event list
 * (the store) and an Event Admin event for live listeners. A failing store never fails the station's
 * message: the event is logged instead.
 */
final class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class.getName());

    private final EventRepository events;
    private final BiConsumer<String, Map<String, Object>> post;
    private final Clock clock;

    /**
     * @param events the store's event list
     * @param post posts an Event Admin event (topic, properties); a no-op without Event Admin
     * @param clock the clock
     */
    Notifier(EventRepository events, BiConsumer<String, Map<String, Object>> post, Clock clock) {
        this.events = events;
        this.post = post;
        this.clock = clock;
    }

    /** Records an event in the station's list. */
    void record(String stationId, Severity severity, String code, String message) {
        try {
            events.add(clock.instant(), EventSource.STATION, stationId, severity, code, message);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, stationId + ": could not store event " + code + " (" + message + ")", e);
        }
    }

    /** Posts an Event Admin event about a station. */
    void post(String topic, String stationId, Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put(Topics.PROP_STATION_ID, stationId);
        all.put(Topics.PROP_TIMESTAMP, clock.millis());
        post.accept(topic, all);
    }
}
