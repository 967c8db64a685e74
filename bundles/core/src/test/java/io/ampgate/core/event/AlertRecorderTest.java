package io.ampgate.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.ampgate.api.event.Topics;
import io.ampgate.store.event.Event;
import io.ampgate.store.event.EventFilter;
import io.ampgate.store.event.EventSource;
import io.ampgate.store.event.Severity;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The energy manager's alerts written into the site's event list, over a real Derby store. */
class AlertRecorderTest extends EventStoreTest {
    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private AlertRecorder recorder;

    @BeforeEach
    void createRecorder() {
        recorder = new AlertRecorder(events, Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC));
    }

    static org.osgi.service.event.Event alert(String topic, Object... properties) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < properties.length; i += 2) {
            map.put((String) properties[i], properties[i + 1]);
        }
        return new org.osgi.service.event.Event(topic, map);
    }

    private List<Event> stored() {
        return events.list(EventFilter.between(T0.minusSeconds(1), T0.plusSeconds(7200)), 0, 100);
    }

    @Test
    void aRaisedAlertIsAnAlarmOfTheEnergyManagerAndItsEndAnInfoWithTheSameCode() {
        String message = "zone Main: meter grid silent since 2026-03-02T07:59:57Z; on its fallback limit 20.0/20.0/20.0 A";
        recorder.handleEvent(alert(Topics.ALERT_RAISED, Topics.PROP_ALERT_ID, "meter-silent:site",
                Topics.PROP_MESSAGE, message, Topics.PROP_TIMESTAMP, T0.toEpochMilli()));
        recorder.handleEvent(alert(Topics.ALERT_CLEARED, Topics.PROP_ALERT_ID, "meter-silent:site",
                Topics.PROP_MESSAGE, message, Topics.PROP_TIMESTAMP, T0.plusSeconds(60).toEpochMilli()));

        assertThat(stored()).extracting(Event::time, Event::source, Event::sourceId, Event::severity, Event::code,
                Event::message, Event::isAcknowledged).containsExactly(
                tuple(T0.plusSeconds(60), EventSource.SYSTEM, "ems", Severity.INFO,
                        "meter-silent:site", "cleared: " + message, false),
                tuple(T0, EventSource.SYSTEM, "ems", Severity.ALARM, "meter-silent:site",
                        message, false));
        assertThat(events.countUnacknowledged(Severity.WARNING)).as("the raised one waits for an operator").isEqualTo(1);
    }

    @Test
    void anAlertAboutAStationOrAMeterIsAboutIt() {
        record Case(String name, Object[] properties, EventSource source, String sourceId) {}
        List<Case> cases = List.of(
                new Case("a station", new Object[] {Topics.PROP_STATION_ID, "CP1", Topics.PROP_ZONE_ID, "site"},
                        EventSource.STATION, "CP1"),
                new Case("a meter", new Object[] {Topics.PROP_METER_ID, "grid", Topics.PROP_ZONE_ID, "site"},
                        EventSource.METER, "grid"),
                new Case("a station before a meter", new Object[] {Topics.PROP_METER_ID, "grid", Topics.PROP_STATION_ID, "CP1"},
                        EventSource.STATION, "CP1"),
                new Case("a zone only", new Object[] {Topics.PROP_ZONE_ID, "site"}, EventSource.SYSTEM, "ems"),
                new Case("a blank meter id", new Object[] {Topics.PROP_METER_ID, " "}, EventSource.SYSTEM, "ems"));
        for (Case c : cases) {
            Object[] all = new Object[c.properties().length + 4];
            System.arraycopy(new Object[] {Topics.PROP_ALERT_ID, "x:" + c.name(), Topics.PROP_MESSAGE, c.name()}, 0, all, 0, 4);
            System.arraycopy(c.properties(), 0, all, 4, c.properties().length);
            recorder.handleEvent(alert(Topics.ALERT_RAISED, all));
            Event e = stored().get(0);
            assertThat(e.code()).as(c.name() + ": this case's alert, not the one before").isEqualTo("x:" + c.name());
            assertThat(e.source()).as(c.name()).isEqualTo(c.source());
            assertThat(e.sourceId()).as(c.name()).isEqualTo(c.sourceId());
            assertThat(e.time()).as(c.name() + ": no timestamp, the time it arrived").isEqualTo(T0.plusSeconds(3600));
        }
    }

    @Test
    void longIdsAndMessagesAreShortenedAndTheFullIdStaysInTheMessage() {
        String id = "pv:" + "a".repeat(80);
        recorder.handleEvent(alert(Topics.ALERT_RAISED, Topics.PROP_ALERT_ID, id, Topics.PROP_MESSAGE, "pv: data lost",
                Topics.PROP_TIMESTAMP, T0.toEpochMilli()));
        recorder.handleEvent(alert(Topics.ALERT_RAISED, Topics.PROP_ALERT_ID, "pv:data-lost",
                Topics.PROP_MESSAGE, "m".repeat(5000), Topics.PROP_TIMESTAMP, T0.plusSeconds(1).toEpochMilli()));
        recorder.handleEvent(alert(Topics.ALERT_RAISED, Topics.PROP_TIMESTAMP, T0.plusSeconds(2).toEpochMilli()));

        List<Event> stored = stored();
        assertThat(stored).hasSize(3);
        assertThat(stored.get(0)).as("no id, no message").extracting(Event::code, Event::message)
                .containsExactly("alert", "alert");
        assertThat(stored.get(1).message()).as("shortened by the store").hasSize(Event.MAX_MESSAGE).endsWith("\u2026");
        assertThat(stored.get(2).code()).hasSize(AlertRecorder.MAX_ID).startsWith("pv:aaa").endsWith("\u2026");
        assertThat(stored.get(2).message()).isEqualTo("pv: data lost (alert " + id + ")");
    }

    @Test
    void aFailingStoreNeverFailsTheDeliveryAndOtherTopicsAreIgnored() {
        recorder.handleEvent(alert(Topics.ALERT + "/OTHER", Topics.PROP_ALERT_ID, "x", Topics.PROP_MESSAGE, "m"));
        assertThat(stored()).isEmpty();

        List<String> logged = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r.getLevel() + " " + r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(AlertRecorder.class.getName());
        log.addHandler(handler);
        try {
            db.close();
            recorder.handleEvent(alert(Topics.ALERT_RAISED, Topics.PROP_ALERT_ID, "pv:data-lost", Topics.PROP_MESSAGE,
                    "pv: PV data lost"));
        } finally {
            log.removeHandler(handler);
        }
        assertThat(logged).containsExactly("WARNING could not store the alert pv:data-lost in the event list (pv: PV data lost)");
    }
}
