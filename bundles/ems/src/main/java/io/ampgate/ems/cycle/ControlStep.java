package io.ampgate.ems.cycle;

import io.ampgate.api.ems.ConnectorSnapshot;
import io.ampgate.api.ems.EmsSnapshot;
import io.ampgate.api.ems.Strategy;
import io.ampgate.api.site.Zone;
import io.ampgate.api.station.ConnectorStatus;
import io.ampgate.api.unit.Phase;
import io.ampgate.ems.Decision;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.ems.allocator.Allocation;
import io.ampgate.ems.allocator.Allocator;
import io.ampgate.ems.allocator.ConnectorId;
import io.ampgate.ems.allocator.Demand;
import io.ampgate.ems.allocator.Setpoint;
import io.ampgate.ems.allocator.ZoneLoad;
import io.ampgate.ems.allocator.ZoneNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One control cycle as a function: snapshot, strategies and what each connector was last told in;
 * the allocation, the decision to publish and the setpoints to send out. Every zone is capped by its
 * own static limit (its protective device) before any strategy tightens it; a strategy that throws
 * puts every zone on its fallback limit for this cycle (never unlimited).
 */
public final class ControlStep {

    /** The prefix of the id of a zone's alert for its silent meter, followed by the zone id. */
    public static final String METER_SILENT = "meter-silent:";

    /**
     * How the cycle behaves.
     *
     * @param delivery hysteresis and ramp of setpoints
     * @param minOn how long a connector that started keeps its place before it may be paused for another
     * @param meterTimeout how old a zone meter's reading may be before the zone goes on its fallback limit
     * @param minOff how long a car that was paused stays paused before it may start again (no flapping)
     */
    public record Settings(SetpointPlan.Settings delivery, Duration minOn, Duration meterTimeout, Duration minOff) {
        /** Settings with the default meter timeout (10 s) and no minimum off time. */
        public Settings(SetpointPlan.Settings delivery, Duration minOn) {
            this(delivery, minOn, Duration.ofSeconds(10), Duration.ZERO);
        }
    }

    /** What the cycle remembers of a connector between cycles. */
    public record Memory(double sent, Instant chargingSince, Instant waitingSince, Instant pausedAt) {
        static final Memory NEW = new Memory(Double.NaN, null, null, null);

        /** A memory of a connector that was never paused. */
        public Memory(double sent, Instant chargingSince, Instant waitingSince) {
            this(sent, chargingSince, waitingSince, null);
        }
    }

    /** One cycle's outcome. */
    public record Outcome(Decision decision, SetpointPlan.Plan plan, Map<String, Memory> memory) {
    }

    private ControlStep() {
    }

