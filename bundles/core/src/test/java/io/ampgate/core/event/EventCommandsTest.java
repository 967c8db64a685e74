package io.ampgate.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.ampgate.store.event.Event;
import io.ampgate.store.event.EventSource;
import io.ampgate.store.event.Severity;
import io.ampgate.store.jdbc.site.JdbcSettingsRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code event:list} and {@code event:ack} over a real Derby store, on a site in Paris. */
class EventCommandsTest extends EventStoreTest {
    static final Instant NOW = EventQueryTest.NOW;

    private EventCommands event;
    private Event stationDown;
    private Event meterSilent;
    private Event yesterday;

    @BeforeEach
    void createCommandsAndEvents() {
        JdbcSettingsRepository settings = new JdbcSettingsRepository(db);
        settings.set("site.timeZone", "Europe/Paris");
        event = new EventCommands(events, settings, Clock.fixed(NOW, ZoneOffset.UTC));
        yesterday = events.add(NOW.minus(Duration.ofHours(30)), EventSource.STATION, "CP1", Severity.WARNING,
                "disconnected", "Disconnected (ping timeout)");
        stationDown = events.add(NOW.minus(Duration.ofHours(3)), EventSource.STATION, "CP1", Severity.INFO, "connected",
                "Connected");
        meterSilent = events.add(NOW.minus(Duration.ofHours(1)), EventSource.SYSTEM, "ems", Severity.ALARM,
                "meter-silent:site", "zone Main: meter grid has no reading; on its fallback limit 20.0/20.0/20.0 A");
    }

    @Test
    void anOperatorListsTheLastDayAndNarrowsItDown() {
        assertThat(event.list()).isEqualTo("""
                ID      TIME                SEVERITY SOURCE               CODE                 MESSAGE
                %d%s2026-03-02 12:00:00 ALARM    system/ems           meter-silent:site    zone Main: meter grid has no reading; on its fallback limit 20.0/20.0/20.0 A
                %d%s2026-03-02 10:00:00 INFO     station/CP1          connected            Connected
                (2 event(s) in the last 24 h, times in Europe/Paris)
                2 unacknowledged warning(s) or alarm(s) on the site: event:ack ID... or event:ack all"""
                .formatted(meterSilent.id(), pad(meterSilent), stationDown.id(), pad(stationDown)));

        assertThat(event.list("--hours", "48", "--source", "station", "CP1")).contains("Connected")
                .contains("Disconnected (ping timeout)").doesNotContain("meter-silent");
        assertThat(event.list("--severity", "warning")).contains("meter-silent").doesNotContain("Connected");
        assertThat(event.list("--since", "2026-03-01T06:00", "--limit", "1")).contains("meter-silent")
                .contains("(1 event(s) since 2026-03-01 06:00:00, times in Europe/Paris; more match");
        assertThat(event.list("--source", "meter")).startsWith("no events in the last 24 h that match\n");
    }

    @Test
    void anOperatorAcknowledgesEventsByIdOrAllThatAreShown() {
        assertThat(event.ack(Long.toString(meterSilent.id()))).startsWith("acknowledged " + meterSilent.id() + " ")
                .endsWith("[ack by shell]");
        assertThat(events.find(meterSilent.id()).orElseThrow().acknowledgedAt()).isEqualTo(NOW);
        assertThat(event.list("--unacknowledged", "--hours", "48")).doesNotContain("meter-silent")
                .endsWith("\n1 unacknowledged warning(s) or alarm(s) on the site: event:ack ID... or event:ack all");
        assertThat(event.list()).contains("fallback limit 20.0/20.0/20.0 A  [ack by shell]");
        assertThat(event.ack(Long.toString(meterSilent.id()))).as("the first acknowledgement stands")
                .startsWith("event " + meterSilent.id() + " was acknowledged already: ");

        assertThat(event.ack("all")).isEqualTo("acknowledged 1 event(s) in the last 24 h");
        assertThat(events.find(stationDown.id()).orElseThrow().acknowledgedBy()).isEqualTo("shell");
        assertThat(events.find(yesterday.id()).orElseThrow().isAcknowledged()).as("not shown: older than 24 h").isFalse();
        events.add(NOW.minusSeconds(1), EventSource.METER, "grid", Severity.WARNING, "c", "m");
        assertThat(event.ack("all", "--hours", "48", "--limit", "1")).isEqualTo("acknowledged 1 event(s) in the last 48 h;"
                + " more of them are unacknowledged: run it again");
        assertThat(event.ack("all", "--hours", "48")).isEqualTo("acknowledged 1 event(s) in the last 48 h");
        assertThat(event.list()).endsWith("\nno unacknowledged warnings or alarms");
    }

    @Test
    void unknownIdsAndWrongOptionsAreRefusedAndChangeNothing() {
        long unknown = meterSilent.id() + 1000;
        assertThatIllegalArgumentException().isThrownBy(() -> event.ack(Long.toString(meterSilent.id()), Long.toString(unknown)))
                .withMessageStartingWith("there is no event " + unknown + "; nothing acknowledged");
        assertThat(events.find(meterSilent.id()).orElseThrow().isAcknowledged()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> event.ack("twelve"))
                .withMessageStartingWith("'twelve' is not an event id");
        assertThatIllegalArgumentException().isThrownBy(() -> event.ack()).withMessage(EventCommands.ACK_USAGE);
        assertThatIllegalArgumentException().isThrownBy(() -> event.ack("all", "--hours", "-1"))
                .withMessage("--hours -1 is not a whole number from 1 to 87840");
        assertThatIllegalArgumentException().isThrownBy(() -> event.list("--severity", "loud"))
                .withMessage("--severity loud is not info, warning or alarm");
        assertThat(events.countUnacknowledged(Severity.INFO)).isEqualTo(3);
    }

    /** The spaces after an id up to the time column. */
    private static String pad(Event e) {
        return " ".repeat(8 - Long.toString(e.id()).length());
    }
}
