package io.ampgate.ocpp.central;

import com.fasterxml.jackson.databind.JsonNode;
import io.ampgate.api.event.Topics;
import io.ampgate.api.station.ChargingStation;
import io.ampgate.api.station.CommandResult;
import io.ampgate.api.station.StopCause;
import io.ampgate.ocpp.CallFailure;
import io.ampgate.ocpp.LocalLists;
import io.ampgate.ocpp.OcppStation;
import io.ampgate.ocpp.link.MessageIds;
import io.ampgate.ocpp.link.StationLink;
import io.ampgate.ocpp.message.CentralSystemRequest;
import io.ampgate.ocpp.message.MessageTrigger;
import io.ampgate.ocpp.message.Messages;
import io.ampgate.ocpp.message.TriggerMessageRequest;
import io.ampgate.ocpp.rpc.FrameCodec;
import io.ampgate.ocpp.schema.PayloadValidator;
import io.ampgate.ocpp.server.Connection;
import io.ampgate.ocpp.server.Conversations;
import io.ampgate.ocpp.server.OcppServer;
import io.ampgate.store.event.Severity;
import io.ampgate.store.session.SessionMeterValueRepository;
import io.ampgate.store.session.SessionRepository;
import io.ampgate.store.site.BadgeRepository;
import io.ampgate.store.site.CardListRepository;
import io.ampgate.store.site.Station;
import io.ampgate.store.site.StationSecurityRepository;
import io.ampgate.store.site.ZoneRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * The central system at work: the station server, one {@link StationLink} per connected station,
 * the ChargingStation services of registered stations, catch-up after reconnects, the message log.
 */
final class CentralSystemService implements Conversations, Central.FollowUps {

    private static final Logger LOG = Logger.getLogger(CentralSystemService.class.getName());

    private final BundleContext context;
    private final Settings settings;
    private final Registry registry;
    private final Central central;
    private final MessageLog messageLog;
    private final Clock clock;
    private final StationConfigs configs;
    private final Map<String, StationLink> links = new ConcurrentHashMap<>();
    private final Map<String, OcppChargingStation> services = new ConcurrentHashMap<>();
    private final Map<String, ServiceRegistration<ChargingStation>> registrations = new ConcurrentHashMap<>();
    private final FrameCodec codec;
    private final PayloadValidator validator = PayloadValidator.ocpp16();
    private final MessageIds ids = new MessageIds();
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final Admissions admissions;
    private final ExecutorService listWorkers;
    private final LocalListService localLists;
    private final MeteringSetup metering;
    private OcppServer server;

