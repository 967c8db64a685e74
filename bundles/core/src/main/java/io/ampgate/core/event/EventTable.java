package io.ampgate.core.event;

import io.ampgate.store.event.Event;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The site's events as {@code event:list} shows them: one line each, newest first, in the site's time zone. */
final class EventTable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final String FORMAT = "%-7s %-19s %-8s %-20s %-20s %s%n";

    private EventTable() {
    }

    /**
     * The listing.
     *
     * @param shown the events to show, newest first
     * @param more whether more events matched than are shown
     * @param query what was asked for
     * @param zone the site's time zone
     * @param unacknowledged how many warnings and alarms no operator has acknowledged on the whole site
     * @return the lines, the last one the count of unacknowledged warnings and alarms
     */
    static String render(List<Event> shown, boolean more, EventQuery query, ZoneId zone, long unacknowledged) {
        StringBuilder out = new StringBuilder();
        if (shown.isEmpty()) {
            out.append("no events ").append(query.window()).append(" that match\n");
        } else {
            out.append(String.format(Locale.ROOT, FORMAT, "ID", "TIME", "SEVERITY", "SOURCE", "CODE", "MESSAGE"));
            shown.forEach(e -> out.append(line(e, zone)).append('\n'));
            out.append("(").append(shown.size()).append(" event(s) ").append(query.window()).append(", times in ").append(zone)
                    .append(more ? "; more match: --limit N (at most " + EventQuery.MAX_LIMIT + ") or a shorter window" : "")
                    .append(")\n");
        }
        out.append(unacknowledged == 0 ? "no unacknowledged warnings or alarms"
                : unacknowledged + " unacknowledged warning(s) or alarm(s) on the site: event:ack ID... or event:ack all");
        return out.toString().replaceAll(" +\n", "\n");
    }

    /** One event on one line: a message's line breaks become spaces; who acknowledged it comes last. */
    static String line(Event e, ZoneId zone) {
        String message = e.message().strip().replaceAll("\\s*\\R\\s*", " ");
        String line = String.format(Locale.ROOT, FORMAT, e.id(), TIME.format(e.time().atZone(zone)), e.severity(),
                e.source().name().toLowerCase(Locale.ROOT) + "/" + e.sourceId(), e.code(), message).stripTrailing();
        return e.isAcknowledged() ? line + "  [ack by " + e.acknowledgedBy() + "]" : line;
    }
}
