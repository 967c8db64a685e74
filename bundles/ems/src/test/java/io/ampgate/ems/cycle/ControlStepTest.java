package io.ampgate.ems.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.ems.ConnectorSnapshot;
import io.ampgate.api.ems.EmsSnapshot;
import io.ampgate.api.ems.Strategy;
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
import io.ampgate.ems.cycle.ControlStep.Memory;
import io.ampgate.ems.cycle.ControlStep.Outcome;
import io.ampgate.ems.cycle.SetpointPlan.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One control cycle end to end over the pure parts: zone limits, strategies, allocator, delivery. */
class ControlStepTest {
    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
    private static final ControlStep.Settings SETTINGS =
            new ControlStep.Settings(new SetpointPlan.Settings(0.5, 32), Duration.ofMinutes(2));
    private static final Zone SITE = new Zone("site", null, "Main", ZoneKind.SITE, PhaseValues.all(60), null,
            PhaseValues.all(16));

    private static ConnectorSnapshot connector(String station, ConnectorStatus status, String session) {
        ConnectorInfo info = new ConnectorInfo(1, PlugType.TYPE_2, Wiring.THREE_PHASE, PhaseRotation.L1_L2_L3, 32, 6, true);
        ConnectorState state = new ConnectorState(1, status, PhaseValues.zero(), 0, 0, session, T0);
        return new ConnectorSnapshot(station, 1, "site", info, state, false, false, 0,
                java.util.EnumSet.allOf(Phase.class), false);
    }

    private static EmsSnapshot snapshot(Instant at, ConnectorSnapshot... connectors) {
        return new EmsSnapshot(at, List.of(SITE), Map.of(), List.of(connectors), Optional.empty(), Map.of());
    }

    private static Map<String, Memory> delivered(Outcome o) {
        Map<String, Memory> m = new HashMap<>(o.memory());
        List<Step> all = new ArrayList<>(o.plan().reductions());
        all.addAll(o.plan().increases());
        all.forEach(s -> m.put(s.connector(), ControlStep.sent(m.get(s.connector()), s.setpoint())));
        return m;
    }

    @Test
    void theSeedsExampleTwoSessionsShareSixtyAmpsThenAThirdArrives() {
        Outcome first = ControlStep.run(snapshot(T0, connector("CP1", ConnectorStatus.CHARGING, "1"),
                connector("CP2", ConnectorStatus.CHARGING, "2"), connector("CP3", ConnectorStatus.AVAILABLE, null)),
                List.of(), Map.of(), SETTINGS);

        assertThat(first.decision().connectors()).containsOnlyKeys("CP1/1", "CP2/1");
        assertThat(first.plan().increases()).extracting(Step::setpoint).containsExactly(30.0, 30.0);
        assertThat(first.decision().zones().get("site").capBy()).containsEntry("L1", "zone: limit of zone Main");

        Outcome second = ControlStep.run(snapshot(T0.plusSeconds(1), connector("CP1", ConnectorStatus.CHARGING, "1"),
                connector("CP2", ConnectorStatus.CHARGING, "2"), connector("CP3", ConnectorStatus.PREPARING, "3")),
                List.of(), delivered(first), SETTINGS);

        assertThat(second.plan().reductions()).extracting(Step::connector, Step::setpoint)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CP1/1", 20.0), org.assertj.core.groups.Tuple.tuple("CP2/1", 20.0));
        assertThat(second.plan().increases()).extracting(Step::connector, Step::setpoint)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CP3/1", 20.0));
    }

    @Test
    void aStrategyTightensTheZoneAndIsNamed() {
        Strategy dynamic = strategy("dynamic", (s, c) -> c.capZone("site", PhaseValues.all(40), "60 A minus building"));

        Outcome o = ControlStep.run(snapshot(T0, connector("CP1", ConnectorStatus.CHARGING, "1"),
                connector("CP2", ConnectorStatus.CHARGING, "2")), List.of(dynamic), Map.of(), SETTINGS);

        assertThat(o.plan().increases()).extracting(Step::setpoint).containsExactly(20.0, 20.0);
        assertThat(o.decision().zones().get("site").capBy()).containsEntry("L2", "dynamic: 60 A minus building");
    }

    @Test
    void aConnectorHeldByAStrategyNamesItAndOneBelowItsMinimumIsPaused() {
        Strategy pv = strategy("pv", (s, c) -> {
            c.capConnector("CP1", 1, 10, "surplus 6900 W");
            c.capConnector("CP2", 1, 2, "minimum power for continuity");
        });

        Outcome o = ControlStep.run(snapshot(T0, connector("CP1", ConnectorStatus.CHARGING, "1"),
                connector("CP2", ConnectorStatus.CHARGING, "2"), connector("CP3", ConnectorStatus.CHARGING, "3")),
                List.of(pv), Map.of(), SETTINGS);

        assertThat(o.decision().connectors().get("CP1/1")).isEqualTo(
                new io.ampgate.ems.Decision.ConnectorDecision(10, "AT_MAX", "pv: surplus 6900 W"));
        assertThat(o.decision().connectors().get("CP2/1")).as("never 2 A: below the 6 A minimum it pauses")
                .isEqualTo(new io.ampgate.ems.Decision.ConnectorDecision(0, "NO_CURRENT_IN_BOUNDS",
                        "pv: minimum power for continuity"));
        assertThat(o.decision().connectors().get("CP3/1").detail()).isEqualTo("connector maximum 32.0 A");
    }