    /**
     * @param snapshot the site now
     * @param strategies the enabled strategies, in any order (composition does not depend on it)
     * @param memory per connector key, what the previous cycles left
     * @param settings delivery and anti-flapping
     * @return the decision, the setpoints to send and the memory for the next cycle
     */
    public static Outcome run(EmsSnapshot snapshot, List<Strategy> strategies, Map<String, Memory> memory,
            Settings settings) {
        Instant now = snapshot.time();
        List<String> problems = new ArrayList<>();
        ComposedConstraints all = new ComposedConstraints();
        for (Zone z : snapshot.zones()) {
            all.as("zone").capZone(z.id(), z.staticLimit(), "limit of zone " + z.name());
        }
        Map<String, String> alerts = new TreeMap<>();
        for (Zone z : snapshot.zones()) {
            if (z.meterId() == null) {
                continue;
            }
            var reading = snapshot.zoneReadings().get(z.id());
            if (reading == null || reading.age(now).compareTo(settings.meterTimeout()) > 0) {
                String why = "meter " + z.meterId() + (reading == null ? " has no reading"
                        : " silent since " + reading.timestamp());
                all.as("fallback").capZone(z.id(), z.fallbackLimit(), why);
                alerts.put(METER_SILENT + z.id(), "zone " + z.name() + ": " + why + "; on its fallback limit "
                        + z.fallbackLimit().l1() + "/" + z.fallbackLimit().l2() + "/" + z.fallbackLimit().l3() + " A");
            }
        }
        for (Strategy s : strategies) {
            try {
                s.shape(snapshot, all.as(s.id()));
            } catch (RuntimeException e) {
                problems.add("strategy " + s.id() + " failed: " + e + "; zones on their fallback limits");
                snapshot.zones().forEach(z -> all.as("fallback").capZone(z.id(), z.fallbackLimit(),
                        "strategy " + s.id() + " failed"));
            }
        }
        alerts.putAll(all.alerts());
        List<ZoneNode> zones = new ArrayList<>();
        for (Zone z : snapshot.zones()) {
            int max = all.sessionLimit(z.id()).map(b -> (int) b.value()).orElse(ZoneNode.NO_SESSION_LIMIT);
            zones.add(new ZoneNode(z.id(), z.parentId(), all.zoneCap(z.id()), max));
        }
        List<Demand> demands = new ArrayList<>();
        Map<ConnectorId, ConnectorSnapshot> byId = new HashMap<>();
        for (ConnectorSnapshot c : snapshot.connectors()) {
            Demand d = demand(c, all, memory.getOrDefault(key(c), Memory.NEW), now, settings.minOn(), settings.minOff());
            if (d != null) {
                demands.add(d);
                byId.put(d.id(), c);
            }
        }
        Allocation allocation = Allocator.allocate(zones, demands);
        return outcome(snapshot, all, allocation, byId, memory, settings, problems, alerts);
    }

    private static Demand demand(ConnectorSnapshot c, ComposedConstraints all, Memory m, Instant now, Duration minOn,
            Duration minOff) {
        ConnectorStatus status = c.state().status();
        boolean offline = status == ConnectorStatus.OFFLINE;
        // a car that is plugged in but not authorized yet (Preparing, no transaction) takes no share: its
        // transaction's start runs the cycle at once; until then the idle hold keeps it at 0 A
        if (!offline && !c.wantsPower()) {
            return null;
        }
        ComposedConstraints.ConnectorBounds bounds = all.connector(c.stationId(), c.connector());
        double max = c.info().maxCurrent();
        if (bounds.max() != null) {
            max = Math.min(max, bounds.max().value());
        }
        double min = Math.max(c.info().minCurrent(), bounds.min() == null ? 0 : bounds.min().value());
        if (offline) {
            // what it was last told keeps counting against its zone until it reports again
            return new Demand(id(c), c.zoneId(), c.phasesInUse(), 0, m.sent() > 0 ? m.sent() : 0, 0, 1, true, false,
                    null, null, false);
        }
        boolean pinned = m.chargingSince() != null && now.isBefore(m.chargingSince().plus(minOn));
        boolean resting = m.pausedAt() != null && now.isBefore(m.pausedAt().plus(minOff));
        // a maximum below the minimum is passed as it is: the allocator then pauses the connector
        // (NO_CURRENT_IN_BOUNDS) instead of sending a current the car may not charge with
        return new Demand(id(c), c.zoneId(), c.phasesInUse(), min, max, c.isVip() ? 1 + c.priority()
                : c.priority(), bounds.weight(), bounds.deniedBy() == null && !resting, c.info().manageable(),
                m.chargingSince(),
                m.waitingSince() == null && !(m.sent() > 0) ? now : m.waitingSince(), pinned);
    }

