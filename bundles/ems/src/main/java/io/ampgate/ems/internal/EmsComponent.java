package io.ampgate.ems.internal;

import io.ampgate.api.event.Topics;
import io.ampgate.api.ems.Strategy;
import io.ampgate.api.meter.Meter;
import io.ampgate.api.signal.GridSignal;
import io.ampgate.api.signal.SignalSource;
import io.ampgate.api.site.SiteModel;
import io.ampgate.api.site.Zone;
import io.ampgate.api.station.ChargingStation;
import io.ampgate.api.station.ConnectorInfo;
import io.ampgate.api.station.ConnectorState;
import io.ampgate.ems.Decision;
import io.ampgate.ems.EnergyManager;
import io.ampgate.ems.cycle.ControlStep;
import io.ampgate.ems.cycle.SetpointPlan;
import io.ampgate.ems.cycle.SetpointPlan.Step;
import io.ampgate.ems.cycle.GridSignals;
import io.ampgate.ems.cycle.MeterWatch;
import io.ampgate.ems.cycle.PhasesInUse;
import io.ampgate.ems.cycle.SnapshotAssembly;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The control cycle on the running gateway: every cycle (and at once when a session starts or
 * stops, or a grid signal changes) it takes a snapshot of the site from the services, runs {@link ControlStep}, sends the
 * reductions and waits for them, then sends the increases, and publishes the decision when it
 * changes. One thread; a cycle never overlaps the previous one.
 */
@Component(service = {EnergyManager.class, EventHandler.class}, configurationPid = EmsComponent.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true,
        property = {EventConstants.EVENT_TOPIC + "=" + Topics.SESSION + "/*",
            EventConstants.EVENT_TOPIC + "=" + Topics.SIGNAL_GRID, EventConstants.EVENT_TOPIC + "=" + Topics.SITE_CHANGED})
@Designate(ocd = EmsConfig.class)
public final class EmsComponent implements EnergyManager, EventHandler {
    /** The configuration PID. */
    public static final String PID = "io.ampgate.ems";
    private static final Logger LOG = Logger.getLogger(EmsComponent.class.getName());

    private final SiteModel site;
    private final EmsConfig config;
    private final Clock clock;
    private final ControlStep.Settings settings;
    private final Map<String, ChargingStation> stations = new ConcurrentHashMap<>();
    private final Map<String, Meter> meters = new ConcurrentHashMap<>();
    private final List<Strategy> strategies = new CopyOnWriteArrayList<>();
    private final List<SignalSource> signals = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer;
    private Map<String, ControlStep.Memory> memory = new HashMap<>();
    private Map<String, PhasesInUse.Learnt> phasesLearnt = Map.of();
    private final MeterWatch watch = new MeterWatch();
    private volatile Decision last;
    private final Instant startedAt;
    private Map<String, String> raised = Map.of();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;

    @Activate
    public EmsComponent(@Reference SiteModel site, EmsConfig config) {
        this(site, config, Clock.systemUTC(), true);
    }