    CentralSystemService(BundleContext context, Settings settings, Registry registry, Policy policy, Notifier notifier,
            Authorizer authorizer, BadgeRepository badges, SessionRepository sessions,
            SessionMeterValueRepository meterValues, ZoneRepository zones, StationSecurityRepository security,
            CardListRepository cardLists, MessageLog messageLog, Clock clock) {
        this.context = context;
        this.settings = settings;
        this.registry = registry;
        this.messageLog = messageLog;
        this.clock = clock;
        this.configs = new StationConfigs(registry.store(), clock);
        this.codec = new FrameCodec(settings.server().maxMessageBytes());
        this.central = new Central(registry, policy, clock, notifier, authorizer, badges, sessions, meterValues,
                zones, this);
        int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        this.workers = Executors.newFixedThreadPool(threads, named("ocpp-worker"));
        this.timer = Executors.newSingleThreadScheduledExecutor(named("ocpp-timer"));
        this.admissions = new Admissions(settings, registry, security);
        this.listWorkers = Executors.newFixedThreadPool(2, named("ocpp-lists"));
        DesiredLists desired = new DesiredLists(badges, cardLists, registry.store(), clock);
        LocalListSync sync = new LocalListSync(cardLists, desired, notifier, clock, settings.callTimeout(),
                settings.manageLocalLists());
        this.localLists = new LocalListService(sync, desired, cardLists, registry, links::containsKey, listWorkers,
                this::senderFor);
        this.metering = new MeteringSetup(settings.metering(), registry::isRegistered, this::senderFor,
                notifier);
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    void start() throws Exception {
        for (String id : registry.registered()) {
            publish(id);
        }
        server = new OcppServer(settings.server(), Tls.serverContext(settings), admissions, this, clock);
        server.start();
        timer.scheduleWithFixedDelay(messageLog::flush, 1, 1, TimeUnit.SECONDS);
        timer.scheduleWithFixedDelay(() -> messageLog.purge(settings.logKeptFor(), settings.logPerStation()),
                1, 60, TimeUnit.MINUTES);
        long every = settings.localListSync().toSeconds();
        if (every > 0) {
            timer.scheduleWithFixedDelay(localLists::syncAll, every, every, TimeUnit.SECONDS);
        }
        LOG.info(() -> "OCPP central system listening on " + settings.server().host() + ": ws " + server.port()
                + ", wss " + server.tlsPort());
    }

    void stop() throws Exception {
        try {
            if (server != null) {
                server.stop();
            }
        } finally {
            registrations.values().forEach(r -> {
                try {
                    r.unregister();
                } catch (IllegalStateException gone) {
                    // the framework is stopping
                }
            });
            registrations.clear();
            timer.shutdownNow();
            workers.shutdown();
            workers.awaitTermination(5, TimeUnit.SECONDS);
            listWorkers.shutdown(); // not interrupted: Derby closes a connection whose thread is interrupted
            listWorkers.awaitTermination(5, TimeUnit.SECONDS);
            messageLog.flush();
        }
    }

    /** The bound ws port (tests use port 0). */
    int port() {
        return server.port();
    }

    /** The bound wss port. */
    int tlsPort() {
        return server.tlsPort();
    }

    @Override
    public Conversation opened(String identity, Connection connection) {
        StationState state = registry.state(identity);
        java.util.concurrent.atomic.AtomicReference<StationLink> self = new java.util.concurrent.atomic.AtomicReference<>();
        Inbound inbound = new Inbound(identity, central, task -> self.get().inOrder(task));
        StationLink link = new StationLink(identity, connection::send, inbound,
                messageLog.listenerFor(identity), workers,
                (task, delay) -> {
                    var f = timer.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
                    return () -> f.cancel(false);
                }, settings.callTimeout(), codec, validator, ids);
        self.set(link);
        // the link and the online flag change together, so a late close of a replaced connection
        // can never mark the station offline while its new connection is open
        synchronized (state) {
            links.put(identity, link);
            state.connected(true, connection.remoteAddress(), clock.instant());
        }
        localLists.connected(identity);
        link.inOrder(() -> {
            try {
                registry.store().recordConnection(identity, connection.remoteAddress(), clock.instant());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, identity + ": could not record the connection", e);
            }
            central.notifier().record(identity, Severity.INFO, "connected",
                    "Connected from " + connection.remoteAddress() + (connection.secure() ? " over TLS" : ""));
            central.notifier().post(Topics.STATION_CONNECTED, identity, Map.of());
        });
        return new Conversation() {
            @Override
            public void text(String text) {
                link.receive(text);
            }

            @Override
            public void closed(int statusCode, String reason) {
                link.close();
                boolean current;
                synchronized (state) {
                    current = links.remove(identity, link);
                    if (current) {
                        state.connected(false, null, clock.instant());
                    }
                }
                if (current) {
                    String why = statusCode + (reason == null || reason.isEmpty() ? "" : " " + reason);
                    central.notifier().record(identity, Severity.WARNING, "disconnected", "Disconnected (" + why + ")");
                    central.notifier().post(Topics.STATION_DISCONNECTED, identity, Map.of(Topics.PROP_REASON, why));
                }
            }
        };
    }

    /**
     * What a station that reconnected or rebooted missed: its setpoints, its metering set-up, its local
     * list (checked, brought up to date).
     */
    @Override
    public void stationReady(String identity) {
        OcppChargingStation station = services.get(identity);
        if (station != null) {
            station.resendSetpoints();
        }
        metering.ready(identity);
        localLists.ready(identity);
    }

    @Override
    public void transactionStarted(String identity, int connector) {
        OcppChargingStation station = services.get(identity);
        if (station != null) {
            station.transactionStarted(connector);
        }
    }

    @Override
    public void creditExhausted(String identity, int transactionId) {
        OcppChargingStation station = services.get(identity);
        if (station != null) {
            station.remoteStop(Integer.toString(transactionId), StopCause.CREDIT_EXHAUSTED, null)
                    .whenComplete((result, failure) -> {
                        if (result != null && result.outcome() != CommandResult.Outcome.ACCEPTED) {
                            central.notifier().record(identity, Severity.WARNING, "credit-exhausted",
                                    "Session " + transactionId + " was not stopped: " + result.detail());
                        }
                    });
        }
    }

