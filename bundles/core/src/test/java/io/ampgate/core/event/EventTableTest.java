package io.ampgate.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.store.event.Event;
import io.ampgate.store.event.EventSource;
import io.ampgate.store.event.Severity;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@code event:list} shows events: one line each, in the site's time zone. */
class EventTableTest {
    static final Instant T = Instant.parse("2026-03-02T07:59:58.250Z");
    static final ZoneId PARIS = EventQueryTest.PARIS;

    @Test
    void everyEventIsOneLine() {
        record Case(String name, Event event, String line) {}
        List<Case> cases = List.of(
                new Case("an alarm of the energy manager",
                        new Event(12, T, EventSource.SYSTEM, "ems", Severity.ALARM, "meter-silent:site",
                                "zone Main: meter grid has no reading", null, null),
                        "12      2026-03-02 08:59:58 ALARM    system/ems           meter-silent:site    "
                                + "zone Main: meter grid has no reading"),
                new Case("acknowledged: who did it comes last",
                        new Event(7, T, EventSource.STATION, "CP-D1", Severity.WARNING, "disconnected",
                                "Disconnected (closed)", T.plusSeconds(60), "shell"),
                        "7       2026-03-02 08:59:58 WARNING  station/CP-D1        disconnected         "
                                + "Disconnected (closed)  [ack by shell]"),
                new Case("a message of several lines on one",
                        new Event(1234567, T, EventSource.METER, "grid", Severity.INFO, "c", "first\r\n  second\nthird ",
                                null, null),
                        "1234567 2026-03-02 08:59:58 INFO     meter/grid           c                    first second third"),
                new Case("long columns push the rest, never cut it",
                        new Event(8, T, EventSource.STATION, "a-very-long-station-identity", Severity.INFO,
                                "a-long-code-of-twenty-five", "m", null, null),
                        "8       2026-03-02 08:59:58 INFO     station/a-very-long-station-identity "
                                + "a-long-code-of-twenty-five m"));
        for (Case c : cases) {
            assertThat(EventTable.line(c.event(), PARIS)).as(c.name()).isEqualTo(c.line());
        }
    }

    @Test
    void theListingEndsWithWhatIsLeftToAcknowledge() {
        EventQuery day = EventQuery.parse(List.of(), EventQueryTest.NOW, PARIS);
        Event e = new Event(12, T, EventSource.SYSTEM, "ems", Severity.ALARM, "pv:data-lost", "pv: PV data lost", null, null);

        assertThat(EventTable.render(List.of(e), false, day, PARIS, 1)).isEqualTo("""
                ID      TIME                SEVERITY SOURCE               CODE                 MESSAGE
                12      2026-03-02 08:59:58 ALARM    system/ems           pv:data-lost         pv: PV data lost
                (1 event(s) in the last 24 h, times in Europe/Paris)
                1 unacknowledged warning(s) or alarm(s) on the site: event:ack ID... or event:ack all""");
        assertThat(EventTable.render(List.of(e), true, day, PARIS, 0)).contains(
                "(1 event(s) in the last 24 h, times in Europe/Paris; more match: --limit N (at most 1000) or a shorter window)\n")
                .endsWith("\nno unacknowledged warnings or alarms");
        assertThat(EventTable.render(List.of(), false, day, PARIS, 3)).isEqualTo("""
                no events in the last 24 h that match
                3 unacknowledged warning(s) or alarm(s) on the site: event:ack ID... or event:ack all""");
    }
}
