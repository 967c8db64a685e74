package io.ampgate.ems.allocator;

import static io.ampgate.api.unit.Phase.L1;
import static io.ampgate.api.unit.Phase.L2;
import static io.ampgate.api.unit.Phase.L3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ampgate.api.unit.Phase;
import io.ampgate.api.unit.PhaseRotation;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.api.unit.Wiring;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AllocatorTest {

    static final Set<Phase> THREE = EnumSet.allOf(Phase.class);
    static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    /** One expected setpoint: connector "s/1" style id, current, reason, binding zone and phase. */
    record Expect(String id, double current, Reason reason, String zone, Phase phase) {
        static Expect of(String id, double current, Reason reason) {
            return new Expect(id, current, reason, null, null);
        }

        static Expect of(String id, double current, Reason reason, String zone, Phase phase) {
            return new Expect(id, current, reason, zone, phase);
        }
    }

    static ConnectorId cid(String id) {
        String[] parts = id.split("/");
        return new ConnectorId(parts[0], Integer.parseInt(parts[1]));
    }

    static ZoneNode zone(String id, String parent, double perPhase) {
        return ZoneNode.of(id, parent, PhaseValues.all(perPhase));
    }

    static Demand three(String id, String zone) {
        return Demand.of(cid(id), zone, THREE, 6, 32);
    }

    static Demand single(String id, String zone, Phase sitePhase) {
        return Demand.of(cid(id), zone, EnumSet.of(sitePhase), 6, 32);
    }

    static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    static Arguments row(String name, List<ZoneNode> zones, List<Demand> demands, Expect... expected) {
        return Arguments.of(name, zones, demands, Arrays.asList(expected));
    }

    static Stream<Arguments> cases() {
        List<ZoneNode> site60 = List.of(zone("site", null, 60));
        List<ZoneNode> nested = List.of(zone("site", null, 63), zone("a", "site", 40), zone("b", "site", 40));
        return Stream.of(
                row("seed: 60 A, two sessions -> 30 A each", site60,
                        List.of(three("s1/1", "site"), three("s2/1", "site")),
                        Expect.of("s1/1", 30, Reason.LIMITED_BY_ZONE, "site", L1),
                        Expect.of("s2/1", 30, Reason.LIMITED_BY_ZONE, "site", L1)),
                row("seed: 60 A, three sessions -> 20 A each", site60,
                        List.of(three("s1/1", "site"), three("s2/1", "site"), three("s3/1", "site")),
                        Expect.of("s1/1", 20, Reason.LIMITED_BY_ZONE, "site", L1),
                        Expect.of("s2/1", 20, Reason.LIMITED_BY_ZONE, "site", L1),
                        Expect.of("s3/1", 20, Reason.LIMITED_BY_ZONE, "site", L1)),
                row("one session under a large cap: at its max", site60,
                        List.of(three("s1/1", "site")),
                        Expect.of("s1/1", 32, Reason.AT_MAX)),
                row("single-phase car on an L2-L3-L1 station loads site L2 only",
                        List.of(ZoneNode.of("site", null, PhaseValues.of(60, 20, 60))),
                        List.of(Demand.of(cid("rot/1"), "site",
                                        Demand.sitePhases(Wiring.THREE_PHASE, PhaseRotation.L2_L3_L1, 1), 6, 32),
                                three("s2/1", "site")),
                        Expect.of("rot/1", 10, Reason.LIMITED_BY_ZONE, "site", L2),
                        Expect.of("s2/1", 10, Reason.LIMITED_BY_ZONE, "site", L2)),
                row("single-phase cars on three rotations share no phase", List.of(zone("site", null, 20)),
                        List.of(single("a/1", "site", L1), single("b/1", "site", L2), single("c/1", "site", L3)),
                        Expect.of("a/1", 20, Reason.LIMITED_BY_ZONE, "site", L1),
                        Expect.of("b/1", 20, Reason.LIMITED_BY_ZONE, "site", L2),
                        Expect.of("c/1", 20, Reason.LIMITED_BY_ZONE, "site", L3)),
                row("nested: the root binds, the leaf's spare goes to the other leaf", nested,
                        List.of(three("a1/1", "a"), three("a2/1", "a"), three("b1/1", "b")),
                        Expect.of("a1/1", 20, Reason.LIMITED_BY_ZONE, "a", L1),
                        Expect.of("a2/1", 20, Reason.LIMITED_BY_ZONE, "a", L1),
                        Expect.of("b1/1", 23, Reason.LIMITED_BY_ZONE, "site", L1)),
                row("nested: NaN cap means the parent's cap", List.of(zone("site", null, 30),
                                ZoneNode.of("free", "site", PhaseValues.none())),
                        List.of(three("f1/1", "free"), three("f2/1", "free")),
                        Expect.of("f1/1", 15, Reason.LIMITED_BY_ZONE, "site", L1),
                        Expect.of("f2/1", 15, Reason.LIMITED_BY_ZONE, "site", L1)),
                row("VIP first: the VIP fills before the others rise above their minimum", site60,
                        List.of(three("vip/1", "site").withPriority(1), three("n1/1", "site"), three("n2/1", "site")),
                        Expect.of("vip/1", 32, Reason.AT_MAX),
                        Expect.of("n1/1", 14, Reason.LIMITED_BY_ZONE, "site", L1),
                        Expect.of("n2/1", 14, Reason.LIMITED_BY_ZONE, "site", L1)),
                row("VIP under a cap: the others keep their minimum", List.of(zone("site", null, 30)),
                        List.of(three("vip/1", "site").withPriority(1), three("n1/1", "site")),
                        Expect.of("vip/1", 24, Reason.LIMITED_BY_ZONE, "site", L1),
                        Expect.of("n1/1", 6, Reason.LIMITED_BY_ZONE, "site", L1)),
                row("weights: 2:1", List.of(zone("site", null, 45)),
                        List.of(three("w2/1", "site").withWeight(2), three("w1/1", "site")),
                        Expect.of("w2/1", 30, Reason.LIMITED_BY_ZONE, "site", L1),
                        Expect.of("w1/1", 15, Reason.LIMITED_BY_ZONE, "site", L1)),
                row("weights: the heavier one at its max, the rest to the other", List.of(zone("site", null, 50)),
                        List.of(three("w2/1", "site").withWeight(2), three("w1/1", "site")),
                        Expect.of("w2/1", 32, Reason.AT_MAX),
                        Expect.of("w1/1", 18, Reason.LIMITED_BY_ZONE, "site", L1)),
                row("min not reachable: the one that waited longest first, the longest charging waits",
                        List.of(zone("site", null, 13)),
                        List.of(three("long/1", "site").chargingSince(at(0)),
                                three("short/1", "site").chargingSince(at(30)),
                                three("wait/1", "site").waitingSince(at(40)),
                                three("new/1", "site")),
                        Expect.of("wait/1", 6.5, Reason.LIMITED_BY_ZONE, "site", L1),
                        Expect.of("new/1", 6.5, Reason.LIMITED_BY_ZONE, "site", L1),
                        Expect.of("short/1", 0, Reason.WAITING_FOR_POWER, "site", L1),
                        Expect.of("long/1", 0, Reason.WAITING_FOR_POWER, "site", L1)),
                row("min not reachable: of two waiting, the one that waited longest", List.of(zone("site", null, 10)),
                        List.of(three("late/1", "site").waitingSince(at(5)), three("early/1", "site").waitingSince(at(1))),
                        Expect.of("early/1", 10, Reason.LIMITED_BY_ZONE, "site", L1),
                        Expect.of("late/1", 0, Reason.WAITING_FOR_POWER, "site", L1)),
                row("pinned (minimum on time) keeps its place before the waiting ones", List.of(zone("site", null, 10)),
                        List.of(three("on/1", "site").chargingSince(at(0)).pin(), three("wait/1", "site").waitingSince(at(1))),
                        Expect.of("on/1", 10, Reason.LIMITED_BY_ZONE, "site", L1),
                        Expect.of("wait/1", 0, Reason.WAITING_FOR_POWER, "site", L1)),
                row("priority before waiting time", List.of(zone("site", null, 10)),
                        List.of(three("wait/1", "site").waitingSince(at(0)), three("vip/1", "site").withPriority(1)),
                        Expect.of("vip/1", 10, Reason.LIMITED_BY_ZONE, "site", L1),
                        Expect.of("wait/1", 0, Reason.WAITING_FOR_POWER, "site", L1)),
                row("a later connector on a free phase still starts", List.of(zone("site", null, 10)),
                        List.of(single("a/1", "site", L1).waitingSince(at(0)), single("b/1", "site", L1).waitingSince(at(1)),
                                single("c/1", "site", L2).waitingSince(at(2))),
                        Expect.of("a/1", 10, Reason.LIMITED_BY_ZONE, "site", L1),
                        Expect.of("b/1", 0, Reason.WAITING_FOR_POWER, "site", L1),
                        Expect.of("c/1", 10, Reason.LIMITED_BY_ZONE, "site", L2)),
                row("unmanageable: counted at its max first", site60,
                        List.of(three("u/1", "site").unmanageable(), three("m1/1", "site"), three("m2/1", "site")),
                        Expect.of("u/1", 32, Reason.UNMANAGEABLE),
                        Expect.of("m1/1", 14, Reason.LIMITED_BY_ZONE, "site", L1),
                        Expect.of("m2/1", 14, Reason.LIMITED_BY_ZONE, "site", L1)),
                row("unmanageable over the cap: managed connectors get 0", List.of(zone("site", null, 30)),
                        List.of(three("u/1", "site").unmanageable(), three("m/1", "site")),
                        Expect.of("u/1", 32, Reason.UNMANAGEABLE),
                        Expect.of("m/1", 0, Reason.WAITING_FOR_POWER, "site", L1)),
                row("session limit: the first in the queue charge", List.of(zone("site", null, 60).withMaxSessions(2)),
                        List.of(three("a/1", "site").chargingSince(at(0)), three("b/1", "site").chargingSince(at(10)),
                                three("c/1", "site").waitingSince(at(20))),
                        Expect.of("c/1", 30, Reason.LIMITED_BY_ZONE, "site", L1),
                        Expect.of("b/1", 30, Reason.LIMITED_BY_ZONE, "site", L1),
                        Expect.of("a/1", 0, Reason.SESSION_LIMIT, "site", null)),
                row("admission denied: a new session waits, a running one goes on", site60,
                        List.of(three("run/1", "site").chargingSince(at(0)).denied(), three("new/1", "site").denied()),
                        Expect.of("run/1", 32, Reason.AT_MAX),
                        Expect.of("new/1", 0, Reason.NOT_ADMITTED)),
                row("bounds that leave no current: 0", site60,
                        List.of(Demand.of(cid("p/1"), "site", THREE, 6, 0), Demand.of(cid("q/1"), "site", THREE, 10, 8)),
                        Expect.of("p/1", 0, Reason.NO_CURRENT_IN_BOUNDS),
                        Expect.of("q/1", 0, Reason.NO_CURRENT_IN_BOUNDS)),
                row("a minimum of 0 (a strategy's bound) may be held at 0 A and keeps its session",
                        List.of(ZoneNode.of("site", null, PhaseValues.of(0, 60, 60)).withMaxSessions(1)),
                        List.of(Demand.of(cid("zero/1"), "site", EnumSet.of(L1), 0, 32).waitingSince(at(0)),
                                single("two/1", "site", L2).waitingSince(at(1))),
                        Expect.of("zero/1", 0, Reason.LIMITED_BY_ZONE, "site", L1),
                        Expect.of("two/1", 0, Reason.SESSION_LIMIT, "site", null)),
                row("a higher minimum is kept, equal shares above it", List.of(zone("site", null, 30)),
                        List.of(Demand.of(cid("hi/1"), "site", THREE, 16, 32), three("lo/1", "site")),
                        Expect.of("hi/1", 16, Reason.LIMITED_BY_ZONE, "site", L1),
                        Expect.of("lo/1", 14, Reason.LIMITED_BY_ZONE, "site", L1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void allocates(String name, List<ZoneNode> zones, List<Demand> demands, List<Expect> expected) {
        Allocation a = Allocator.allocate(zones, demands);
        for (Expect e : expected) {
            Setpoint s = a.setpoint(cid(e.id()));
            assertThat(s.current()).as(e.id() + " current").isCloseTo(e.current(), within(1e-9));
            assertThat(s.reason()).as(e.id() + " reason").isEqualTo(e.reason());
            assertThat(s.zone()).as(e.id() + " zone").isEqualTo(e.zone());
            assertThat(s.phase()).as(e.id() + " phase").isEqualTo(e.phase());
        }
        assertThat(a.setpoints()).hasSameSizeAs(demands);
        // the same input in another order gives the same result
        List<Demand> reversed = new ArrayList<>(demands);
        java.util.Collections.reverse(reversed);
        List<ZoneNode> zonesReversed = new ArrayList<>(zones);
        java.util.Collections.reverse(zonesReversed);
        assertThat(Allocator.allocate(zonesReversed, reversed)).isEqualTo(a);
    }

    @Test
    void zoneLoadsSayWhatBoundsThem() {
        Allocation a = Allocator.allocate(
                List.of(ZoneNode.of("site", null, PhaseValues.of(30, 30, 30)), zone("a", "site", 100)),
                List.of(three("u/1", "a").unmanageable(), single("m/1", "a", L2)));
        ZoneLoad site = a.zone("site");
        assertThat(site.allocated()).isEqualTo(PhaseValues.of(32, 32, 32));
        assertThat(site.unmanageable()).isEqualTo(PhaseValues.of(32, 32, 32));
        assertThat(site.bounds()).containsOnly(ZoneBound.UNMANAGEABLE_OVER_CAP);
        assertThat(a.zone("a").bound(L1)).isEqualTo(ZoneBound.HEADROOM);
        assertThat(a.setpoint(cid("m/1")).reason()).isEqualTo(Reason.WAITING_FOR_POWER);
        assertThat(a.setpoint(cid("u/1")).isSetpoint()).isFalse();
        assertThat(site.sessions()).isEqualTo(1);
        assertThat(a.queue()).containsExactly(cid("m/1"));
    }

    @Test
    void zoneAtItsCapOnOnePhase() {
        Allocation a = Allocator.allocate(List.of(zone("site", null, 20)),
                List.of(single("a/1", "site", L1), single("b/1", "site", L1), single("c/1", "site", L3)));
        ZoneLoad site = a.zone("site");
        assertThat(site.allocated()).isEqualTo(PhaseValues.of(20, 0, 20));
        assertThat(site.bounds()).containsExactly(ZoneBound.CAP, ZoneBound.HEADROOM, ZoneBound.CAP);
        assertThat(site.sessions()).isEqualTo(3);
    }

    @Test
    void queueListsTheWaitingFirstInLineFirst() {
        Allocation a = Allocator.allocate(List.of(zone("site", null, 6)),
                List.of(three("a/1", "site").waitingSince(at(3)), three("b/1", "site").waitingSince(at(1)),
                        three("c/1", "site").waitingSince(at(2))));
        assertThat(a.currents()).containsEntry(cid("b/1"), 6.0);
        assertThat(a.queue()).containsExactly(cid("c/1"), cid("a/1"));
    }

    @Test
    void sitePhasesFollowWiringRotationAndCar() {
        assertThat(Demand.sitePhases(Wiring.THREE_PHASE, PhaseRotation.L3_L1_L2, 1)).containsExactly(L3);
        assertThat(Demand.sitePhases(Wiring.THREE_PHASE, PhaseRotation.L3_L1_L2, 2)).containsExactly(L1, L3);
        assertThat(Demand.sitePhases(Wiring.THREE_PHASE, PhaseRotation.L2_L3_L1, 3)).containsExactly(L1, L2, L3);
        assertThat(Demand.sitePhases(Wiring.SINGLE_PHASE, PhaseRotation.L2_L3_L1, 3)).containsExactly(L2);
    }

    @Test
    void rejectsBadInput() {
        List<ZoneNode> site = List.of(zone("site", null, 60));
        assertThatThrownBy(() -> Allocator.allocate(site, List.of(three("a/1", "nowhere"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no zone nowhere");
        assertThatThrownBy(() -> Allocator.allocate(site, List.of(three("a/1", "site"), three("a/1", "site"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> Allocator.allocate(List.of(zone("a", "b", 1), zone("b", "a", 1)), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle");
        assertThatThrownBy(() -> Allocator.allocate(List.of(zone("a", "x", 1)), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no parent zone x");
        assertThatThrownBy(() -> Demand.of(cid("a/1"), "site", THREE, 6, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
