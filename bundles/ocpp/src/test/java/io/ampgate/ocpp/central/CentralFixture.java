package io.ampgate.ocpp.central;

import io.ampgate.ocpp.message.RegistrationStatus;
import io.ampgate.ocpp.server.Liveness;
import io.ampgate.ocpp.server.ServerSettings;
import io.ampgate.simulator.ocpp.ChargePointSimulator;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.event.JdbcEventRepository;
import io.ampgate.store.jdbc.event.JdbcOcppLogRepository;
import io.ampgate.store.jdbc.session.JdbcSessionMeterValueRepository;
import io.ampgate.store.jdbc.session.JdbcSessionRepository;
import io.ampgate.store.jdbc.site.JdbcBadgeRepository;
import io.ampgate.store.jdbc.site.JdbcCardListRepository;
import io.ampgate.store.jdbc.site.JdbcStationRepository;
import io.ampgate.store.jdbc.site.JdbcStationSecurityRepository;
import io.ampgate.store.testing.TestDatabases;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A central system on 127.0.0.1 (free ports) over a fresh Derby schema, and simulated stations
 * that connect to it.
 */
final class CentralFixture implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);

    final PooledDatabase db;
    final JdbcStationRepository stations;
    final JdbcBadgeRepository badges;
    final JdbcSessionRepository sessions;
    final JdbcSessionMeterValueRepository meterValues;
    final JdbcEventRepository events;
    final JdbcOcppLogRepository ocppLog;
    final JdbcStationSecurityRepository security;
    final MessageLog messageLog;
    final CentralSystemService service;
    private final List<ChargePointSimulator> simulators = new ArrayList<>();

    CentralFixture(RegistrationStatus unknownStations, Duration callTimeout) throws Exception {
        this(unknownStations, callTimeout, 0, -1, null);
    }

    CentralFixture(RegistrationStatus unknownStations, Duration callTimeout, int unknownProfile, int tlsPort,
            Path dataFolder) throws Exception {
        Clock clock = Clock.systemUTC();
        db = TestDatabases.open(Dialect.DERBY);
        stations = new JdbcStationRepository(db);
        badges = new JdbcBadgeRepository(db);
        sessions = new JdbcSessionRepository(db);
        meterValues = new JdbcSessionMeterValueRepository(db);
        events = new JdbcEventRepository(db);
        ocppLog = new JdbcOcppLogRepository(db);
        security = new JdbcStationSecurityRepository(db);
        ServerSettings server = new ServerSettings("127.0.0.1", 0, tlsPort, 65536,
                new Liveness(Duration.ofSeconds(30), Duration.ofSeconds(20)), 16);
        Settings settings = new Settings(server, dataFolder == null ? Path.of("target", "central-data") : dataFolder,
                null, "", null, "", "localhost", unknownProfile, callTimeout, Duration.ofDays(30), 1000);
        Registry registry = new Registry(stations, clock);
        messageLog = new MessageLog(ocppLog, clock, 10_000);
        service = new CentralSystemService(null, settings, registry, new Policy(unknownStations, 300),
                new Notifier(events, (topic, props) -> { }, clock), new Authorizer(badges), badges, sessions,
                meterValues, security, new JdbcCardListRepository(db), messageLog, clock);
        service.start();
    }

    URI wsUri() {
        return URI.create("ws://127.0.0.1:" + service.port() + "/ocpp/");
    }


    ChargePointSimulator connect(String identity) throws Exception {
        ChargePointSimulator sim = ChargePointSimulator.builder(identity, wsUri()).connectors(2)
                .callTimeout(WAIT).build().connect();
        simulators.add(sim);
        // the client may see the upgrade answer before the server has taken the connection in
        await(() -> service.station(identity).map(s -> s.connected()).orElse(false));
        return sim;
    }

    /** Registers a station in the store and the central system. */
    void register(String identity) {
        service.register(identity);
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