    EmsComponent(SiteModel site, EmsConfig config, Clock clock, boolean schedule) {
        this.site = site;
        this.config = config;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.settings = new ControlStep.Settings(new SetpointPlan.Settings(config.hysteresisA(), config.rampStepA()),
                Duration.ofSeconds(config.minOnSeconds()), Duration.ofSeconds(config.meterTimeoutSeconds()),
                Duration.ofSeconds(config.minOffSeconds()));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ampgate-ems");
            t.setDaemon(true);
            return t;
        });
        if (schedule && config.enabled()) {
            timer.scheduleWithFixedDelay(this::cycleQuietly, config.cycleMillis(), config.cycleMillis(),
                    TimeUnit.MILLISECONDS);
            if (config.meterWatchMillis() > 0) {
                timer.scheduleWithFixedDelay(this::watchMeters, config.meterWatchMillis(), config.meterWatchMillis(),
                        TimeUnit.MILLISECONDS);
            }
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addStation(ChargingStation s, Map<String, Object> props) {
        stations.put(String.valueOf(props.get(ChargingStation.PROP_ID)), s);
    }

    void removeStation(ChargingStation s, Map<String, Object> props) {
        stations.remove(String.valueOf(props.get(ChargingStation.PROP_ID)), s);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addMeter(Meter m) {
        meters.put(m.info().id(), m);
    }

    void removeMeter(Meter m) {
        meters.remove(m.info().id(), m);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addStrategy(Strategy s) {
        strategies.add(s);
    }

    void removeStrategy(Strategy s) {
        strategies.remove(s);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSignal(SignalSource s) {
        signals.add(s);
    }

    void removeSignal(SignalSource s) {
        signals.remove(s);
    }

    @Override
    public Optional<Decision> lastDecision() {
        return Optional.ofNullable(last);
    }

    @Override
    public void runNow() {
        if (config.enabled()) {
            timer.execute(this::cycleQuietly);
        }
    }

    @Override
    public void handleEvent(Event event) {
        if (Topics.SITE_CHANGED.equals(event.getTopic())) {
            site.refresh(); // its own handler of this event may run after this one
        }
        runNow();
    }

    /** Runs the cycle at once when a zone meter's new reading shows its zone above its limit. */
    void watchMeters() {
        try {
            if (watch.overLimit(site.zones(), id -> {
                Meter m = meters.get(id);
                return m == null ? null : m.lastReading().orElse(null);
            })) {
                cycle();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "energy management: meter watch failed", e);
        }
    }

    private void cycleQuietly() {
        try {
            cycle();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "energy-management cycle failed; the stations keep their last setpoints", e);
        }
    }

    /** Runs one cycle on the calling thread (the timer's, or a test's). */
    Decision cycle() throws InterruptedException {
        var now = clock.instant();
        List<SnapshotAssembly.StationView> views = new ArrayList<>();
        stations.forEach((id, s) -> views.add(view(id, s)));
        Map<String, SnapshotAssembly.MeterView> meterViews = new HashMap<>();
        meters.forEach((id, m) -> meterViews.put(id, new SnapshotAssembly.MeterView(id, m.info().role(), m.lastReading())));
        Optional<GridSignal> signal = GridSignals.pick(signals.stream().map(SignalSource::gridSignal)
                .flatMap(Optional::stream).toList());
        SnapshotAssembly.Result snapshot = SnapshotAssembly.build(now, site.zones(), views, meterViews,
                (station, connector) -> vipSession(station, connector), signal, phasesLearnt,
                ControlStep.confirmed(memory));
        phasesLearnt = snapshot.learnt();
        ControlStep.Outcome outcome = ControlStep.run(snapshot.snapshot(), List.copyOf(strategies), memory, settings);
        Map<String, ControlStep.Memory> next = new HashMap<>(outcome.memory());
        Duration confirm = Duration.ofSeconds(config.confirmSeconds());
        List<Step> reduced = Delivery.send(outcome.plan().reductions(), stations, confirm);
        reduced.forEach(s -> next.computeIfPresent(s.connector(), (k, m) -> ControlStep.sent(m, s.setpoint())));
        if (reduced.size() == outcome.plan().reductions().size()) {
            // increases only once every reduction is confirmed: the site never overshoots in between
            Delivery.send(outcome.plan().increases(), stations, confirm)
                    .forEach(s -> next.computeIfPresent(s.connector(), (k, m) -> ControlStep.sent(m, s.setpoint())));
        }
        memory = next;
        Decision decision = withProblems(outcome.decision(), snapshot.unplaced());
        boolean sent = !outcome.plan().reductions().isEmpty() || !outcome.plan().increases().isEmpty();
        if (sent || !Decisions.sameReasons(decision, last)) {
            // a line when setpoints go out or the reasons change, not for every new meter reading
            LOG.info(() -> "energy-management decision: " + Decisions.summary(decision));
        }
        if (!decision.sameAs(last)) {
            publish(decision);
        }
        // for one meter timeout after a start the meters have not had the time to read: a zone on its fallback
        // limit then is expected, not an alert (ems:decision shows it all the same)
        boolean starting = now.isBefore(startedAt.plus(settings.meterTimeout()));
        Map<String, String> current = starting ? Map.of() : decision.alerts();
        alerts(raised, current, now);
        raised = current;
        last = decision;
        return decision;
    }

    private SnapshotAssembly.StationView view(String id, ChargingStation s) {
        List<ConnectorInfo> connectors = s.connectors();
        Map<Integer, ConnectorState> states = new HashMap<>();
        for (ConnectorInfo c : connectors) {
            try {
                states.put(c.number(), s.state(c.number()));
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "no state for " + id + "/" + c.number(), e);
            }
        }
        return new SnapshotAssembly.StationView(id, site.zoneOf(id, 1).orElse(null), site.vipStation(id), connectors,
                states);
    }

    private boolean vipSession(String stationId, int connector) {
        ChargingStation s = stations.get(stationId);
        if (s == null) {
            return false;
        }
        try {
            String session = s.state(connector).sessionId();
            return session != null && site.vipSession(session);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Decision withProblems(Decision d, List<String> unplaced) {
        if (unplaced.isEmpty()) {
            return d;
        }
        List<String> problems = new ArrayList<>(d.problems());
        problems.add("not in any zone, so not managed: " + String.join(", ", unplaced));
        return new Decision(d.at(), d.zones(), d.connectors(), problems, d.alerts());
    }

    private void publish(Decision decision) {
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(new Event(Topics.EMS_DECISION, Map.of(Topics.PROP_TIMESTAMP, decision.at().toEpochMilli(),
                    "ampgate.decision", decision)));
        }
    }

    private void alerts(Map<String, String> before, Map<String, String> now, Instant at) {
        EventAdmin admin = events;
        now.forEach((id, message) -> {
            if (!before.containsKey(id)) {
                LOG.warning(() -> "alert: " + message);
                if (admin != null) {
                    admin.postEvent(new Event(Topics.ALERT_RAISED, alertProperties(id, message, at)));
                }
            }
        });
        before.forEach((id, message) -> {
            if (!now.containsKey(id)) {
                LOG.info(() -> "alert cleared: " + message);
                if (admin != null) {
                    admin.postEvent(new Event(Topics.ALERT_CLEARED, alertProperties(id, message, at)));
                }
            }
        });
    }

    /** The alert's properties; a silent zone meter's alert names the zone and the meter. */
    private Map<String, Object> alertProperties(String id, String message, Instant at) {
        Map<String, Object> props = new HashMap<>(Map.of(Topics.PROP_ALERT_ID, id, Topics.PROP_MESSAGE, message,
                Topics.PROP_TIMESTAMP, at.toEpochMilli()));
        if (id.startsWith(ControlStep.METER_SILENT)) {
            String zoneId = id.substring(ControlStep.METER_SILENT.length());
            props.put(Topics.PROP_ZONE_ID, zoneId);
            site.zone(zoneId).map(Zone::meterId).ifPresent(meterId -> props.put(Topics.PROP_METER_ID, meterId));
        }
        return props;
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }
}
