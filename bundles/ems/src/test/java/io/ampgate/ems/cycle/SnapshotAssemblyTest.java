package io.ampgate.ems.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.ems.ConnectorSnapshot;
import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.meter.MeterRole;
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
import io.ampgate.ems.cycle.SnapshotAssembly.MeterView;
import io.ampgate.ems.cycle.SnapshotAssembly.Result;
import io.ampgate.ems.cycle.SnapshotAssembly.StationView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One cycle's snapshot, built from what the stations, meters and the site report. */
class SnapshotAssemblyTest {
    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    private static MeterReading reading(double power) {
        return new MeterReading(NOW.minusSeconds(2), PhaseValues.all(230), PhaseValues.all(10), PhaseValues.all(power / 3),
                power, 1000, 0);
    }

    @Test
    void connectorsAreFoundTheirZoneMeterPhasesAndVipAndUnplacedOnesAreReported() {
        List<Zone> zones = List.of(
                new Zone("site", null, "Main", ZoneKind.SITE, PhaseValues.all(100), "grid", PhaseValues.all(40)),
                new Zone("garage", "site", "Garage", ZoneKind.PANEL, PhaseValues.all(63), null, PhaseValues.all(16)));
        ConnectorInfo three = new ConnectorInfo(1, PlugType.TYPE_2, Wiring.THREE_PHASE, PhaseRotation.L2_L3_L1, 32, 6, true);
        ConnectorInfo two = new ConnectorInfo(2, PlugType.TYPE_2, Wiring.THREE_PHASE, PhaseRotation.L1_L2_L3, 32, 6, true);
        StationView cp1 = new StationView("CP1", "garage", false, List.of(three, two), Map.of(
                1, new ConnectorState(1, ConnectorStatus.CHARGING, PhaseValues.of(16, 0, 0), 3680, 5000, "41", NOW),
                2, new ConnectorState(2, ConnectorStatus.AVAILABLE, PhaseValues.zero(), 0, 0, null, NOW)));
        StationView cp2 = new StationView("CP2", null, true, List.of(three), Map.of(1, ConnectorState.offline(1, NOW)));
        Map<String, MeterView> meters = Map.of(
                "grid", new MeterView("grid", MeterRole.SITE, Optional.of(reading(20_000))),
                "roof", new MeterView("roof", MeterRole.PV, Optional.of(reading(-6_000))),
                "silent", new MeterView("silent", MeterRole.PV, Optional.empty()));

        Result result = SnapshotAssembly.build(NOW, zones, List.of(cp2, cp1), meters, (s, c) -> s.equals("CP1") && c == 1,
                Optional.empty(), Map.of(), Map.of("CP1/1", 16.0));

        assertThat(result.unplaced()).containsExactly("CP2/1");
        assertThat(result.snapshot().zoneReadings()).containsOnlyKeys("site");
        assertThat(result.snapshot().pvReadings()).containsOnlyKeys("roof");
        List<ConnectorSnapshot> connectors = result.snapshot().connectors();
        assertThat(connectors).extracting(ConnectorSnapshot::connector).containsExactly(1, 2);
        assertThat(connectors.get(0).phasesInUse()).as("a single-phase car on a rotated station")
                .isEqualTo(Set.of(Phase.L2));
        assertThat(connectors.get(0).vipBadge()).isTrue();
        assertThat(connectors.get(1).phasesInUse()).isEqualTo(Set.of(Phase.L1, Phase.L2, Phase.L3));
        assertThat(connectors.get(1).isVip()).isFalse();
        assertThat(connectors.get(0).setpoint()).as("what the station confirmed").isEqualTo(16.0);
        assertThat(connectors.get(1).setpoint()).as("nothing confirmed yet").isNaN();
    }
}
