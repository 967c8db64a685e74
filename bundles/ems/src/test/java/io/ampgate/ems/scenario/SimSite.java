package io.ampgate.ems.scenario;

import io.ampgate.api.ems.Strategy;
import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.meter.MeterRole;
import io.ampgate.api.signal.GridSignal;
import io.ampgate.api.site.Zone;
import io.ampgate.api.site.ZoneKind;
import io.ampgate.api.station.ConnectorInfo;
import io.ampgate.api.station.ConnectorState;
import io.ampgate.api.station.ConnectorStatus;
import io.ampgate.api.station.PlugType;
import io.ampgate.api.unit.Phase;
import io.ampgate.api.unit.PhaseRotation;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.api.unit.Wiring;
import io.ampgate.ems.Decision;
import io.ampgate.ems.cycle.ControlStep;
import io.ampgate.ems.cycle.ControlStep.Memory;
import io.ampgate.ems.cycle.ControlStep.Outcome;
import io.ampgate.ems.cycle.SetpointPlan;
import io.ampgate.ems.cycle.SnapshotAssembly;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.LongToDoubleFunction;

/**
 * A simulated site on a virtual clock (1 s per cycle): a zone tree with limits, a base load per
 * zone and phase following a profile, stations with a phase rotation, cars that draw
 * min(setpoint, car max) from the cycle after the setpoint was delivered and stop when full, a meter
 * per metered zone (base load + cars, minus PV at the root), a PV meter and a grid signal. Each
 * {@link #step()} builds the snapshot with {@link SnapshotAssembly}, runs {@link ControlStep} with the
 * real strategies, delivers the plan (reductions, then increases) and advances the clock.
 *
 * <p>The <b>overload integral</b> is counted from the simulated currents: ampere-seconds above any
 * zone's static limit on any phase. A second counts as inside the <b>reaction window</b> when the
 * load the EMS does not control (base load minus PV) rose on that zone and phase in that second or
 * the one before: the EMS can only react to what the meter has shown, and the station applies a
 * new setpoint one cycle later.
 */
final class SimSite {
    static final Instant T0 = Instant.parse("2026-06-21T00:00:00Z");
    static final double VOLTS = 230;
    static final String SITE_METER = "grid";
    static final String PV_METER = "pv";

    /** A station with one connector (three-phase wiring, a rotation) and what it was told. */
    static final class Station {
        final String id;
        final String zone;
        final PhaseRotation rotation;
        final double maxA;
        /** Delivered this cycle, applied from the next one. */
        double delivered;
        /** Applied now (a safe default profile of 0 A until told otherwise). */
        double applied;
        Car car;

        Station(String id, String zone, PhaseRotation rotation, double maxA) {
            this.id = id;
            this.zone = zone;
            this.rotation = rotation;
            this.maxA = maxA;
        }

        String key() {
            return id + "/1";
        }
    }

    /** A car: arrives, draws min(setpoint, its max) on its phases, stops when full, leaves. */
    static final class Car {
        final String name;
        final int phases;
        final double maxA;
        final double wantWh;
        final long arrive;
        final long leave;
        final boolean leaveWhenFull;
        double gotWh;
        double drawA;
        long firstDrawAt = -1;
        int starts;
        int stops;

        Car(String name, int phases, double maxA, double wantWh, long arrive, long leave, boolean leaveWhenFull) {
            this.name = name;
            this.phases = phases;
            this.maxA = maxA;
            this.wantWh = wantWh;
            this.arrive = arrive;
            this.leave = leave;
            this.leaveWhenFull = leaveWhenFull;
        }

        boolean full() {
            return gotWh >= wantWh;
        }
    }

    private final List<Zone> zones = new ArrayList<>();
    private final Map<String, LongFunction<PhaseValues>> baseLoad = new HashMap<>();
    final Map<String, Station> stations = new LinkedHashMap<>();
    private final Map<String, List<Car>> arrivals = new HashMap<>();
    final List<Car> cars = new ArrayList<>();
    private final List<Strategy> strategies = new ArrayList<>();
    private ControlStep.Settings settings = new ControlStep.Settings(new SetpointPlan.Settings(1, 4),
            Duration.ofMinutes(2));
    private Map<String, Memory> memory = new HashMap<>();
    private Map<String, io.ampgate.ems.cycle.PhasesInUse.Learnt> phasesLearnt = Map.of();

    LongToDoubleFunction pvWatts;
    boolean siteMeterSilent;
    private MeterReading lastSiteReading;
    GridSignal signal;

    long t;
    Outcome last;
    double overloadAs;
    double overloadOutsideWindowAs;
    final List<Long> overloadSecondsOutsideWindow = new ArrayList<>();
    private final Map<String, PhaseValues> previousExogenous = new HashMap<>();
    private final Map<String, PhaseValues> previousExogenous2 = new HashMap<>();
    private PhaseValues siteCurrent = PhaseValues.zero();

