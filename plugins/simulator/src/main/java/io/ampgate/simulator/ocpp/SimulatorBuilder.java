package io.ampgate.simulator.ocpp;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import javax.net.ssl.SSLContext;

/**
 * Builds a {@link ChargePointSimulator}; from {@link ChargePointSimulator#builder}. The defaults
 * suit tests against a local central system: subprotocol ocpp1.6 offered, no password, one
 * connector, 10 s to connect and for each CALL, the last 1000 texts and CALLs kept.
 */
public final class SimulatorBuilder {

    private final String identity;
    private final URI baseUri;
    private List<String> subprotocols = List.of("ocpp1.6");
    private final Map<String, String> headers = new LinkedHashMap<>();
    private SSLContext sslContext;
    private HttpClient client;
    private ScheduledExecutorService scheduler;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration callTimeout = Duration.ofSeconds(10);
    private int connectors = 1;
    private String vendor = "Ampgate";
    private String model = "Simulator";
    private Clock clock = Clock.systemUTC();
    private int logCapacity = 1000;
    private boolean concurrentCalls;
    private boolean remoteTransactions;

    SimulatorBuilder(String identity, URI baseUri) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
    }

    /** The subprotocols offered, most preferred first; none to offer none. */
    public SimulatorBuilder subprotocols(String... offered) {
        this.subprotocols = List.of(offered);
        return this;
    }

    /**
     * HTTP Basic authentication (OCPP security profiles 1 and 2) with user = identity. An identity
     * with a ':' cannot be told apart from the password; it is sent all the same.
     */
    public SimulatorBuilder basicAuth(String password) {
        String credentials = identity + ":" + password;
        return header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    /** An extra header of the opening handshake (the JDK refuses the WebSocket ones). */
    public SimulatorBuilder header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /**
     * The TLS context for wss: its trust managers check the central system's certificate, its key
     * managers (if any) give the station's certificate for mutual TLS (profile 3). The simulator
     * then has an HttpClient of its own; for many stations, build one HttpClient with this context
     * and give it to {@link #httpClient} instead.
     */
    public SimulatorBuilder sslContext(SSLContext context) {
        this.sslContext = context;
        return this;
    }

    /** An HttpClient to share with other simulators; else they share one without TLS settings. */
    public SimulatorBuilder httpClient(HttpClient shared) {
        this.client = shared;
        return this;
    }

    /** The scheduler of repeated messages; else one daemon thread shared by all simulators. */
    public SimulatorBuilder scheduler(ScheduledExecutorService shared) {
        this.scheduler = shared;
        return this;
    }

    /** How long the opening handshake may take. */
    public SimulatorBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = positive(timeout);
        return this;
    }

    /** How long a CALL waits for its answer, counted from the call, time in the queue included. */
    public SimulatorBuilder callTimeout(Duration timeout) {
        this.callTimeout = positive(timeout);
        return this;
    }

    /** The number of connectors, numbered from 1. */
    public SimulatorBuilder connectors(int count) {
        this.connectors = count;
        return this;
    }

    /** Vendor and model of {@link ChargePointSimulator#bootNotification()}. */
    public SimulatorBuilder vendorAndModel(String vendor, String model) {
        this.vendor = Objects.requireNonNull(vendor, "vendor");
        this.model = Objects.requireNonNull(model, "model");
        return this;
    }

    /** The clock of the timestamps the simulator puts in messages. */
    public SimulatorBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** How many received texts, and CALLs, are kept for tests to read; 0 keeps none. */
    public SimulatorBuilder logCapacity(int entries) {
        this.logCapacity = entries;
        return this;
    }

    /** Whether CALLs go out without waiting for the previous answer (off, as OCPP-J asks). */
    public SimulatorBuilder concurrentCalls(boolean concurrent) {
        this.concurrentCalls = concurrent;
        return this;
    }

    /**
     * Whether an accepted RemoteStartTransaction or RemoteStopTransaction is followed by a real
     * StartTransaction or StopTransaction (off: the station only answers).
     */
    public SimulatorBuilder remoteTransactions(boolean follow) {
        this.remoteTransactions = follow;
        return this;
    }

    /**
     * The simulator, not connected yet.
     *
     * @throws IllegalStateException when both a shared HttpClient and an SSLContext were given
     */
    public ChargePointSimulator build() {
        if (client != null && sslContext != null) {
            throw new IllegalStateException("give the SSLContext to the shared HttpClient instead");
        }
        return new ChargePointSimulator(new Settings(identity, baseUri, subprotocols, headers, sslContext,
                client, scheduler, connectTimeout, callTimeout, connectors, vendor, model, clock,
                logCapacity, concurrentCalls, remoteTransactions));
    }

    private static Duration positive(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("not a timeout: " + timeout);
        }
        return timeout;
    }
}
