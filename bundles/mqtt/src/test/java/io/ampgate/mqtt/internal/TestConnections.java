package io.ampgate.mqtt.internal;

import io.ampgate.mqtt.MqttConnection;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** Broker connections for the tests of other packages, reconnecting within a second. */
public final class TestConnections {
    private static final AtomicInteger IDS = new AtomicInteger();

    private TestConnections() {}

    public static MqttConnection open(String url) {
        return open(url, "", "");
    }

    public static MqttConnection open(String url, String user, String password) {
        return new BrokerConnection(new BrokerSettings(url, "ampgate-test-" + IDS.incrementAndGet(), user, password,
                null, "", "ampgate", Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(1)));
    }

    /** Over TLS, trusting the given store (or the Java defaults when {@code null}). */
    public static MqttConnection openTls(String url, java.nio.file.Path trustStore) {
        return new BrokerConnection(new BrokerSettings(url, "ampgate-test-" + IDS.incrementAndGet(), "", "",
                trustStore, "", "ampgate", Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(1)));
    }

    /** Stops it as the framework would (goodbye, then disconnect). */
    public static void close(MqttConnection connection) {
        ((BrokerConnection) connection).close();
    }
}
