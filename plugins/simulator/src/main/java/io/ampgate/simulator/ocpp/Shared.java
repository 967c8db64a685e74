package io.ampgate.simulator.ocpp;

import java.net.http.HttpClient;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What simulators share unless told otherwise, so that thousands of them fit in one JVM: one
 * HttpClient (one selector thread) and one scheduler thread, both daemons, created on first use.
 */
final class Shared {

    private Shared() {
    }

    private static final class Client {
        static final HttpClient INSTANCE = HttpClient.newHttpClient();
    }

    private static final class Scheduler {
        static final ScheduledExecutorService INSTANCE = Executors.newSingleThreadScheduledExecutor(
                task -> Thread.ofPlatform().daemon().name("ocpp-simulator-scheduler").unstarted(task));
    }

    static HttpClient httpClient() {
        return Client.INSTANCE;
    }

    static ScheduledExecutorService scheduler() {
        return Scheduler.INSTANCE;
    }
}
