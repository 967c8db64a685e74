package io.ampgate.ocpp.central;

import com.fasterxml.jackson.databind.JsonNode;
import io.ampgate.core.auth.AuthorizerComponent;
import io.ampgate.ocpp.message.RegistrationStatus;
import io.ampgate.ocpp.security.ServerKeyStore;
import io.ampgate.ocpp.server.Liveness;
import io.ampgate.ocpp.server.ServerSettings;
import io.ampgate.simulator.ocpp.Answer;
import io.ampgate.simulator.ocpp.ChargePointSimulator;
import io.ampgate.simulator.ocpp.SimulatorBuilder;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.event.Event;
import io.ampgate.store.event.EventFilter;
import io.ampgate.store.event.EventSource;
import io.ampgate.store.jdbc.event.JdbcEventRepository;
import io.ampgate.store.jdbc.event.JdbcOcppLogRepository;
import io.ampgate.store.jdbc.session.JdbcSessionMeterValueRepository;
import io.ampgate.store.jdbc.session.JdbcSessionRepository;
import io.ampgate.store.jdbc.site.JdbcBadgeRepository;
import io.ampgate.store.jdbc.site.JdbcCardListRepository;
import io.ampgate.store.jdbc.site.JdbcZoneRepository;
import io.ampgate.store.jdbc.site.JdbcStationRepository;
import io.ampgate.store.jdbc.site.JdbcSettingsRepository;
import io.ampgate.store.jdbc.site.JdbcStationSecurityRepository;
import io.ampgate.store.testing.TestDatabases;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A central system on 127.0.0.1 (free ports) over a fresh Derby schema, and simulated stations
 * that connect to it: over ws, and over wss when the fixture has a {@link TlsSetup}.
 */
