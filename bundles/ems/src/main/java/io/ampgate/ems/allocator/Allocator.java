package io.ampgate.ems.allocator;

import io.ampgate.api.unit.Phase;
import io.ampgate.api.unit.PhaseValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Shares the zones' current among the connectors: a pure function, see the bundle's README for the
 * rules and what they guarantee.
 *
 * <ol>
 *   <li>Unmanageable connectors are counted at their max on every zone above them, first.
 *   <li>Connectors that do not charge and may not be admitted get 0 ({@link Reason#NOT_ADMITTED}).
 *   <li>The others, in {@link Demand#QUEUE_ORDER}, get their minimum if it fits on every phase they
 *       load under every zone above them, and no zone above them has its most sessions; otherwise
 *       0 and they wait.
 *   <li>What is left is shared class by class, highest first, by weighted water-filling (max-min
 *       fair): the connectors of a class rise together, each at its weight, from its minimum, until
 *       it reaches its max or a zone on one of its phases is full.
 * </ol>
 *
 * <p>Complexity: O(n log n + e (z + d)) for n connectors, z zones of depth d and e events (each
 * connector starts and stops at most once, each zone phase fills at most once per class).
 */
public final class Allocator {

    /** Tolerance in A for "fits" and "full". */
    static final double EPS = 1e-9;

    private static final Phase[] PHASES = Phase.values();

    private Allocator() {}

    /**
     * Allocates.
     *
     * @param zones the zone tree: ids unique, every parent present, no cycle
     * @param demands one per connector with a session, ids unique, each in a zone of {@code zones}
     * @return the setpoints and zone loads
     * @throws IllegalArgumentException if the input breaks these rules
     */
    public static Allocation allocate(Collection<ZoneNode> zones, Collection<Demand> demands) {
        return new Run(zones, demands).run();
    }

    private static final class Run {
        final ZoneNode[] zone;
        final Map<String, Integer> zoneIndex = new HashMap<>();
        final int[][] path; // per zone: itself, its parent, ... the root
        final double[] cap; // [z*3+p], +inf when none
        final double[] unmanaged;
        final double[] rem; // what managed connectors may still take
        final int[] sessions;
        final Demand[] demand; // sorted by id
        final int[] leaf;
        final int[] mask; // bit p: loads site phase p
        final double[] x;
        final Setpoint[] out;

        Run(Collection<ZoneNode> zones, Collection<Demand> demands) {
            zone = zones.toArray(new ZoneNode[0]);
            // zone order breaks ties between zone phases that fill at the same moment
            Arrays.sort(zone, Comparator.comparing(ZoneNode::id));
            int nz = zone.length;
            for (int z = 0; z < nz; z++) {
                if (zoneIndex.put(zone[z].id(), z) != null) {
                    throw new IllegalArgumentException("zone " + zone[z].id() + " twice");
                }
            }
            int[] parent = new int[nz];
            for (int z = 0; z < nz; z++) {
                String p = zone[z].parent();
                if (p == null) {
                    parent[z] = -1;
                } else {
                    Integer pi = zoneIndex.get(p);
                    if (pi == null) {
                        throw new IllegalArgumentException("zone " + zone[z].id() + ": no parent zone " + p);
                    }
                    parent[z] = pi;
                }
            }
            path = new int[nz][];
            int[] buf = new int[nz + 1];
            for (int z = 0; z < nz; z++) {
                int len = 0;
                for (int a = z; a >= 0; a = parent[a]) {
                    if (len == nz) {
                        throw new IllegalArgumentException("zone " + zone[z].id() + " is in a cycle");
                    }
                    buf[len++] = a;
                }
                path[z] = Arrays.copyOf(buf, len);
            }
            cap = new double[nz * 3];
            for (int z = 0; z < nz; z++) {
                for (Phase p : PHASES) {
                    double c = zone[z].cap().get(p);
                    cap[z * 3 + p.ordinal()] = Double.isNaN(c) ? Double.POSITIVE_INFINITY : Math.max(0, c);
                }
            }
            unmanaged = new double[nz * 3];
            rem = new double[nz * 3];
            sessions = new int[nz];

            demand = demands.toArray(new Demand[0]);
            Arrays.sort(demand, (a, b) -> a.id().compareTo(b.id()));
            int n = demand.length;
            leaf = new int[n];
            mask = new int[n];
            for (int i = 0; i < n; i++) {
                if (i > 0 && demand[i].id().equals(demand[i - 1].id())) {
                    throw new IllegalArgumentException("connector " + demand[i].id() + " twice");
                }
                Integer z = zoneIndex.get(demand[i].zone());
                if (z == null) {
                    throw new IllegalArgumentException(demand[i].id() + ": no zone " + demand[i].zone());
                }
                leaf[i] = z;
                for (Phase p : demand[i].phases()) {
                    mask[i] |= 1 << p.ordinal();
                }
            }
            x = new double[n];
            out = new Setpoint[n];
        }

        Allocation run() {
            int n = demand.length;
            // 1. unmanageable connectors at their max
            for (int i = 0; i < n; i++) {
                Demand d = demand[i];
                if (!d.manageable()) {
                    x[i] = d.max();
                    for (int z : path[leaf[i]]) {
                        sessions[z]++;
                        for (int p = 0; p < 3; p++) {
                            if ((mask[i] & 1 << p) != 0) {
                                unmanaged[z * 3 + p] += d.max();
                            }
                        }
                    }
                    out[i] = new Setpoint(d.id(), d.max(), Reason.UNMANAGEABLE, null, null);
                }
            }
            for (int k = 0; k < rem.length; k++) {
                rem[k] = Math.max(0, cap[k] - unmanaged[k]);
            }
            // 2. admission in queue order
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Demand d = demand[i];
                if (!d.manageable()) {
                    continue;
                }
                if (!d.admissible() && !d.charging()) {
                    out[i] = new Setpoint(d.id(), 0, Reason.NOT_ADMITTED, null, null);
                } else if (d.max() < d.min() || d.max() <= 0) {
                    out[i] = new Setpoint(d.id(), 0, Reason.NO_CURRENT_IN_BOUNDS, null, null);
                } else {
                    candidates.add(i);
                }
            }
            // demands are sorted by id: the index breaks the last tie as QUEUE_ORDER does
            candidates.sort((a, b) -> {
                int c = Demand.compareQueue(demand[a], demand[b]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            List<ConnectorId> queue = new ArrayList<>();
            List<Integer> admitted = new ArrayList<>();
            for (int i : candidates) {
                Setpoint waits = admit(i);
                if (waits == null) {
                    admitted.add(i);
                } else {
                    out[i] = waits;
                    queue.add(demand[i].id());
                }
            }
            // 3. water-filling, class by class
            admitted.sort((a, b) -> {
                int c = Integer.compare(demand[b].priority(), demand[a].priority());
                return c != 0 ? c : Integer.compare(a, b);
            });
            int from = 0;
            while (from < admitted.size()) {
                int to = from;
                int cls = demand[admitted.get(from)].priority();
                while (to < admitted.size() && demand[admitted.get(to)].priority() == cls) {
                    to++;
                }
                fill(admitted.subList(from, to).stream().mapToInt(Integer::intValue).toArray());
                from = to;
            }
            trim();
            Map<ConnectorId, Setpoint> setpoints = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                setpoints.put(demand[i].id(), out[i]);
            }
            return new Allocation(setpoints, loads(), queue);
        }

        /** Reserves connector i's minimum; returns why it waits, or null if admitted. */
        private Setpoint admit(int i) {
            Demand d = demand[i];
            int[] zs = path[leaf[i]];
            for (int z : zs) {
                if (sessions[z] >= zone[z].maxSessions()) {
                    return new Setpoint(d.id(), 0, Reason.SESSION_LIMIT, zone[z].id(), null);
                }
            }
            for (int z : zs) {
                for (int p = 0; p < 3; p++) {
                    if ((mask[i] & 1 << p) != 0 && rem[z * 3 + p] + EPS < d.min()) {
                        return new Setpoint(d.id(), 0, Reason.WAITING_FOR_POWER, zone[z].id(), PHASES[p]);
                    }
                }
            }
            for (int z : zs) {
                sessions[z]++;
                for (int p = 0; p < 3; p++) {
                    if ((mask[i] & 1 << p) != 0) {
                        rem[z * 3 + p] = Math.max(0, rem[z * 3 + p] - d.min());
                    }
                }
            }
            x[i] = d.min();
            return null;
        }

        private static final int PENDING = 0, GROWING = 1, FROZEN = 2;

        /** Weighted max-min fair filling of one class, from the members' minima. */
        private void fill(int[] members) {
            int m = members.length;
            double[] w = new double[m];
            double[] start = new double[m];
            double[] stop = new double[m];
            int[] state = new int[m];
            for (int k = 0; k < m; k++) {
                Demand d = demand[members[k]];
                w[k] = d.weight();
                start[k] = d.min() / w[k];
                stop[k] = d.max() / w[k];
            }
            // the members under each zone
            int[] count = new int[zone.length];
            for (int k = 0; k < m; k++) {
                for (int z : path[leaf[members[k]]]) {
                    count[z]++;
                }
            }
            int[][] under = new int[zone.length][];
            for (int z = 0; z < zone.length; z++) {
                under[z] = new int[count[z]];
                count[z] = 0;
            }
            for (int k = 0; k < m; k++) {
                for (int z : path[leaf[members[k]]]) {
                    under[z][count[z]++] = k;
                }
            }
            Integer[] byStart = sortedBy(start, m);
            Integer[] byStop = sortedBy(stop, m);
            double[] rate = new double[rem.length];
            int[] growing = new int[rem.length];
            int nextStart = 0;
            int nextStop = 0;
            double t = 0;
            while (true) {
                while (nextStart < m && state[byStart[nextStart]] != PENDING) {
                    nextStart++;
                }
                while (nextStop < m && state[byStop[nextStop]] == FROZEN) {
                    nextStop++;
                }
                double tStart = nextStart < m ? start[byStart[nextStart]] : Double.POSITIVE_INFINITY;
                // max >= min, so a connector's stop never comes before its start; on a tie, start first
                double tStop = nextStop < m ? stop[byStop[nextStop]] : Double.POSITIVE_INFINITY;
                double tFull = Double.POSITIVE_INFINITY;
                int full = -1;
                for (int k = 0; k < rem.length; k++) {
                    if (growing[k] > 0) {
                        double tk = t + rem[k] / rate[k];
                        if (tk < tFull) {
                            tFull = tk;
                            full = k;
                        }
                    }
                }
                double next = Math.min(tFull, Math.min(tStart, tStop));
                if (next == Double.POSITIVE_INFINITY) {
                    return;
                }
                next = Math.max(next, t);
                double dt = next - t;
                if (dt > 0) {
                    for (int k = 0; k < rem.length; k++) {
                        if (growing[k] > 0) {
                            rem[k] = Math.max(0, rem[k] - rate[k] * dt);
                        }
                    }
                }
                t = next;
                if (full >= 0 && tFull <= next) {
                    rem[full] = 0;
                    int z = full / 3;
                    int p = full % 3;
                    for (int k : under[z]) {
                        int i = members[k];
                        if (state[k] != FROZEN && (mask[i] & 1 << p) != 0) {
                            if (state[k] == GROWING) {
                                x[i] = clamp(w[k] * t, demand[i]);
                                grow(i, w[k], -1, rate, growing);
                            }
                            state[k] = FROZEN;
                            out[i] = new Setpoint(demand[i].id(), x[i], Reason.LIMITED_BY_ZONE, zone[z].id(), PHASES[p]);
                        }
                    }
                } else if (tStart <= tStop) {
                    // every start at this moment at once: starting takes no current yet
                    for (; nextStart < m && start[byStart[nextStart]] <= t; nextStart++) {
                        int k = byStart[nextStart];
                        if (state[k] == PENDING) {
                            begin(k, members[k], w[k], start[k], stop[k], state, rate, growing);
                        }
                    }
                } else {
                    // every stop at this moment at once (all these connectors grow: starts came first)
                    for (; nextStop < m && stop[byStop[nextStop]] <= t; nextStop++) {
                        int k = byStop[nextStop];
                        if (state[k] == GROWING) {
                            int i = members[k];
                            state[k] = FROZEN;
                            x[i] = demand[i].max();
                            grow(i, w[k], -1, rate, growing);
                            out[i] = new Setpoint(demand[i].id(), x[i], Reason.AT_MAX, null, null);
                        }
                    }
                }
            }
        }

        /** Member k (connector i) reaches the level of its minimum: it grows, or is already held. */
        private void begin(int k, int i, double w, double start, double stop, int[] state, double[] rate,
                int[] growing) {
            int blocked = fullOnPath(i);
            if (blocked >= 0) {
                state[k] = FROZEN;
                out[i] = new Setpoint(demand[i].id(), x[i], Reason.LIMITED_BY_ZONE, zone[blocked / 3].id(),
                        PHASES[blocked % 3]);
            } else if (stop <= start) {
                state[k] = FROZEN;
                x[i] = demand[i].max();
                out[i] = new Setpoint(demand[i].id(), x[i], Reason.AT_MAX, null, null);
            } else {
                state[k] = GROWING;
                grow(i, w, 1, rate, growing);
            }
        }

        private static Integer[] sortedBy(double[] key, int m) {
            Integer[] order = new Integer[m];
            for (int k = 0; k < m; k++) {
                order[k] = k;
            }
            Arrays.sort(order, (a, b) -> {
                int c = Double.compare(key[a], key[b]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            return order;
        }

        private static double clamp(double v, Demand d) {
            return Math.min(d.max(), Math.max(d.min(), v));
        }

        private boolean onPath(int leafZone, int z) {
            for (int a : path[leafZone]) {
                if (a == z) {
                    return true;
                }
            }
            return false;
        }

        /** The first full zone phase (leaf first) that connector i loads, or -1. */
        private int fullOnPath(int i) {
            for (int z : path[leaf[i]]) {
                for (int p = 0; p < 3; p++) {
                    if ((mask[i] & 1 << p) != 0 && rem[z * 3 + p] <= EPS) {
                        return z * 3 + p;
                    }
                }
            }
            return -1;
        }

        private void grow(int i, double w, int sign, double[] rate, int[] growing) {
            for (int z : path[leaf[i]]) {
                for (int p = 0; p < 3; p++) {
                    if ((mask[i] & 1 << p) != 0) {
                        int k = z * 3 + p;
                        growing[k] += sign;
                        rate[k] = growing[k] == 0 ? 0 : rate[k] + sign * w;
                    }
                }
            }
        }

        /**
         * Floating-point guard: where managed setpoints exceed what a zone phase leaves them (by
         * rounding, at most a few EPS), takes the excess off the largest connectors above their
         * minimum, so that caps hold to within rounding.
         */
        private void trim() {
            double[] managed = managedTotals();
            Integer[] byDepth = new Integer[zone.length];
            for (int z = 0; z < zone.length; z++) {
                byDepth[z] = z;
            }
            Arrays.sort(byDepth, Comparator.<Integer>comparingInt(z -> -path[z].length).thenComparingInt(z -> z));
            for (int z : byDepth) {
                for (int p = 0; p < 3; p++) {
                    int k = z * 3 + p;
                    double excess = managed[k] - Math.max(0, cap[k] - unmanaged[k]);
                    for (int i = demand.length - 1; excess > 0 && i >= 0; i--) {
                        if (out[i].isSetpoint() && out[i].current() > demand[i].min() && (mask[i] & 1 << p) != 0
                                && onPath(leaf[i], z)) {
                            double cut = Math.min(excess, out[i].current() - demand[i].min());
                            out[i] = new Setpoint(out[i].id(), out[i].current() - cut, out[i].reason(), out[i].zone(),
                                    out[i].phase());
                            excess -= cut;
                            managed = managedTotals();
                        }
                    }
                }
            }
        }

        private static boolean holdsSession(Reason r) {
            return r == Reason.AT_MAX || r == Reason.LIMITED_BY_ZONE || r == Reason.UNMANAGEABLE;
        }

        private double[] managedTotals() {
            double[] total = new double[rem.length];
            for (int i = 0; i < demand.length; i++) {
                if (out[i].isSetpoint() && out[i].current() > 0) {
                    for (int z : path[leaf[i]]) {
                        for (int p = 0; p < 3; p++) {
                            if ((mask[i] & 1 << p) != 0) {
                                total[z * 3 + p] += out[i].current();
                            }
                        }
                    }
                }
            }
            return total;
        }

        private TreeMap<String, ZoneLoad> loads() {
            double[] managed = managedTotals();
            int[] charging = new int[zone.length];
            for (int i = 0; i < demand.length; i++) {
                if (holdsSession(out[i].reason())) {
                    for (int z : path[leaf[i]]) {
                        charging[z]++;
                    }
                }
            }
            TreeMap<String, ZoneLoad> loads = new TreeMap<>();
            for (int z = 0; z < zone.length; z++) {
                double[] total = new double[3];
                List<ZoneBound> bounds = new ArrayList<>(3);
                for (int p = 0; p < 3; p++) {
                    int k = z * 3 + p;
                    total[p] = managed[k] + unmanaged[k];
                    if (unmanaged[k] > cap[k]) {
                        bounds.add(ZoneBound.UNMANAGEABLE_OVER_CAP);
                    } else if (total[p] >= cap[k] - EPS) {
                        bounds.add(ZoneBound.CAP);
                    } else {
                        bounds.add(ZoneBound.HEADROOM);
                    }
                }
                loads.put(zone[z].id(), new ZoneLoad(zone[z].id(), zone[z].cap(),
                        PhaseValues.of(total[0], total[1], total[2]),
                        PhaseValues.of(unmanaged[z * 3], unmanaged[z * 3 + 1], unmanaged[z * 3 + 2]),
                        bounds, charging[z]));
            }
            return loads;
        }
    }
}