    <R> CompletionStage<R> send(String stationId, CentralSystemRequest<R> request) {
        return send(links.get(stationId), stationId, request);
    }

    private <R> CompletionStage<R> send(StationLink link, String stationId, CentralSystemRequest<R> request) {
        if (link == null) {
            return CompletableFuture.failedFuture(new CallFailure(CallFailure.Reason.OFFLINE, null,
                    stationId + " is not connected"));
        }
        JsonNode payload;
        try {
            payload = Messages.toPayload(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new CallFailure(CallFailure.Reason.INVALID_REQUEST, null,
                    e.getMessage()));
        }
        return link.call(request.action(), payload).thenApply(json -> Messages.fromPayload(json, request.responseType()));
    }

    /** Sends on the station's current connection only: once it is replaced, its calls fail as offline. */
    private Sender senderFor(String stationId) {
        StationLink current = links.get(stationId);
        return new Sender() {
            @Override
            public <R> CompletionStage<R> send(String id, CentralSystemRequest<R> request) {
                return current != null && links.get(id) == current
                        ? CentralSystemService.this.send(current, id, request)
                        : CompletableFuture.failedFuture(new CallFailure(CallFailure.Reason.OFFLINE, null,
                                id + " is not connected (on the connection this was meant for)"));
            }
        };
    }

    /** A raw call, for technicians: any action and payload, checked against the schema. */
    CompletionStage<JsonNode> call(String stationId, String action, JsonNode payload) {
        StationLink link = links.get(stationId);
        return link == null
                ? CompletableFuture.failedFuture(new CallFailure(CallFailure.Reason.OFFLINE, null, stationId + " is not connected"))
                : link.call(action, payload);
    }

    List<OcppStation> stations() {
        TreeSet<String> ids = new TreeSet<>(registry.registered());
        registry.states().forEach(s -> ids.add(s.id));
        List<OcppStation> all = new ArrayList<>();
        for (String id : ids) {
            station(id).ifPresent(all::add);
        }
        all.sort(Comparator.comparing(OcppStation::id));
        return all;
    }

    Optional<OcppStation> station(String id) {
        Optional<StationState> state = registry.find(id);
        if (state.isEmpty() && !registry.isRegistered(id)) {
            return Optional.empty();
        }
        StationState s = state.orElseGet(() -> registry.state(id));
        Station stored = configs.get(id);
        int connectors = Math.max(s.connectors().isEmpty() ? 0 : s.connectors().lastKey(),
                stored == null ? 0 : stored.connectors().size());
        return Optional.of(new OcppStation(id, registry.isRegistered(id), s.connected(), s.connectionChanged(),
                s.remoteAddress(), s.bootStatus() == null ? "" : s.bootStatus(), connectors,
                admissions.profileOf(id)));
    }

    void register(String stationId) {
        if (registry.store().find(stationId).isEmpty()) {
            registry.store().save(Station.unregistered(stationId));
        }
        if (!registry.register(stationId)) {
            throw new IllegalStateException("station " + stationId + " could not be registered");
        }
        configs.invalidate(stationId);
        publish(stationId);
        central.notifier().post(Topics.SITE_CHANGED, stationId, Map.of());
        central.notifier().record(stationId, Severity.INFO, "registered", "Registered");
        if (links.containsKey(stationId)) {
            // a Pending station would otherwise wait for its next retry to boot again
            send(stationId, new TriggerMessageRequest(MessageTrigger.BOOT_NOTIFICATION, null));
        }
    }

    void setSecurity(String stationId, int profile, char[] password) {
        admissions.setSecurity(stationId, profile, password);
        central.notifier().record(stationId, Severity.INFO, "security", "Security profile set to " + profile);
    }

    private void publish(String id) {
        OcppChargingStation station = new OcppChargingStation(id, () -> configs.get(id), registry.state(id),
                this::send, clock);
        services.put(id, station);
        if (context != null && !registrations.containsKey(id)) {
            Hashtable<String, Object> props = new Hashtable<>();
            props.put(ChargingStation.PROP_ID, id);
            props.put("ampgate.station.protocol", "ocpp");
            registrations.put(id, context.registerService(ChargingStation.class, station, props));
        }
    }

    /** The stations' local authorization lists. */
    LocalLists localLists() {
        return localLists;
    }

    LocalListService localListService() {
        return localLists;
    }

    /** The ChargingStation of a registered station (tests without a framework). */
    Optional<ChargingStation> chargingStation(String id) {
        return Optional.ofNullable(services.get(id));
    }
}