final class CentralFixture implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);
    /** The largest text a station may send (the server's and the frame codec's limit). */
    static final int MAX_MESSAGE_BYTES = 65536;

    /**
     * The wss port's set-up.
     *
     * @param dataFolder where the central system generates its keystore ({@code ocpp/ocpp-server.p12})
     * @param truststore the CAs of station client certificates, or {@code null}
     * @param truststorePassword its password ({@code ""} for a PEM file)
     */
    record TlsSetup(Path dataFolder, Path truststore, String truststorePassword) {
    }

    final PooledDatabase db;
    final JdbcStationRepository stations;
    final JdbcBadgeRepository badges;
    final JdbcSessionRepository sessions;
    final JdbcSessionMeterValueRepository meterValues;
    final JdbcEventRepository events;
    final JdbcOcppLogRepository ocppLog;
    final JdbcStationSecurityRepository security;
    final JdbcSettingsRepository settings;
    final JdbcCardListRepository cardLists;
    final JdbcZoneRepository zones;
    final MessageLog messageLog;
    final CentralSystemService service;
    /** An Event Admin event the central system posted. */
    record Posted(String topic, java.util.Map<String, Object> properties) {
    }

    /** The Event Admin events the central system posted, oldest first. */
    final List<Posted> posted = new CopyOnWriteArrayList<>();
    private final TlsSetup tls;
    private final List<ChargePointSimulator> simulators = new CopyOnWriteArrayList<>();

    CentralFixture(RegistrationStatus unknownStations, Duration callTimeout) throws Exception {
        this(unknownStations, callTimeout, 0, null);
    }

    /**
     * @param unknownProfile the profile of stations without settings, -1 to refuse unknown stations
     * @param tls the wss port's set-up, or {@code null} for no wss port
     */
    CentralFixture(RegistrationStatus unknownStations, Duration callTimeout, int unknownProfile, TlsSetup tls)
            throws Exception {
        this(unknownStations, callTimeout, unknownProfile, tls, true, Duration.ZERO);
    }

    /**
     * @param manageLocalLists the setting of the same name
     * @param localListSync how often local lists are synced, zero for only on connect and on demand
     */
    CentralFixture(RegistrationStatus unknownStations, Duration callTimeout, int unknownProfile, TlsSetup tls,
            boolean manageLocalLists, Duration localListSync) throws Exception {
        this(unknownStations, callTimeout, unknownProfile, tls, manageLocalLists, localListSync,
                MeteringSetup.Wanted.of(MeteringSetup.DEFAULT_INTERVAL, MeteringSetup.DEFAULT_MEASURANDS));
    }

    /** @param metering what stations are asked to report when they are ready */
    CentralFixture(RegistrationStatus unknownStations, Duration callTimeout, MeteringSetup.Wanted metering)
            throws Exception {
        this(unknownStations, callTimeout, 0, null, true, Duration.ZERO, metering);
    }

    private CentralFixture(RegistrationStatus unknownStations, Duration callTimeout, int unknownProfile, TlsSetup tls,
            boolean manageLocalLists, Duration localListSync, MeteringSetup.Wanted metering) throws Exception {
        this.tls = tls;
        Clock clock = Clock.systemUTC();
        db = TestDatabases.open(Dialect.DERBY);
        stations = new JdbcStationRepository(db);
        badges = new JdbcBadgeRepository(db);
        sessions = new JdbcSessionRepository(db);
        meterValues = new JdbcSessionMeterValueRepository(db);
        events = new JdbcEventRepository(db);
        ocppLog = new JdbcOcppLogRepository(db);
        security = new JdbcStationSecurityRepository(db);
        settings = new JdbcSettingsRepository(db);
        cardLists = new JdbcCardListRepository(db);
        zones = new JdbcZoneRepository(db);
        ServerSettings server = new ServerSettings("127.0.0.1", 0, tls == null ? -1 : 0, MAX_MESSAGE_BYTES,
                new Liveness(Duration.ofSeconds(30), Duration.ofSeconds(20)), 16);
        Settings central = new Settings(server, tls == null ? Path.of("target", "central-data") : tls.dataFolder(),
                null, "", tls == null ? null : tls.truststore(), tls == null ? "" : tls.truststorePassword(),
                "localhost", unknownProfile, callTimeout, Duration.ofDays(30), 1000, manageLocalLists, localListSync,
                metering);
        Registry registry = new Registry(stations, clock);
        messageLog = new MessageLog(ocppLog, clock, 10_000);
        service = new CentralSystemService(null, central, registry, new Policy(unknownStations, 300),
                new Notifier(events, (topic, props) -> posted.add(new Posted(topic, props)), clock),
                new Authorizer(new AuthorizerComponent(badges, stations, sessions, settings, cardLists), badges), badges,
                sessions, meterValues, zones, security, cardLists, messageLog, clock);
        service.start();
    }

    URI wsUri() {
        return URI.create("ws://127.0.0.1:" + service.port() + "/ocpp/");
    }

    URI wssUri() {
        return URI.create("wss://127.0.0.1:" + service.tlsPort() + "/ocpp/");
    }

    /** A simulated station with two connectors and the fixture's wait as call timeout. */
    static SimulatorBuilder station(String identity, URI base) {
        return ChargePointSimulator.builder(identity, base).connectors(2).callTimeout(WAIT);
    }

    ChargePointSimulator connect(String identity) throws Exception {
        return connect(station(identity, wsUri()));
    }

    /** Builds and connects a station; the fixture drops it when it closes. */
    ChargePointSimulator connect(SimulatorBuilder builder) throws Exception {
        ChargePointSimulator sim = builder.build();
        simulators.add(sim);
        sim.connect();
        // the client may see the upgrade answer before the server has taken the connection in
        await(() -> service.station(sim.identity()).map(s -> s.connected()).orElse(false));
        return sim;
    }

    /**
     * A client TLS context that trusts the certificate the central system generated in its data
     * folder, as an installer hands it to stations, and presents {@code keys} (may be null).
     */
    SSLContext clientTls(KeyManager[] keys) throws Exception {
        Path folder = tls.dataFolder().resolve("ocpp");
        char[] password = Files.readString(folder.resolve(Tls.GENERATED + ".password"), StandardCharsets.US_ASCII)
                .trim().toCharArray();
        KeyStore generated = ServerKeyStore.load(folder.resolve(Tls.GENERATED), password);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("central-system", ServerKeyStore.certificate(generated));
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys, trustManagers.getTrustManagers(), null);
        return context;
    }

    /** Registers a station in the store and the central system. */
    void register(String identity) {
        service.register(identity);
    }

    /** Registers a station, connects it over ws and has it boot (Accepted). */
    ChargePointSimulator connectRegistered(String identity) throws Exception {
        register(identity);
        ChargePointSimulator sim = connect(identity);
        String status = result(sim.bootNotification()).path("status").asText();
        if (!status.equals("Accepted")) {
            throw new AssertionError(identity + " booted " + status);
        }
        return sim;
    }

    /** The payload of a CALLRESULT, waiting at most {@link #WAIT}; a CALLERROR fails. */
    static JsonNode result(CompletableFuture<Answer> call) throws Exception {
        return call.get(WAIT.toSeconds(), TimeUnit.SECONDS).resultPayload();
    }

    /** The events of a station from the last hour, newest first. */
    List<Event> events(String stationId) {
        Instant now = Instant.now();
        return events.list(EventFilter.between(now.minusSeconds(3600), now.plusSeconds(60))
                .source(EventSource.STATION, stationId), 0, 500);
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + WAIT);
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void close() throws Exception {
        for (ChargePointSimulator sim : simulators) {
            sim.abort();
        }
        service.stop();
        db.close();
    }
}
