package io.ampgate.mqtt.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.event.Topics;
import io.ampgate.api.signal.GridSignal;
import io.ampgate.api.signal.GridSignalLevel;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.mqtt.MqttConnection;
import io.ampgate.mqtt.internal.TestConnections;
import io.ampgate.mqtt.testing.MosquittoBroker;
import io.ampgate.mqtt.testing.Poll;
import io.ampgate.mqtt.testing.TestClient;
import io.ampgate.store.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** The MQTT grid-signal source against a real Mosquitto on 127.0.0.1, on a virtual clock. */
class MqttSignalSourceTest {
    private static final String SET = "ampgate/signal/grid/set";
    private static final String STATE = "ampgate/signal/grid/state";
    private static final String ERROR = "ampgate/signal/grid/error";
    private static final Duration LOST_AFTER = Duration.ofSeconds(60);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    private final Logger log = Logger.getLogger(MqttSignalSource.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel() == Level.WARNING) {
                warnings.add(r);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private MosquittoBroker broker;
    private MqttConnection connection;
    private MqttSignalSource source;
    private TestClient bms;
    private final List<Boolean> connectionChanges = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        broker = MosquittoBroker.anonymous();
        bms = new TestClient(broker.url(), "bms").subscribe("ampgate/signal/grid/#");
        connection = TestConnections.open(broker.url());
        source = new MqttSignalSource(connection, LOST_AFTER, clock, Duration.ofMillis(20));
        source.events = recorder();
        // told after the source, which watched first
        connection.watch(connectionChanges::add);
        Poll.until("the source subscribed and said it holds nothing",
                () -> "{\"level\":\"none\"}".equals(bms.last(STATE)), broker::log);
        log.addHandler(capture);
    }

