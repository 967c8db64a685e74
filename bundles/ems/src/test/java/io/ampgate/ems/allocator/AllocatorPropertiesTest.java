package io.ampgate.ems.allocator;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.unit.Phase;
import io.ampgate.api.unit.PhaseRotation;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.api.unit.Wiring;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the allocator over random sites: zone trees of 1 to 3 levels with random caps per
 * phase (some none) and session limits, connectors with random wirings, rotations, single-, two- or
 * three-phase cars, bounds, classes, weights, admission, manageability and waiting or charging
 * times.
 */
class AllocatorPropertiesTest {

    /** Rounding allowed on sums and shares, in A. */
    static final double TOL = 1e-9;
    static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    record Site(List<ZoneNode> zones, List<Demand> demands) {
        @Override
        public String toString() {
            return "zones=" + zones + "\ndemands=" + demands;
        }
    }

    @Provide
    Arbitrary<Site> sites() {
        Arbitrary<List<Integer>> shape = Arbitraries.integers().between(0, 3).list().ofMaxSize(3);
        return shape.flatMap(children -> {
            int n = 1 + children.size() + children.stream().mapToInt(Integer::intValue).sum();
            Arbitrary<List<ZoneNode>> zones = zone().list().ofSize(n).map(raw -> tree(children, raw));
            return Combinators.combine(zones, demand().list().ofMaxSize(30))
                    .as((zs, ds) -> new Site(zs, place(zs, ds)));
        });
    }

    /** Builds the tree: zone 0 the root, then the children, then each child's children. */
    private static List<ZoneNode> tree(List<Integer> children, List<ZoneNode> raw) {
        List<ZoneNode> out = new ArrayList<>();
        out.add(rename(raw.get(0), "root", null));
        int next = 1 + children.size();
        for (int c = 0; c < children.size(); c++) {
            String child = "z" + c;
            out.add(rename(raw.get(1 + c), child, "root"));
            for (int g = 0; g < children.get(c); g++) {
                out.add(rename(raw.get(next++), child + "." + g, child));
            }
        }
        return out;
    }

    private static ZoneNode rename(ZoneNode z, String id, String parent) {
        return new ZoneNode(id, parent, z.cap(), z.maxSessions());
    }

