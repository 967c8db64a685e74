package io.ampgate.mqtt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.mqtt.MqttConnection;
import io.ampgate.mqtt.testing.MosquittoBroker;
import io.ampgate.mqtt.testing.Poll;
import io.ampgate.mqtt.testing.TcpRelay;
import io.ampgate.mqtt.testing.TestClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The broker connection against a real Mosquitto on 127.0.0.1. */
class BrokerConnectionTest {
    private static final String STATUS = "ampgate/status";

    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Logger log = Logger.getLogger("io.ampgate.mqtt");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logged.add(r);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureLog() {
        MosquittoBroker.assumeInstalled();
        log.setLevel(Level.ALL);
        log.addHandler(capture);
    }

    @AfterEach
    void closeAll() throws Exception {
        log.removeHandler(capture);
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    @Test
    void connectsSaysOnlineAndAtACleanStopOffline() throws Exception {
        MosquittoBroker broker = keep(MosquittoBroker.anonymous());
        TestClient bms = keep(new TestClient(broker.url(), "bms").subscribe(STATUS));

        MqttConnection gateway = TestConnections.open(broker.url());
        Poll.until("online", () -> "online".equals(bms.last(STATUS)), broker::log);
        assertThat(gateway.isConnected()).isTrue();
        assertThat(gateway.baseTopic()).isEqualTo("ampgate");

        TestConnections.close(gateway);
        Poll.until("offline after a clean stop", () -> "offline".equals(bms.last(STATUS)), broker::log);
        TestClient later = keep(new TestClient(broker.url(), "later").subscribe(STATUS));
        Poll.until("offline kept for later subscribers", () -> "offline".equals(later.last(STATUS)));
    }

    @Test
    void theLastWillSaysOfflineWhenTheConnectionDiesAndItComesBack() throws Exception {
        MosquittoBroker broker = keep(MosquittoBroker.anonymous());
        TcpRelay network = keep(new TcpRelay(broker.port()));
        TestClient bms = keep(new TestClient(broker.url(), "bms").subscribe(STATUS));
        MqttConnection gateway = open(network.url());
        Poll.until("online", () -> "online".equals(bms.last(STATUS)), broker::log);

        network.cut();

        Poll.until("the broker publishes the last will", () -> bms.texts(STATUS).contains("offline"), broker::log);
        Poll.until("online again after reconnecting", () -> bms.texts(STATUS).equals(List.of("online", "offline", "online")),
                () -> bms.texts(STATUS) + "\n" + broker.log());
        assertThat(gateway.isConnected()).isTrue();
    }

    @Test
    void subscriptionsAndWatchersLiveThroughABrokerRestart() throws Exception {
        MosquittoBroker broker = keep(MosquittoBroker.anonymous());
        MqttConnection gateway = open(broker.url());
        List<String> arrived = new CopyOnWriteArrayList<>();
        List<Boolean> changes = new CopyOnWriteArrayList<>();
        gateway.subscribe("in/#", 1, (topic, payload, retained) -> arrived.add(topic + "=" + new String(payload, StandardCharsets.UTF_8)));
        gateway.watch(changes::add);
        Poll.until("connected", gateway::isConnected, broker::log);

        broker.stop();
        Poll.until("the loss noticed", () -> !gateway.isConnected() && changes.contains(false));
        assertThat(gateway.publish("out", new byte[] {1}, 1, false)).as("nothing is queued while disconnected").isFalse();

        broker.start();
        Poll.until("reconnected", () -> gateway.isConnected() && changes.get(changes.size() - 1), broker::log);
        try (TestClient bms = new TestClient(broker.url(), "bms")) {
            bms.publish("ampgate/in/a/b", "hello");
            bms.publish("elsewhere/in/a", "not ours");
            Poll.until("the subscription renewed", () -> arrived.contains("in/a/b=hello"), broker::log);
        }
        assertThat(arrived).containsExactly("in/a/b=hello");
        assertThat(changes).startsWith(false, true, false).endsWith(true);
    }

    @Test
    void aLossRacingWithTheConnectLeavesTheWatchersOnDisconnected() throws Exception {
        MosquittoBroker broker = keep(MosquittoBroker.anonymous());
        broker.stop();
        MqttConnection gateway = open(broker.url());
        List<Boolean> first = new CopyOnWriteArrayList<>();
        List<Boolean> second = new CopyOnWriteArrayList<>();
        // told of the connect, the first watcher stops the broker for good and gives Paho's thread a
        // second to report the loss before it returns: the loss comes while the watchers are told
        gateway.watch(connected -> {
            first.add(connected);
            if (connected) {
                broker.stop();
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
                while (first.getLast() && System.nanoTime() < end) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
                }
            }
        });
        gateway.watch(second::add);

        broker.start();

        Poll.until("the first watcher told of the connect", () -> first.contains(true), broker::log);
        Poll.until("both watchers told of the loss last", () -> !first.getLast() && !second.getLast(),
                () -> "first " + first + ", second " + second);
        assertThat(gateway.isConnected()).isFalse();
        assertThat(second).containsExactly(false, true, false);
    }