    private static Outcome outcome(EmsSnapshot snapshot, ComposedConstraints all, Allocation allocation,
            Map<ConnectorId, ConnectorSnapshot> byId, Map<String, Memory> memory, Settings settings,
            List<String> problems, Map<String, String> alerts) {
        Instant now = snapshot.time();
        Map<String, Decision.ConnectorDecision> connectors = new TreeMap<>();
        List<SetpointPlan.Target> targets = new ArrayList<>();
        Map<String, Memory> next = new HashMap<>();
        for (Setpoint s : allocation.setpoints().values()) {
            ConnectorSnapshot c = byId.get(s.id());
            String key = s.id().toString();
            Memory m = memory.getOrDefault(key, Memory.NEW);
            String detail = s.zone() != null ? s.zone() + (s.phase() == null ? "" : " " + s.phase())
                    : connectorBound(c, s, all);
            connectors.put(key, new Decision.ConnectorDecision(s.current(), s.reason().name(), detail));
            if (!s.isSetpoint() || c.state().status() == ConnectorStatus.OFFLINE) {
                next.put(key, m);
                continue;
            }
            targets.add(new SetpointPlan.Target(key, m.sent(), s.current(), c.info().minCurrent()));
            boolean charges = s.current() > 0;
            Instant pausedAt = charges ? null : m.chargingSince() != null ? now : m.pausedAt();
            next.put(key, new Memory(m.sent(), charges ? (m.chargingSince() == null ? now : m.chargingSince()) : null,
                    charges ? null : (m.waitingSince() == null ? now : m.waitingSince()), pausedAt));
        }
        for (ConnectorSnapshot c : snapshot.connectors()) {
            String key = key(c);
            boolean idle = !connectors.containsKey(key) && c.info().manageable()
                    && c.state().status() != ConnectorStatus.OFFLINE;
            if (idle) {
                // an idle connector is held at 0 A, so that a car plugging in waits for its share
                Memory m = memory.getOrDefault(key, Memory.NEW);
                targets.add(new SetpointPlan.Target(key, m.sent(), 0, c.info().minCurrent()));
                next.put(key, new Memory(m.sent(), null, null));
            }
        }
        Map<String, Decision.ZoneDecision> zones = new TreeMap<>();
        for (ZoneLoad z : allocation.zones().values()) {
            Map<String, String> capBy = new TreeMap<>();
            for (Phase p : Phase.values()) {
                all.zoneCap(z.zone(), p).ifPresent(b -> capBy.put(p.name(), b.why()));
            }
            zones.put(z.zone(), new Decision.ZoneDecision(z.cap(), capBy, z.allocated(), z.sessions()));
        }
        SetpointPlan.Plan plan = SetpointPlan.plan(targets, settings.delivery());
        return new Outcome(new Decision(now, zones, connectors, problems, alerts), plan, next);
    }

    /** What bounded a connector by its own bounds: the strategy that capped or denied it, or its rating. */
    private static String connectorBound(ConnectorSnapshot c, Setpoint s, ComposedConstraints all) {
        ComposedConstraints.ConnectorBounds bounds = all.connector(c.stationId(), c.connector());
        return switch (s.reason()) {
            case AT_MAX, NO_CURRENT_IN_BOUNDS -> bounds.max() != null && bounds.max().value() < c.info().maxCurrent()
                    ? bounds.max().why() : "connector maximum " + c.info().maxCurrent() + " A";
            case NOT_ADMITTED -> bounds.deniedBy() == null ? "paused: minimum off time" : bounds.deniedBy();
            case UNMANAGEABLE -> c.state().status() == ConnectorStatus.OFFLINE ? "offline: its last setpoint counts"
                    : "not manageable: counted at its maximum";
            default -> "";
        };
    }

    /** @return what each station last confirmed, A per phase, by station id/connector */
    public static Map<String, Double> confirmed(Map<String, Memory> memory) {
        Map<String, Double> sent = new HashMap<>();
        memory.forEach((key, m) -> {
            if (!Double.isNaN(m.sent())) {
                sent.put(key, m.sent());
            }
        });
        return sent;
    }

    /** @return the memory after a setpoint was confirmed by the station */
    public static Memory sent(Memory m, double setpoint) {
        return new Memory(setpoint, m.chargingSince(), m.waitingSince(), m.pausedAt());
    }

    static String key(ConnectorSnapshot c) {
        return c.stationId() + "/" + c.connector();
    }

    private static ConnectorId id(ConnectorSnapshot c) {
        return new ConnectorId(c.stationId(), c.connector());
    }

    static PhaseValues none() {
        return PhaseValues.none();
    }
}