    @Test
    void aFailingStrategyPutsTheZonesOnTheirFallbackLimit() {
        Strategy broken = strategy("broken", (s, c) -> {
            throw new IllegalStateException("boom");
        });

        Outcome o = ControlStep.run(snapshot(T0, connector("CP1", ConnectorStatus.CHARGING, "1")), List.of(broken),
                Map.of(), SETTINGS);

        assertThat(o.plan().increases()).extracting(Step::setpoint).containsExactly(16.0);
        assertThat(o.decision().problems()).singleElement().asString().contains("strategy broken failed");
    }

    @Test
    void aSilentZoneMeterPutsItsZoneOnTheFallbackLimitAndRaisesAnAlertUntilItSpeaksAgain() {
        Zone metered = new Zone("site", null, "Main", ZoneKind.SITE, PhaseValues.all(60), "grid", PhaseValues.all(16));
        io.ampgate.api.meter.MeterReading old = new io.ampgate.api.meter.MeterReading(T0.minusSeconds(30),
                PhaseValues.all(230), PhaseValues.all(10), PhaseValues.all(2300), 6900, 1, 0);
        EmsSnapshot silent = new EmsSnapshot(T0, List.of(metered), Map.of("site", old),
                List.of(connector("CP1", ConnectorStatus.CHARGING, "1")), Optional.empty(), Map.of());

        Outcome o = ControlStep.run(silent, List.of(), Map.of(), SETTINGS);

        assertThat(o.plan().increases()).extracting(Step::setpoint).containsExactly(16.0);
        assertThat(o.decision().alerts()).containsOnlyKeys("meter-silent:site");
        assertThat(o.decision().alerts().get("meter-silent:site")).contains("meter grid silent since");
        assertThat(o.decision().zones().get("site").capBy().get("L1")).startsWith("fallback: meter grid");

        io.ampgate.api.meter.MeterReading fresh = new io.ampgate.api.meter.MeterReading(T0.minusSeconds(1),
                PhaseValues.all(230), PhaseValues.all(10), PhaseValues.all(2300), 6900, 1, 0);
        EmsSnapshot back = new EmsSnapshot(T0, List.of(metered), Map.of("site", fresh),
                List.of(connector("CP1", ConnectorStatus.CHARGING, "1")), Optional.empty(), Map.of());
        Outcome recovered = ControlStep.run(back, List.of(), delivered(o), SETTINGS);
        assertThat(recovered.decision().alerts()).isEmpty();
        assertThat(recovered.plan().increases()).extracting(Step::setpoint).containsExactly(32.0);
    }

    @Test
    void aPausedCarRestsForTheMinimumOffTimeBeforeItMayStartAgain() {
        ControlStep.Settings settings = new ControlStep.Settings(new SetpointPlan.Settings(0.5, 32), Duration.ZERO,
                Duration.ofSeconds(10), Duration.ofSeconds(60));
        Strategy tight = strategy("grid", (s, c) -> c.capZone("site", PhaseValues.all(5), "constrained"));
        ConnectorSnapshot cp1 = connector("CP1", ConnectorStatus.CHARGING, "1");

        Outcome charging = ControlStep.run(snapshot(T0, cp1), List.of(), Map.of(), settings);
        Outcome paused = ControlStep.run(snapshot(T0.plusSeconds(1), cp1), List.of(tight), delivered(charging), settings);
        assertThat(paused.plan().reductions()).extracting(Step::setpoint).containsExactly(0.0);

        Outcome resting = ControlStep.run(snapshot(T0.plusSeconds(30), cp1), List.of(), delivered(paused), settings);
        assertThat(resting.plan().increases()).isEmpty();
        assertThat(resting.decision().connectors().get("CP1/1").reason()).isEqualTo("NOT_ADMITTED");

        Outcome again = ControlStep.run(snapshot(T0.plusSeconds(62), cp1), List.of(), delivered(resting), settings);
        assertThat(again.plan().increases()).extracting(Step::setpoint).containsExactly(32.0);
    }

    @Test
    void anOfflineStationKeepsCountingWhatItWasLastTold() {
        Map<String, Memory> memory = Map.of("CP1/1", new Memory(32, T0.minusSeconds(600), null));

        Outcome o = ControlStep.run(snapshot(T0, connector("CP1", ConnectorStatus.OFFLINE, null),
                connector("CP2", ConnectorStatus.CHARGING, "2"), connector("CP3", ConnectorStatus.CHARGING, "3")),
                List.of(), memory, SETTINGS);

        assertThat(o.plan().increases()).extracting(Step::connector, Step::setpoint).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CP2/1", 14.0), org.assertj.core.groups.Tuple.tuple("CP3/1", 14.0));
        assertThat(o.decision().connectors().get("CP1/1").reason()).isEqualTo("UNMANAGEABLE");
    }

    private static Strategy strategy(String id, java.util.function.BiConsumer<EmsSnapshot, io.ampgate.api.ems.Constraints> shape) {
        return new Strategy() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public void shape(EmsSnapshot snapshot, io.ampgate.api.ems.Constraints constraints) {
                shape.accept(snapshot, constraints);
            }
        };
    }
}