    @Test
    void aHandlerThatThrowsDoesNotBreakTheConnection() throws Exception {
        MosquittoBroker broker = keep(MosquittoBroker.anonymous());
        MqttConnection gateway = open(broker.url());
        List<String> arrived = new CopyOnWriteArrayList<>();
        gateway.subscribe("in", 1, (topic, payload, retained) -> {
            arrived.add(new String(payload, StandardCharsets.UTF_8));
            throw new IllegalStateException("a bug in a handler");
        });
        Poll.until("connected", gateway::isConnected);
        TestClient bms = keep(new TestClient(broker.url(), "bms").subscribe(STATUS));
        Poll.until("subscribed", () -> "online".equals(bms.last(STATUS)));

        bms.publish("ampgate/in", "one");
        bms.publish("ampgate/in", "two");

        Poll.until("both delivered", () -> arrived.size() == 2);
        assertThat(bms.texts(STATUS)).containsExactly("online");
    }

    @Test
    void credentialsLetInOnlyTheRightPasswordWhichIsNeverLogged() throws Exception {
        String password = "s3cret-Pa55word";
        MosquittoBroker broker = keep(MosquittoBroker.withPassword("gateway", password));

        MqttConnection refused = open(broker.url(), "gateway", "wrong-" + password);
        Poll.until("the refusal logged", () -> logged.stream().anyMatch(r -> r.getLevel() == Level.WARNING
                && text(r).contains("Not authorized")), () -> logged.stream().map(BrokerConnectionTest::text).toList().toString());
        assertThat(refused.isConnected()).isFalse();

        MqttConnection anonymous = open(broker.url(), "", "");
        MqttConnection gateway = open(broker.url(), "gateway", password);
        Poll.until("connected with the password", gateway::isConnected, broker::log);
        assertThat(anonymous.isConnected()).isFalse();

        assertThat(logged).isNotEmpty().noneMatch(r -> text(r).contains(password));
    }

    @Test
    void tlsTrustsTheSitesCaAndChecksTheHostName() throws Exception {
        MosquittoBroker broker = keep(MosquittoBroker.withTls());
        String url = "ssl://127.0.0.1:" + broker.port();

        MqttConnection javaDefaults = keepOpen(TestConnections.openTls(url, null));
        MqttConnection wrongHost = keepOpen(TestConnections.openTls("ssl://localhost:" + broker.port(), broker.caFile()));
        MqttConnection gateway = keepOpen(TestConnections.openTls(url, broker.caFile()));

        Poll.until("connected over TLS", gateway::isConnected, broker::log);
        Poll.until("both others refused", () -> logged.stream().filter(r -> r.getLevel() == Level.WARNING
                && text(r).contains("cannot connect to ssl://")).count() >= 2, () -> logged.stream().map(BrokerConnectionTest::text).toList().toString());
        assertThat(javaDefaults.isConnected()).as("the test CA is not in the Java defaults").isFalse();
        assertThat(wrongHost.isConnected()).as("the certificate names 127.0.0.1, not localhost").isFalse();
    }

    private MqttConnection keepOpen(MqttConnection c) {
        toClose.add(() -> TestConnections.close(c));
        return c;
    }

    private MqttConnection open(String url) {
        return open(url, "", "");
    }

    private MqttConnection open(String url, String user, String password) {
        return keepOpen(TestConnections.open(url, user, password));
    }

    private <T extends AutoCloseable> T keep(T closeable) {
        toClose.add(closeable);
        return closeable;
    }

    private static String text(LogRecord r) {
        return new java.util.logging.SimpleFormatter().formatMessage(r) + (r.getThrown() == null ? "" : r.getThrown());
    }
}
