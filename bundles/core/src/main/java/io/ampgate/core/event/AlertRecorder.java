package io.ampgate.core.event;

import io.ampgate.api.event.Topics;
import io.ampgate.store.event.EventRepository;
import io.ampgate.store.event.EventSource;
import io.ampgate.store.event.Severity;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Writes the alerts the energy manager raises and clears ({@code io/ampgate/alert/*}) into the site's
 * event list, where operators review and acknowledge them: a raised alert is an {@link Severity#ALARM}
 * ("needs an operator"), its end an {@link Severity#INFO} {@code cleared: ...}. Both carry the alert id
 * as their code, so that the two are found together. The event is about the station or the meter the
 * alert names, otherwise about the energy manager ({@code system/ems}). A failing store never fails
 * Event Admin's delivery: the alert is logged instead.
 */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + Topics.ALERT + "/*")
public final class AlertRecorder implements EventHandler {
    /** The part of the gateway an alert that names no station or meter is about. */
    static final String PART = "ems";
    /** The longest code and source id the event list keeps. */
    static final int MAX_ID = 64;

    private static final Logger LOG = Logger.getLogger(AlertRecorder.class.getName());

    private final EventRepository events;
    private final Clock clock;

    @Activate
    public AlertRecorder(@Reference EventRepository events) {
        this(events, Clock.systemUTC());
    }

    AlertRecorder(EventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void handleEvent(Event alert) {
        boolean raised = alert.getTopic().equals(Topics.ALERT_RAISED);
        if (!raised && !alert.getTopic().equals(Topics.ALERT_CLEARED)) {
            return;
        }
        String id = text(alert, Topics.PROP_ALERT_ID, "alert");
        String message = text(alert, Topics.PROP_MESSAGE, id);
        String code = shorten(id, MAX_ID);
        String text = (raised ? "" : "cleared: ") + message + (code.equals(id) ? "" : " (alert " + id + ")");
        String station = text(alert, Topics.PROP_STATION_ID, null);
        String meter = text(alert, Topics.PROP_METER_ID, null);
        EventSource source = station != null ? EventSource.STATION : meter != null ? EventSource.METER : EventSource.SYSTEM;
        String sourceId = shorten(station != null ? station : meter != null ? meter : PART, MAX_ID);
        try {
            events.add(time(alert), source, sourceId, raised ? Severity.ALARM : Severity.INFO, code, text);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not store the alert " + id + " in the event list (" + text + ")", e);
        }
    }

    private Instant time(Event alert) {
        return alert.getProperty(Topics.PROP_TIMESTAMP) instanceof Number millis ? Instant.ofEpochMilli(millis.longValue())
                : clock.instant();
    }

    private static String text(Event alert, String property, String otherwise) {
        return alert.getProperty(property) instanceof String s && !s.isBlank() ? s.strip() : otherwise;
    }

    /** The text as it is if it fits, else its beginning and an ellipsis. */
    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
