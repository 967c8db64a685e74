package io.ampgate.core.event;

import io.ampgate.core.site.SiteTimeZone;
import io.ampgate.store.event.Event;
import io.ampgate.store.event.EventFilter;
import io.ampgate.store.event.EventRepository;
import io.ampgate.store.event.Severity;
import io.ampgate.store.site.SettingsRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gogo commands for the site's event list (station events, energy-manager alerts):
 * {@code event:list [options]} shows them newest first, {@code event:ack ID...} and
 * {@code event:ack all [options]} acknowledge them as the shell's operator ({@value #SHELL}).
 */
@Component(service = EventCommands.class, property = {
        "osgi.command.scope=event",
        "osgi.command.function=list",
        "osgi.command.function=ack"})
public final class EventCommands {
    /** Who an acknowledgement from the shell is recorded as. */
    static final String SHELL = "shell";
    static final String ACK_USAGE = "usage: event:ack ID [ID ...] | event:ack all [options of event:list]";

    private final EventRepository events;
    private final SettingsRepository settings;
    private final Clock clock;

    @Activate
    public EventCommands(@Reference EventRepository events, @Reference SettingsRepository settings) {
        this(events, settings, Clock.systemUTC());
    }

    EventCommands(EventRepository events, SettingsRepository settings, Clock clock) {
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** The events the options select (the last 24 h, at most 50), newest first, and the count of those to acknowledge. */
    public String list(String... options) {
        ZoneId zone = SiteTimeZone.of(settings);
        EventQuery query = EventQuery.parse(Arrays.asList(options), clock.instant(), zone);
        List<Event> shown = events.list(query.filter(), 0, query.limit());
        boolean more = !events.list(query.filter(), query.limit(), 1).isEmpty();
        return EventTable.render(shown, more, query, zone, events.countUnacknowledged(Severity.WARNING));
    }

    /**
     * Acknowledges events by id, all or none (an unknown id is named and nothing changes); or with
     * {@code all}, the unacknowledged events that {@code event:list --unacknowledged} shows with the
     * same options.
     */
    public String ack(String... ids) {
        if (ids.length == 0) {
            throw new IllegalArgumentException(ACK_USAGE);
        }
        if (ids[0].equalsIgnoreCase("all")) {
            return ackShown(Arrays.asList(ids).subList(1, ids.length));
        }
        List<Event> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            events.find(number(id)).ifPresentOrElse(found::add, () -> unknown.add(id));
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("there is no event " + String.join(", ", unknown)
                    + "; nothing acknowledged (the ids are in the first column of event:list)");
        }
        Instant now = clock.instant();
        ZoneId zone = SiteTimeZone.of(settings);
        List<String> lines = new ArrayList<>();
        for (Event e : found) {
            lines.add(e.isAcknowledged() ? "event " + e.id() + " was acknowledged already: " + EventTable.line(e, zone)
                    : "acknowledged " + EventTable.line(events.acknowledge(e.id(), SHELL, now).orElseThrow(), zone));
        }
        return String.join("\n", lines);
    }

    private String ackShown(List<String> options) {
        EventQuery query = EventQuery.parse(options, clock.instant(), SiteTimeZone.of(settings));
        EventFilter unacknowledged = query.filter().unacknowledged();
        Instant now = clock.instant();
        List<Event> shown = events.list(unacknowledged, 0, query.limit());
        shown.forEach(e -> events.acknowledge(e.id(), SHELL, now));
        boolean more = !events.list(unacknowledged, 0, 1).isEmpty();
        return "acknowledged " + shown.size() + " event(s) " + query.window()
                + (more ? "; more of them are unacknowledged: run it again" : "");
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + id + "' is not an event id (a number from event:list); " + ACK_USAGE, e);
        }
    }
}
