package io.ampgate.simulator.ocpp;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import javax.net.ssl.SSLContext;

/** The settings of one simulator, as {@link SimulatorBuilder} collected them; see there. */
record Settings(String identity, URI baseUri, List<String> subprotocols, Map<String, String> headers,
        SSLContext sslContext, HttpClient client, ScheduledExecutorService scheduler,
        Duration connectTimeout, Duration callTimeout, int connectors, String vendor, String model,
        Clock clock, int logCapacity, boolean concurrentCalls, boolean remoteTransactions) {

    Settings {
        subprotocols = List.copyOf(subprotocols);
        headers = Map.copyOf(headers);
    }

    /** The HttpClient given, or else one shared by all simulators, or with TLS one of its own. */
    HttpClient httpClient() {
        if (client != null) {
            return client;
        }
        return sslContext == null ? Shared.httpClient() : HttpClient.newBuilder().sslContext(sslContext).build();
    }

    ScheduledExecutorService schedulerOrShared() {
        return scheduler != null ? scheduler : Shared.scheduler();
    }
}