    @AfterEach
    void stop() throws Exception {
        log.removeHandler(capture);
        if (source != null) {
            source.close();
        }
        if (connection != null) {
            TestConnections.close(connection);
        }
        if (bms != null) {
            bms.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void aPublishedSignalIsReportedAcknowledgedAndPosted() throws Exception {
        bms.publish(SET, "{\"level\":\"constrained\",\"cap\":30}");

        GridSignal signal = awaitLevel(GridSignalLevel.CONSTRAINED);
        assertThat(signal.cap()).isEqualTo(PhaseValues.all(30));
        assertThat(signal.maxSessions()).isEmpty();
        assertThat(signal.timestamp()).isEqualTo(clock.instant());
        Event event = awaitEvent(GridSignalLevel.CONSTRAINED);
        assertThat(event.getProperty(Topics.PROP_SIGNAL_ID)).isEqualTo("mqtt");
        assertThat(event.getProperty(Topics.PROP_TIMESTAMP)).isEqualTo(clock.millis());
        assertThat(event.getProperty(Topics.PROP_SIGNAL)).isEqualTo(signal);
        Poll.until("acknowledged", () -> bms.last(STATE).contains("constrained"));
        assertThat(bms.last(STATE)).isEqualTo("{\"level\":\"constrained\",\"cap\":[30.0,30.0,30.0],"
                + "\"receivedAt\":\"2026-11-22T08:00:00Z\"}");

        bms.publish(SET, "{\"level\":\"favorable\"}");
        awaitLevel(GridSignalLevel.FAVORABLE);
        awaitEvent(GridSignalLevel.FAVORABLE);
        Poll.until("acknowledged", () -> bms.last(STATE).equals("{\"level\":\"favorable\",\"receivedAt\":\"2026-11-22T08:00:00Z\"}"));
        assertThat(bms.texts(ERROR)).isEmpty();
    }

    @Test
    void aSignalReceivedBeforeEventAdminIsThereIsPostedOnceItIs() throws Exception {
        source.events = null;
        bms.publish(SET, "{\"level\":\"constrained\",\"cap\":30}");
        awaitLevel(GridSignalLevel.CONSTRAINED);
        assertThat(events).isEmpty();

        source.events = recorder();
        source.check();
        assertThat(awaitEvent(GridSignalLevel.CONSTRAINED).getProperty(Topics.PROP_SIGNAL)).isEqualTo(source.gridSignal().orElseThrow());
    }

    @Test
    void theSameSignalConfirmedAgainIsAcknowledgedButNotPostedAgain() throws Exception {
        bms.publish(SET, "{\"level\":\"constrained\",\"cap\":30}");
        awaitEvent(GridSignalLevel.CONSTRAINED);
        clock.advance(Duration.ofSeconds(10));

        bms.publish(SET, "{\"level\":\"constrained\",\"cap\":30,\"validForSeconds\":300}");
        bms.publish(SET, "{\"level\":\"constrained\",\"cap\":20}");

        awaitEvent(GridSignalLevel.CONSTRAINED, 2);
        assertThat(events).extracting(e -> ((GridSignal) e.getProperty(Topics.PROP_SIGNAL)).cap())
                .as("one event for each different signal, in the order received")
                .containsExactly(PhaseValues.all(30), PhaseValues.all(20));
        String confirmed = "{\"level\":\"constrained\",\"cap\":[30.0,30.0,30.0],\"receivedAt\":\"2026-11-22T08:00:10Z\","
                + "\"validUntil\":\"2026-11-22T08:05:10Z\"}";
        Poll.until("the confirmation acknowledged", () -> bms.texts(STATE).contains(confirmed), () -> bms.texts(STATE).toString());
    }

    @Test
    void aCapPerPhase() throws Exception {
        bms.publish(SET, "{\"level\":\"constrained\",\"cap\":[30,30,20]}");

        assertThat(awaitLevel(GridSignalLevel.CONSTRAINED).cap()).isEqualTo(PhaseValues.of(30, 30, 20));
        Poll.until("acknowledged", () -> bms.last(STATE).contains("\"cap\":[30.0,30.0,20.0]"));
    }

    @Test
    void aNumberOfSessions() throws Exception {
        bms.publish(SET, "{\"level\":\"constrained\",\"maxSessions\":2}");

        GridSignal signal = awaitLevel(GridSignalLevel.CONSTRAINED);
        assertThat(signal.maxSessions()).isEqualTo(OptionalInt.of(2));
        assertThat(signal.cap()).isEqualTo(PhaseValues.none());
        assertThat(awaitEvent(GridSignalLevel.CONSTRAINED).getProperty(Topics.PROP_SIGNAL)).isEqualTo(signal);
        Poll.until("acknowledged", () -> bms.last(STATE).contains("\"maxSessions\":2"));
    }

    @Test
    void aSignalGivenForAWhileExpiresIntoNoSignal() throws Exception {
        bms.publish(SET, "{\"level\":\"constrained\",\"cap\":16,\"validForSeconds\":300}");
        awaitLevel(GridSignalLevel.CONSTRAINED);
        Poll.until("acknowledged with its end", () -> bms.last(STATE).contains("\"validUntil\":\"2026-11-22T08:05:00Z\""));

        clock.advance(Duration.ofSeconds(300));
        assertThat(source.gridSignal().map(GridSignal::level)).as("still valid at its end").contains(GridSignalLevel.CONSTRAINED);
        clock.advance(Duration.ofSeconds(1));

        assertThat(source.gridSignal()).isEmpty();
        Poll.until("the expiry posted", () -> events.size() == 2 && events.get(1).getProperty(Topics.PROP_LEVEL) == null);
        assertThat(events.get(1).getProperty(Topics.PROP_SIGNAL_ID)).isEqualTo("mqtt");
        Poll.until("no signal in force any more", () -> "{\"level\":\"none\"}".equals(bms.last(STATE)));
    }

    @Test
    void wrongPayloadsAreAnsweredOnTheErrorTopicAndThePreviousSignalStays() throws Exception {
        bms.publish(SET, "{\"level\":\"favorable\"}");
        awaitEvent(GridSignalLevel.FAVORABLE);

        bms.publish(SET, "{\"level\":\"orange\"}");
        bms.publish(SET, "{\"level\":\"orange\"}");
        bms.publish(SET, "not json");
        bms.publish(SET, "{\"level\":\"constrained\",\"cap\":-1}");

        Poll.until("four refusals", () -> bms.texts(ERROR).size() == 4, () -> bms.texts(ERROR).toString());
        assertThat(bms.texts(ERROR).get(0)).isEqualTo("{\"error\":\"level must be favorable, constrained or lost, not "
                + "\\\"orange\\\"\",\"payload\":\"{\\\"level\\\":\\\"orange\\\"}\"}");
        assertThat(bms.texts(ERROR).get(2)).startsWith("{\"error\":\"not JSON: ");
        assertThat(bms.texts(ERROR).get(3)).contains("a cap must be a number of amperes >= 0, not -1");
        assertThat(source.gridSignal().map(GridSignal::level)).contains(GridSignalLevel.FAVORABLE);
        assertThat(events).hasSize(1);
        assertThat(bms.last(STATE)).contains("favorable");
        assertThat(warnings).as("the same refusal twice is logged once").hasSize(3);
    }

    @Test
    void aBrokerGoneForTheTimeoutMakesTheSignalLostUntilItReturns() throws Exception {
        bms.publish(SET, "{\"level\":\"constrained\",\"cap\":32}");
        awaitEvent(GridSignalLevel.CONSTRAINED);
        bms.close();
        bms = null;

        stopBroker();
        clock.advance(LOST_AFTER.minusSeconds(1));
        assertThat(source.gridSignal().map(GridSignal::level)).contains(GridSignalLevel.CONSTRAINED);
        clock.advance(Duration.ofSeconds(1));

        assertThat(source.gridSignal()).contains(GridSignal.lost(clock.instant()));
        awaitEvent(GridSignalLevel.LOST);

        broker.start();
        awaitEvent(GridSignalLevel.CONSTRAINED, 2);
        assertThat(source.gridSignal().map(GridSignal::cap)).contains(PhaseValues.all(32));
        try (TestClient later = new TestClient(broker.url(), "later").subscribe(STATE)) {
            Poll.until("the state published again on the restarted broker",
                    () -> later.last(STATE) != null && later.last(STATE).contains("constrained"));
        }
        assertThat(events).extracting(e -> e.getProperty(Topics.PROP_LEVEL)).containsExactly("CONSTRAINED", "LOST", "CONSTRAINED");
    }

    @Test
    void aSignalThatExpiredWhileTheBrokerWasGoneIsNoSignal() throws Exception {
        bms.publish(SET, "{\"level\":\"favorable\",\"validForSeconds\":90}");
        awaitEvent(GridSignalLevel.FAVORABLE);

        stopBroker();
        clock.advance(LOST_AFTER);
        awaitEvent(GridSignalLevel.LOST);
        clock.advance(Duration.ofSeconds(31));

        assertThat(source.gridSignal()).isEmpty();
        Poll.until("the end posted", () -> events.size() == 3 && events.get(2).getProperty(Topics.PROP_LEVEL) == null);
    }

    /** Stops the broker and waits until the source has been told (it watched before the test). */
    private void stopBroker() {
        int before = connectionChanges.size();
        broker.stop();
        Poll.until("the source told of the loss", () -> connectionChanges.subList(before, connectionChanges.size()).contains(false));
    }

    private GridSignal awaitLevel(GridSignalLevel level) {
        Poll.until("the source reports " + level, () -> source.gridSignal().map(GridSignal::level).equals(Optional.of(level)),
                () -> "it reports " + source.gridSignal() + "\n" + broker.log());
        return source.gridSignal().orElseThrow();
    }

    private Event awaitEvent(GridSignalLevel level) {
        return awaitEvent(level, 1);
    }

    private Event awaitEvent(GridSignalLevel level, int nth) {
        Poll.until(nth + " event(s) " + level, () -> withLevel(level).size() >= nth, () -> events.toString());
        return withLevel(level).get(nth - 1);
    }

    private List<Event> withLevel(GridSignalLevel level) {
        return events.stream().filter(e -> level.name().equals(e.getProperty(Topics.PROP_LEVEL))).toList();
    }

    private EventAdmin recorder() {
        return new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                assertThat(event.getTopic()).isEqualTo(Topics.SIGNAL_GRID);
                events.add(event);
            }

            @Override
            public void sendEvent(Event event) {
                postEvent(event);
            }
        };
    }
}