    SimSite zone(String id, String parent, double limitA, boolean metered, double fallbackA) {
        zones.add(new Zone(id, parent, id, parent == null ? ZoneKind.SITE : ZoneKind.GROUP, PhaseValues.all(limitA),
                metered ? (parent == null ? SITE_METER : "m-" + id) : null, PhaseValues.all(fallbackA)));
        return this;
    }

    SimSite base(String zone, LongFunction<PhaseValues> profile) {
        baseLoad.put(zone, profile);
        return this;
    }

    SimSite station(String id, String zone, PhaseRotation rotation) {
        stations.put(id, new Station(id, zone, rotation, 32));
        return this;
    }

    SimSite car(String station, Car car) {
        arrivals.computeIfAbsent(station, s -> new ArrayList<>()).add(car);
        cars.add(car);
        return this;
    }

    /** A car that is there from the start, never full, never leaves. */
    SimSite car(String station, String name, int phases, double maxA) {
        return car(station, new Car(name, phases, maxA, Double.MAX_VALUE, 0, Long.MAX_VALUE, false));
    }

    SimSite strategy(Strategy s) {
        strategies.add(s);
        return this;
    }

    SimSite settings(ControlStep.Settings s) {
        this.settings = s;
        return this;
    }

    Instant now() {
        return T0.plusSeconds(t);
    }

    Decision decision() {
        return last.decision();
    }

    Car car(String name) {
        return cars.stream().filter(c -> c.name.equals(name)).findFirst().orElseThrow();
    }

    double draw(String carName) {
        return car(carName).drawA;
    }

    PhaseValues siteCurrent() {
        return siteCurrent;
    }

    double energyWh() {
        return cars.stream().mapToDouble(c -> c.gotWh).sum();
    }

    /** Runs {@code seconds} cycles. */
    SimSite run(long seconds) {
        for (long i = 0; i < seconds; i++) {
            step();
        }
        return this;
    }

    /** One simulated second: cars come and go, draw, the meters measure, the cycle runs and delivers. */
    void step() {
        plugAndUnplug();
        for (Station s : stations.values()) {
            Car c = s.car;
            if (c == null) {
                continue;
            }
            double before = c.drawA;
            c.drawA = c.full() || !(s.applied > 0) ? 0 : Math.min(Math.min(s.applied, c.maxA), s.maxA);
            c.gotWh += c.drawA * c.phases * VOLTS / 3600.0;
            if (before == 0 && c.drawA > 0) {
                c.starts++;
                if (c.firstDrawAt < 0) {
                    c.firstDrawAt = t;
                }
            } else if (before > 0 && c.drawA == 0) {
                c.stops++;
            }
        }
        measureOverload();
        List<SnapshotAssembly.StationView> views = new ArrayList<>();
        for (Station s : stations.values()) {
            ConnectorInfo info = new ConnectorInfo(1, PlugType.TYPE_2, Wiring.THREE_PHASE, s.rotation, s.maxA, true);
            views.add(new SnapshotAssembly.StationView(s.id, s.zone, false, List.of(info), Map.of(1, state(s))));
        }
        Map<String, SnapshotAssembly.MeterView> meters = new HashMap<>();
        MeterReading site = siteReading();
        if (!siteMeterSilent) {
            lastSiteReading = site;
        }
        meters.put(SITE_METER, new SnapshotAssembly.MeterView(SITE_METER, MeterRole.SITE,
                Optional.ofNullable(lastSiteReading)));
        if (pvWatts != null) {
            double w = pvWatts.applyAsDouble(t);
            meters.put(PV_METER, new SnapshotAssembly.MeterView(PV_METER, MeterRole.PV, Optional.of(new MeterReading(
                    now(), PhaseValues.all(VOLTS), PhaseValues.all(w / 3 / VOLTS), PhaseValues.all(-w / 3), -w, 0,
                    0))));
        }
        var assembled = SnapshotAssembly.build(now(), zones, views, meters, (a, b) -> false,
                Optional.ofNullable(signal), phasesLearnt, ControlStep.confirmed(memory));
        phasesLearnt = assembled.learnt();
        var snapshot = assembled.snapshot();
        last = ControlStep.run(snapshot, strategies, memory, settings);
        Map<String, Memory> next = new HashMap<>(last.memory());
        List<SetpointPlan.Step> waves = new ArrayList<>(last.plan().reductions());
        waves.addAll(last.plan().increases());
        for (SetpointPlan.Step step : waves) {
            stations.get(step.connector().substring(0, step.connector().indexOf('/'))).delivered = step.setpoint();
            next.put(step.connector(), ControlStep.sent(next.get(step.connector()), step.setpoint()));
        }
        memory = next;
        // a real station applies the profile a little later: from the next cycle
        stations.values().forEach(s -> s.applied = s.delivered);
        t++;
    }

