package io.ampgate.ocpp.server;

import java.time.Duration;

/**
 * How the station server listens.
 *
 * @param host the address to bind, e.g. {@code 0.0.0.0}
 * @param port the ws port (0 picks a free one), or -1 for none
 * @param tlsPort the wss port (0 picks a free one), or -1 for none
 * @param maxMessageBytes the largest text message a station may send
 * @param liveness when to ping and drop silent connections
 * @param maxThreads the most threads Jetty may use
 */
public record ServerSettings(String host, int port, int tlsPort, int maxMessageBytes, Liveness liveness,
        int maxThreads) {

    public ServerSettings {
        if (port < -1 || port > 65535 || tlsPort < -1 || tlsPort > 65535) {
            throw new IllegalArgumentException("ports must be 0 to 65535, or -1 for none");
        }
        if (port == -1 && tlsPort == -1) {
            throw new IllegalArgumentException("at least one of the ws and wss ports must be open");
        }
        if (maxMessageBytes < 1024) {
            throw new IllegalArgumentException("the message size limit must be at least 1024 bytes");
        }
        if (maxThreads < 8) {
            throw new IllegalArgumentException("the server needs at least 8 threads");
        }
    }

    /** The sweep period of the liveness check: a fifth of the shorter of interval and timeout. */
    public Duration sweepPeriod() {
        Duration shorter = liveness.interval().compareTo(liveness.timeout()) < 0
                ? liveness.interval() : liveness.timeout();
        return shorter.dividedBy(5).compareTo(Duration.ofMillis(100)) < 0 ? Duration.ofMillis(100) : shorter.dividedBy(5);
    }
}