    private static Arbitrary<ZoneNode> zone() {
        Arbitrary<Double> cap = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Double.NaN)),
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0, 120).map(i -> (double) i)),
                net.jqwik.api.Tuple.of(1, Arbitraries.doubles().between(0, 120)));
        Arbitrary<Integer> sessions = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.just(ZoneNode.NO_SESSION_LIMIT)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 5)));
        return Combinators.combine(cap, cap, cap, sessions)
                .as((a, b, c, s) -> new ZoneNode("x", null, PhaseValues.of(a, b, c), s));
    }

    /** A demand with its zone left to {@link #place}; the zone field holds a number to pick with. */
    private static Arbitrary<Demand> demand() {
        return Builders.withBuilder(() -> new Object[13])
                .use(Arbitraries.integers().between(0, 1000)).in((o, v) -> set(o, 0, v))
                .use(Arbitraries.of(Wiring.class)).in((o, v) -> set(o, 1, v))
                .use(Arbitraries.of(PhaseRotation.class)).in((o, v) -> set(o, 2, v))
                .use(Arbitraries.integers().between(1, 3)).in((o, v) -> set(o, 3, v))
                .use(Arbitraries.of(6.0, 6.0, 6.0, 8.0, 10.0, 16.0, 0.0)).in((o, v) -> set(o, 4, v))
                .use(Arbitraries.of(0.0, 6.0, 10.0, 16.0, 32.0, 32.0, 63.0).injectDuplicates(0.1)).in((o, v) -> set(o, 5, v))
                .use(Arbitraries.integers().between(0, 2)).in((o, v) -> set(o, 6, v))
                .use(Arbitraries.of(1.0, 1.0, 1.0, 2.0, 0.5, 3.0)).in((o, v) -> set(o, 7, v))
                .use(Arbitraries.of(true, true, true, false)).in((o, v) -> set(o, 8, v))
                .use(Arbitraries.of(true, true, true, true, true, false)).in((o, v) -> set(o, 9, v))
                .use(Arbitraries.integers().between(0, 2)).in((o, v) -> set(o, 10, v))
                .use(Arbitraries.integers().between(0, 5)).in((o, v) -> set(o, 11, v))
                .use(Arbitraries.of(false, false, false, true)).in((o, v) -> set(o, 12, v))
                .build(o -> {
                    Set<Phase> phases = Demand.sitePhases((Wiring) o[1], (PhaseRotation) o[2], (Integer) o[3]);
                    Instant time = T0.plusSeconds(60L * (Integer) o[11]);
                    int state = (Integer) o[10]; // 0 new, 1 waiting, 2 charging
                    return new Demand(new ConnectorId("s", 0), String.valueOf(o[0]), phases, (Double) o[4],
                            (Double) o[5], (Integer) o[6], (Double) o[7], (Boolean) o[8], (Boolean) o[9],
                            state == 2 ? time : null, state == 1 ? time : null, state == 2 && (Boolean) o[12]);
                });
    }

    private static Object[] set(Object[] o, int i, Object v) {
        o[i] = v;
        return o;
    }

    /** Gives each demand its own id and a zone picked by the number it holds. */
    private static List<Demand> place(List<ZoneNode> zones, List<Demand> raw) {
        List<Demand> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Demand d = raw.get(i);
            String zone = zones.get(Integer.parseInt(d.zone()) % zones.size()).id();
            out.add(new Demand(new ConnectorId("st" + (i / 2), 1 + i % 2), zone, d.phases(), d.min(), d.max(),
                    d.priority(), d.weight(), d.admissible(), d.manageable(), d.chargingSince(), d.waitingSince(),
                    d.pinned()));
        }
        return out;
    }

    /** The zones on a connector's path, leaf first. */
    private static List<String> path(Site site, String leaf) {
        Map<String, String> parent = new HashMap<>();
        site.zones().forEach(z -> parent.put(z.id(), z.parent()));
        List<String> path = new ArrayList<>();
        for (String z = leaf; z != null; z = parent.get(z)) {
            path.add(z);
        }
        return path;
    }

    private static boolean loads(Site site, Demand d, String zone, Phase phase) {
        return d.phases().contains(phase) && path(site, d.zone()).contains(zone);
    }

    private static double capOf(ZoneNode z, Phase p) {
        double c = z.cap().get(p);
        return Double.isNaN(c) ? Double.POSITIVE_INFINITY : Math.max(0, c);
    }

    private static boolean managedCharging(Demand d, Setpoint s) {
        return d.manageable() && s.current() > 0;
    }

    @Property(tries = 400)
    void noZoneOnAnyPhaseAboveItsCap(@ForAll("sites") Site site) {
        Allocation a = Allocator.allocate(site.zones(), site.demands());
        for (ZoneNode z : site.zones()) {
            for (Phase p : Phase.values()) {
                double managed = 0;
                double unmanaged = 0;
                for (Demand d : site.demands()) {
                    if (loads(site, d, z.id(), p)) {
                        double c = a.setpoint(d.id()).current();
                        if (d.manageable()) {
                            managed += c;
                        } else {
                            unmanaged += c;
                        }
                    }
                }
                // managed connectors get at most what the unmanageable ones leave, never less than 0
                assertThat(managed).as(z.id() + " " + p).isLessThanOrEqualTo(Math.max(0, capOf(z, p) - unmanaged) + TOL);
                assertThat(a.zone(z.id()).allocated().get(p)).isCloseTo(managed + unmanaged,
                        org.assertj.core.api.Assertions.within(1e-6));
            }
        }
    }

    @Property(tries = 400)
    void everyConnectorZeroOrWithinItsBounds(@ForAll("sites") Site site) {
        Allocation a = Allocator.allocate(site.zones(), site.demands());
        for (Demand d : site.demands()) {
            Setpoint s = a.setpoint(d.id());
            if (!d.manageable()) {
                assertThat(s.reason()).isEqualTo(Reason.UNMANAGEABLE);
                assertThat(s.current()).isEqualTo(d.max());
                continue;
            }
            assertThat(s.current() == 0 || s.current() >= d.min() && s.current() <= d.max())
                    .as("%s in [%s, %s]", s, d.min(), d.max()).isTrue();
            boolean zeroReason = switch (s.reason()) {
                case WAITING_FOR_POWER, SESSION_LIMIT, NOT_ADMITTED, NO_CURRENT_IN_BOUNDS -> true;
                default -> false;
            };
            if (zeroReason) {
                assertThat(s.current()).as(s.toString()).isZero();
            } else {
                assertThat(s.current()).as(s.toString()).isEqualTo(s.reason() == Reason.AT_MAX ? d.max() : s.current());
            }
            if (!d.admissible() && !d.charging()) {
                assertThat(s.reason()).isIn(Reason.NOT_ADMITTED, Reason.NO_CURRENT_IN_BOUNDS);
            }
        }
    }

    @Property(tries = 300)
    void sessionLimitsHold(@ForAll("sites") Site site) {
        Allocation a = Allocator.allocate(site.zones(), site.demands());
        for (ZoneNode z : site.zones()) {
            long unmanaged = site.demands().stream()
                    .filter(d -> !d.manageable() && path(site, d.zone()).contains(z.id())).count();
            long managed = site.demands().stream()
                    .filter(d -> d.manageable() && path(site, d.zone()).contains(z.id())
                            && (a.setpoint(d.id()).reason() == Reason.AT_MAX
                                    || a.setpoint(d.id()).reason() == Reason.LIMITED_BY_ZONE))
                    .count();
            assertThat(managed).as(z.id()).isLessThanOrEqualTo(Math.max(0, z.maxSessions() - unmanaged));
        }
    }

    /**
     * A higher class below a lower one (both charging) only when the higher one is at its max, or is
     * held by a full zone phase that the lower one does not load, or the lower one is at its minimum.
     */
    @Property(tries = 400)
    void higherClassNeverBelowLowerClassOnAZoneTheyShare(@ForAll("sites") Site site) {
        Allocation a = Allocator.allocate(site.zones(), site.demands());
        forPairs(site, a, (h, l) -> h.priority() > l.priority(), (h, sh, l, sl) -> sh.current() < sl.current() - 1e-6);
    }

    /**
     * Max-min fairness within a class: a connector's share per unit of weight is below another's of
     * the same class only when it is at its max, or is held by a full zone phase that the other does
     * not load, or the other is at its minimum.
     */
    @Property(tries = 400)
    void fairWithinAClass(@ForAll("sites") Site site) {
        Allocation a = Allocator.allocate(site.zones(), site.demands());
        forPairs(site, a, (x, y) -> x.priority() == y.priority() && !x.id().equals(y.id()),
                (x, sx, y, sy) -> sx.current() / x.weight() < sy.current() / y.weight() - 1e-6);
    }

    interface PairFilter {
        boolean test(Demand a, Demand b);
    }

    interface Below {
        boolean test(Demand a, Setpoint sa, Demand b, Setpoint sb);
    }

    private static void forPairs(Site site, Allocation a, PairFilter pair, Below below) {
        for (Demand x : site.demands()) {
            Setpoint sx = a.setpoint(x.id());
            if (!managedCharging(x, sx)) {
                continue;
            }
            for (Demand y : site.demands()) {
                Setpoint sy = a.setpoint(y.id());
                if (!managedCharging(y, sy) || !pair.test(x, y) || !below.test(x, sx, y, sy)) {
                    continue;
                }
                boolean atMax = sx.reason() == Reason.AT_MAX;
                boolean heldElsewhere = sx.reason() == Reason.LIMITED_BY_ZONE && !loads(site, y, sx.zone(), sx.phase());
                boolean otherAtMin = Math.abs(sy.current() - y.min()) < 1e-6;
                assertThat(atMax || heldElsewhere || otherAtMin).as("%s below %s", sx, sy).isTrue();
            }
        }
    }

    /** The reasons are true: a zone that limits is full; a connector waits only if its minimum does not fit. */
    @Property(tries = 300)
    void reasonsAreTrue(@ForAll("sites") Site site) {
        Allocation a = Allocator.allocate(site.zones(), site.demands());
        Map<String, ZoneNode> zones = new HashMap<>();
        site.zones().forEach(z -> zones.put(z.id(), z));
        for (Demand d : site.demands()) {
            Setpoint s = a.setpoint(d.id());
            if (s.reason() == Reason.LIMITED_BY_ZONE) {
                assertThat(a.zone(s.zone()).allocated().get(s.phase()))
                        .isGreaterThanOrEqualTo(capOf(zones.get(s.zone()), s.phase()) - 1e-6);
            } else if (s.reason() == Reason.WAITING_FOR_POWER) {
                assertThat(a.zone(s.zone()).allocated().get(s.phase()) + d.min())
                        .as(s.toString()).isGreaterThan(capOf(zones.get(s.zone()), s.phase()) - 1e-6);
                // whoever is behind it in the queue and takes current on that zone phase needs less
                for (Demand b : site.demands()) {
                    if (managedCharging(b, a.setpoint(b.id())) && loads(site, b, s.zone(), s.phase())
                            && Demand.QUEUE_ORDER.compare(b, d) > 0) {
                        assertThat(b.min()).as("%s behind %s", b.id(), d.id()).isLessThan(d.min());
                    }
                }
            } else if (s.reason() == Reason.SESSION_LIMIT) {
                assertThat(a.zone(s.zone()).sessions()).isGreaterThanOrEqualTo(zones.get(s.zone()).maxSessions());
            }
        }
    }

    @Property(tries = 300)
    void deterministicWhateverTheInputOrder(@ForAll("sites") Site site, @ForAll long seed) {
        Allocation a = Allocator.allocate(site.zones(), site.demands());
        List<Demand> demands = new ArrayList<>(site.demands());
        List<ZoneNode> zones = new ArrayList<>(site.zones());
        Collections.shuffle(demands, new Random(seed));
        Collections.shuffle(zones, new Random(seed + 1));
        assertThat(Allocator.allocate(zones, demands)).isEqualTo(a);
        assertThat(Allocator.allocate(site.zones(), site.demands())).isEqualTo(a);
    }

    @Property(tries = 200)
    void rootTotalsCountEachConnectorOnItsSitePhasesOnly(@ForAll("sites") Site site) {
        Allocation a = Allocator.allocate(site.zones(), site.demands());
        PhaseValues root = a.zone("root").allocated();
        double[] expected = new double[3];
        for (Demand d : site.demands()) {
            for (Phase p : d.phases()) {
                expected[p.ordinal()] += a.setpoint(d.id()).current();
            }
        }
        for (Phase p : Phase.values()) {
            assertThat(root.get(p)).isCloseTo(expected[p.ordinal()], org.assertj.core.api.Assertions.within(1e-6));
        }
    }
}