    private void plugAndUnplug() {
        for (Station s : stations.values()) {
            if (s.car != null && (t >= s.car.leave || (s.car.leaveWhenFull && s.car.full()))) {
                s.car.drawA = 0;
                s.car = null;
            }
            if (s.car == null) {
                for (Car c : arrivals.getOrDefault(s.id, List.of())) {
                    if (c.arrive <= t && t < c.leave && !(c.leaveWhenFull && c.full()) && c.firstDrawAt < 0
                            && c.gotWh == 0) {
                        s.car = c;
                        break;
                    }
                }
            }
        }
    }

    private ConnectorState state(Station s) {
        Car c = s.car;
        if (c == null) {
            return new ConnectorState(1, ConnectorStatus.AVAILABLE, PhaseValues.zero(), 0, 0, null, now());
        }
        ConnectorStatus status = c.full() ? ConnectorStatus.SUSPENDED_EV
                : c.drawA > 0 ? ConnectorStatus.CHARGING : ConnectorStatus.SUSPENDED_EVSE;
        PhaseValues current = c.phases == 1 ? PhaseValues.of(c.drawA, 0, 0) : PhaseValues.all(c.drawA);
        return new ConnectorState(1, status, current, current.sum() * VOLTS, c.gotWh, "session-" + c.name, now());
    }

    /** The cars' draw per site phase under a zone (the zone and the zones below it). */
    private PhaseValues carsUnder(String zone) {
        PhaseValues sum = PhaseValues.zero();
        for (Station s : stations.values()) {
            if (s.car != null && under(s.zone, zone)) {
                double[] v = new double[3];
                for (Phase p : s.car.phases == 1 ? List.of(Phase.L1) : List.of(Phase.values())) {
                    v[s.rotation.sitePhase(p).ordinal()] += s.car.drawA;
                }
                sum = sum.plus(PhaseValues.of(v[0], v[1], v[2]));
            }
        }
        return sum;
    }

    /** The base load minus the PV share per site phase (PV at the root), under a zone. */
    private PhaseValues exogenousUnder(String zone) {
        PhaseValues sum = PhaseValues.zero();
        for (Zone z : zones) {
            if (baseLoad.containsKey(z.id()) && under(z.id(), zone)) {
                sum = sum.plus(baseLoad.get(z.id()).apply(t));
            }
        }
        if (pvWatts != null && isRoot(zone)) {
            sum = sum.minus(PhaseValues.all(pvWatts.applyAsDouble(t) / 3 / VOLTS));
        }
        return sum;
    }

    private boolean isRoot(String zone) {
        return zones.stream().anyMatch(z -> z.id().equals(zone) && z.isRoot());
    }

    private boolean under(String zone, String ancestor) {
        for (String at = zone; at != null; ) {
            if (at.equals(ancestor)) {
                return true;
            }
            String from = at;
            at = zones.stream().filter(z -> z.id().equals(from)).findFirst().map(Zone::parentId).orElse(null);
        }
        return false;
    }

    private void measureOverload() {
        boolean outside = false;
        for (Zone z : zones) {
            PhaseValues exo = exogenousUnder(z.id());
            PhaseValues net = exo.plus(carsUnder(z.id())).map(Math::abs);
            if (z.isRoot()) {
                siteCurrent = net;
            }
            PhaseValues prev = previousExogenous.getOrDefault(z.id(), exo);
            PhaseValues prev2 = previousExogenous2.getOrDefault(z.id(), prev);
            for (Phase p : Phase.values()) {
                double over = net.get(p) - z.staticLimit().get(p);
                if (over > 1e-9) {
                    overloadAs += over;
                    boolean window = exo.get(p) > prev.get(p) + 1e-9 || prev.get(p) > prev2.get(p) + 1e-9;
                    if (!window) {
                        overloadOutsideWindowAs += over;
                        outside = true;
                    }
                }
            }
            previousExogenous2.put(z.id(), prev);
            previousExogenous.put(z.id(), exo);
        }
        if (outside) {
            overloadSecondsOutsideWindow.add(t);
        }
    }

    /** What the site meter measures now: current magnitude per phase, signed power (import positive). */
    private MeterReading siteReading() {
        String root = zones.stream().filter(Zone::isRoot).findFirst().orElseThrow().id();
        PhaseValues signed = exogenousUnder(root).plus(carsUnder(root));
        PhaseValues power = signed.scale(VOLTS);
        return new MeterReading(now(), PhaseValues.all(VOLTS), signed.map(Math::abs), power, power.sum(), 0, 0);
    }

    /**
     * A configuration annotation instance as Declarative Services would make it: the given values,
     * the defaults for the rest.
     */
    static <A extends Annotation> A config(Class<A> type, Map<String, Object> values) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
            if (m.getDeclaringClass() == Object.class) {
                return switch (m.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> type.getSimpleName() + values;
                };
            }
            if (m.getName().equals("annotationType")) {
                return type;
            }
            if (values.containsKey(m.getName())) {
                return values.get(m.getName());
            }
            Object d = m.getDefaultValue();
            if (d == null) {
                throw new IllegalStateException(type.getName() + "." + m.getName() + " has no default");
            }
            return d;
        }));
    }
}
