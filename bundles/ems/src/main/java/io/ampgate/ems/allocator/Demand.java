package io.ampgate.ems.allocator;

import io.ampgate.api.station.ConnectorInfo;
import io.ampgate.api.unit.Phase;
import io.ampgate.api.unit.PhaseRotation;
import io.ampgate.api.unit.Wiring;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What one connector with a session asks of the allocator.
 *
 * @param id the connector
 * @param zone its leaf zone's id
 * @param phases the <em>site</em> phases it loads (see {@link #sitePhases}); not empty
 * @param min the least current it may charge with, in A ({@link
 *     ConnectorInfo#IEC_61851_MIN_CURRENT} unless higher); below it the connector gets 0
 * @param max the most current, in A per phase: the least of the connector, station and strategy
 *     bounds; finite
 * @param priority its class: higher classes are served first (a VIP station or badge is a higher
 *     class)
 * @param weight its share within its class relative to the others (default 1); finite, > 0
 * @param admissible false when a strategy denies a new session; ignored while it charges
 * @param manageable false for a connector the gateway cannot control: counted at {@code max}
 * @param chargingSince since when it charges (has a setpoint above 0); {@code null} if it does not
 * @param waitingSince since when it waits for power; {@code null} if it does not (a new session
 *     without it counts as the last to arrive)
 * @param pinned set by the control cycle to keep a charging connector on until its minimum on time
 *     has passed: a pinned connector goes before the unpinned ones of its class in the queue
 */
public record Demand(
        ConnectorId id,
        String zone,
        Set<Phase> phases,
        double min,
        double max,
        int priority,
        double weight,
        boolean admissible,
        boolean manageable,
        Instant chargingSince,
        Instant waitingSince,
        boolean pinned) {

    /**
     * The queue: the order in which connectors get their minimum when not all of them can. Higher
     * priority first; pinned first; then the connectors that do not charge, the one that has waited
     * longest first ({@code waitingSince} absent last); then the charging ones, the one that has
     * charged longest last; then by connector id. The allocator admits in this order, so a waiting
     * connector takes the place of the longest-charging one of its class: power rotates and no one
     * starves.
     */
    public static final Comparator<Demand> QUEUE_ORDER = (a, b) -> {
        int c = compareQueue(a, b);
        return c != 0 ? c : a.id.compareTo(b.id);
    };

    /** {@link #QUEUE_ORDER} without the last tie-break, by connector id. */
    static int compareQueue(Demand a, Demand b) {
        if (a.priority != b.priority) {
            return a.priority > b.priority ? -1 : 1;
        }
        if (a.pinned != b.pinned) {
            return a.pinned ? -1 : 1;
        }
        boolean ac = a.charging();
        if (ac != b.charging()) {
            return ac ? 1 : -1;
        }
        if (ac) {
            return b.chargingSince.compareTo(a.chargingSince); // charged longest last
        }
        if (a.waitingSince == null || b.waitingSince == null) {
            return a.waitingSince == b.waitingSince ? 0 : a.waitingSince == null ? 1 : -1;
        }
        return a.waitingSince.compareTo(b.waitingSince); // waited longest first
    }

    /** Checks the fields and copies the phases. */
    public Demand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(phases, "phases");
        if (phases.isEmpty()) {
            throw new IllegalArgumentException(id + ": no phases");
        }
        phases = Collections.unmodifiableSet(EnumSet.copyOf(phases));
        if (!(min >= 0) || Double.isInfinite(min)) {
            throw new IllegalArgumentException(id + ": min must be finite and >= 0");
        }
        if (!(max >= 0) || Double.isInfinite(max)) {
            throw new IllegalArgumentException(id + ": max must be finite and >= 0");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException(id + ": weight must be finite and > 0");
        }
    }

    /**
     * A manageable, admissible demand of priority 0 and weight 1 that neither charges nor waits.
     *
     * @param id the connector
     * @param zone its leaf zone
     * @param phases the site phases it loads
     * @param min its minimum in A
     * @param max its maximum in A
     * @return the demand
     */
    public static Demand of(ConnectorId id, String zone, Set<Phase> phases, double min, double max) {
        return new Demand(id, zone, phases, min, max, 0, 1, true, true, null, null, false);
    }

    /**
     * The site phases a car loads on a connector: a car charging on {@code carPhases} phases uses
     * that many of the connector's terminals from L1 (a single-phase car uses L1 only, also on a
     * three-phase station), each one moved to its site phase by the rotation.
     *
     * @param wiring the connector's wiring
     * @param rotation the station's phase rotation
     * @param carPhases how many phases the car uses (1 to 3; more than the wiring has counts as the
     *     wiring's)
     * @return the site phases
     */
    public static Set<Phase> sitePhases(Wiring wiring, PhaseRotation rotation, int carPhases) {
        if (carPhases < 1 || carPhases > 3) {
            throw new IllegalArgumentException("carPhases must be 1 to 3");
        }
        int n = Math.min(carPhases, wiring.phases());
        EnumSet<Phase> site = EnumSet.noneOf(Phase.class);
        for (Phase terminal : Phase.values()) {
            if (terminal.ordinal() < n) {
                site.add(rotation.sitePhase(terminal));
            }
        }
        return Collections.unmodifiableSet(site);
    }

    /**
     * Whether it charges now.
     *
     * @return true if {@code chargingSince} is set
     */
    public boolean charging() {
        return chargingSince != null;
    }

    /** @param p the priority class @return a copy with that class */
    public Demand withPriority(int p) {
        return new Demand(id, zone, phases, min, max, p, weight, admissible, manageable, chargingSince, waitingSince, pinned);
    }

    /** @param w the weight @return a copy with that weight */
    public Demand withWeight(double w) {
        return new Demand(id, zone, phases, min, max, priority, w, admissible, manageable, chargingSince, waitingSince, pinned);
    }

    /** @return a copy whose admission a strategy denies */
    public Demand denied() {
        return new Demand(id, zone, phases, min, max, priority, weight, false, manageable, chargingSince, waitingSince, pinned);
    }

    /** @return a copy that the gateway cannot manage */
    public Demand unmanageable() {
        return new Demand(id, zone, phases, min, max, priority, weight, admissible, false, chargingSince, waitingSince, pinned);
    }

    /** @param since since when it charges @return a copy that charges and does not wait */
    public Demand chargingSince(Instant since) {
        return new Demand(id, zone, phases, min, max, priority, weight, admissible, manageable, since, null, pinned);
    }

    /** @param since since when it waits @return a copy that waits and does not charge */
    public Demand waitingSince(Instant since) {
        return new Demand(id, zone, phases, min, max, priority, weight, admissible, manageable, null, since, pinned);
    }

    /** @return a pinned copy (held on by the cycle's minimum on time) */
    public Demand pin() {
        return new Demand(id, zone, phases, min, max, priority, weight, admissible, manageable, chargingSince, waitingSince, true);
    }
}
