package io.ampgate.api.ems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.api.meter.MeterReading;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmsSnapshotTest {

    private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");
    private static final PhaseValues L = PhaseValues.all(63);

    private static final Zone SITE = new Zone("site", null, "Site", ZoneKind.SITE, L, "m0", L);
    private static final Zone PANEL = new Zone("panel", "site", "Panel", ZoneKind.PANEL, L, null, L);
    private static final Zone GROUP = new Zone("group", "panel", "Group", ZoneKind.GROUP, L, null, L);
    private static final Zone OTHER = new Zone("other", "site", "Other", ZoneKind.GROUP, L, null, L);

    private static ConnectorSnapshot connector(String station, String zone, PhaseRotation rotation,
            Wiring wiring, PhaseValues current, Set<Phase> inUse) {
        return new ConnectorSnapshot(
                station, 1, zone,
                new ConnectorInfo(1, PlugType.TYPE_2, wiring, rotation, 32, true),
                new ConnectorState(1, ConnectorStatus.CHARGING, current, Double.NaN, 0, "1", T),
                false, false, 0, inUse, true);
    }

    private static ConnectorSnapshot connector(String station, String zone) {
        return connector(station, zone, PhaseRotation.L1_L2_L3, Wiring.THREE_PHASE,
                PhaseValues.all(10), Set.of(Phase.L1, Phase.L2, Phase.L3));
    }

    private static MeterReading reading(Instant at) {
        return new MeterReading(at, PhaseValues.all(230), PhaseValues.all(20), PhaseValues.all(4600),
                13800, 0, 0);
    }

    private static EmsSnapshot snapshot(List<Zone> zones, List<ConnectorSnapshot> connectors) {
        return new EmsSnapshot(T, zones, Map.of(), connectors, Optional.empty(), Map.of());
    }

    @Test
    void navigatesTheTree() {
        ConnectorSnapshot a = connector("A", "group");
        ConnectorSnapshot b = connector("B", "panel");
        ConnectorSnapshot c = connector("C", "other");
        EmsSnapshot s = new EmsSnapshot(T, List.of(GROUP, SITE, OTHER, PANEL),
                Map.of("site", reading(T.minusSeconds(3))), List.of(a, b, c), Optional.empty(), Map.of());

        assertThat(s.root()).contains(SITE);
        assertThat(s.zone("panel")).contains(PANEL);
        assertThat(s.zone("nope")).isEmpty();
        assertThat(s.children("site")).containsExactly(OTHER, PANEL);
        assertThat(s.connectorsUnder("site")).containsExactly(a, b, c);
        assertThat(s.connectorsUnder("panel")).containsExactly(a, b);
        assertThat(s.connectorsUnder("group")).containsExactly(a);
        assertThat(s.connectorsUnder("other")).containsExactly(c);
        assertThat(s.connectorsUnder("nope")).isEmpty();
        assertThat(s.readingAge("site")).contains(Duration.ofSeconds(3));
        assertThat(s.readingAge("panel")).isEmpty();
    }

    @Test
    void isImmutable() {
        List<ConnectorSnapshot> list = new ArrayList<>(List.of(connector("A", "site")));
        EmsSnapshot s = snapshot(List.of(SITE), list);
        list.clear();
        assertThat(s.connectors()).hasSize(1);
        assertThatThrownBy(() -> s.zones().add(PANEL)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void emptySiteIsAllowed() {
        EmsSnapshot s = snapshot(List.of(), List.of());
        assertThat(s.root()).isEmpty();
    }

    @Test
    void rejectsInconsistentTrees() {
        Zone secondRoot = new Zone("site2", null, "Site 2", ZoneKind.SITE, L, null, L);
        assertThatIllegalArgumentException().isThrownBy(() -> snapshot(List.of(SITE, secondRoot), List.of()))
                .withMessageContaining("root");
        assertThatIllegalArgumentException().isThrownBy(() -> snapshot(List.of(SITE, GROUP), List.of()))
                .withMessageContaining("unknown parent");
        assertThatIllegalArgumentException().isThrownBy(() -> snapshot(List.of(SITE, PANEL, PANEL), List.of()))
                .withMessageContaining("duplicate");
        Zone x = new Zone("x", "y", "X", ZoneKind.GROUP, L, null, L);
        Zone y = new Zone("y", "x", "Y", ZoneKind.GROUP, L, null, L);
        assertThatIllegalArgumentException().isThrownBy(() -> snapshot(List.of(SITE, x, y), List.of()))
                .withMessageContaining("cycle");
        assertThatIllegalArgumentException().isThrownBy(() -> snapshot(List.of(x, y), List.of()))
                .withMessageContaining("root");
    }

    @Test
    void rejectsDanglingReferences() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> snapshot(List.of(SITE), List.of(connector("A", "panel"))))
                .withMessageContaining("unknown zone");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> snapshot(List.of(SITE), List.of(connector("A", "site"), connector("A", "site"))))
                .withMessageContaining("duplicate connector");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EmsSnapshot(T, List.of(SITE), Map.of("panel", reading(T)), List.of(),
                        Optional.empty(), Map.of()))
                .withMessageContaining("unknown zone");
    }

    @Test
    void connectorSnapshotMapsCurrentToTheSite() {
        // single-phase car on an L2-L3-L1 station draws 16 A on the station's L1 = site L2
        ConnectorSnapshot c = connector("A", "site", PhaseRotation.L2_L3_L1, Wiring.THREE_PHASE,
                PhaseValues.single(16), Set.of(Phase.L2));
        assertThat(c.siteCurrent()).isEqualTo(PhaseValues.of(0, 16, 0));
        assertThat(c.phasesInUse()).containsExactly(Phase.L2);
        assertThat(c.isVip()).isFalse();
    }

    @Test
    void connectorSnapshotRejectsPhasesItsWiringDoesNotReach() {
        assertThatIllegalArgumentException().isThrownBy(() -> connector("A", "site",
                PhaseRotation.L2_L3_L1, Wiring.SINGLE_PHASE, PhaseValues.single(16), Set.of(Phase.L1)));
        assertThatIllegalArgumentException().isThrownBy(() -> connector("A", "site",
                PhaseRotation.L1_L2_L3, Wiring.THREE_PHASE, PhaseValues.zero(), Set.of()));
        // single-phase on L3_L1_L2 reaches site L3 only
        assertThat(connector("A", "site", PhaseRotation.L3_L1_L2, Wiring.SINGLE_PHASE,
                PhaseValues.single(10), Set.of(Phase.L3)).phasesInUse()).containsExactly(Phase.L3);
    }

    @Test
    void connectorSnapshotRejectsMismatchedNumbers() {
        ConnectorInfo info = new ConnectorInfo(2, PlugType.TYPE_2, Wiring.THREE_PHASE,
                PhaseRotation.L1_L2_L3, 32, true);
        ConnectorState state = ConnectorState.offline(1, T);
        assertThatIllegalArgumentException().isThrownBy(() -> new ConnectorSnapshot(
                "A", 1, "site", info, state, true, false, 1, Set.of(Phase.L1), true));
    }

    @Test
    void connectorSnapshotTakesAConfirmedSetpointOrNone() {
        ConnectorInfo info = new ConnectorInfo(1, PlugType.TYPE_2, Wiring.THREE_PHASE, PhaseRotation.L1_L2_L3, 32, true);
        ConnectorState state = new ConnectorState(1, ConnectorStatus.CHARGING, PhaseValues.all(10), Double.NaN, 0, "1", T);
        Set<Phase> all = Set.of(Phase.L1, Phase.L2, Phase.L3);
        assertThat(new ConnectorSnapshot("A", 1, "site", info, state, false, false, 0, all, true).setpoint()).isNaN();
        assertThat(new ConnectorSnapshot("A", 1, "site", info, state, false, false, 0, all, true, 16).setpoint())
                .isEqualTo(16);
        assertThat(new ConnectorSnapshot("A", 1, "site", info, state, false, false, 0, all, true, 0).setpoint()).isZero();
        for (double bad : new double[] {-1, Double.POSITIVE_INFINITY}) {
            assertThatIllegalArgumentException().isThrownBy(() -> new ConnectorSnapshot(
                    "A", 1, "site", info, state, false, false, 0, all, true, bad))
                    .withMessageContaining("A/1: setpoint must be NaN or a current of 0 A or more, was " + bad);
        }
    }

    @Test
    void theVersionOneConstructorTakesThePhasesAsCertainWithoutSetpoint() {
        ConnectorInfo info = new ConnectorInfo(1, PlugType.TYPE_2, Wiring.THREE_PHASE, PhaseRotation.L1_L2_L3, 32, true);
        ConnectorState state = new ConnectorState(1, ConnectorStatus.CHARGING, PhaseValues.all(10), Double.NaN, 0, "1", T);
        ConnectorSnapshot c = new ConnectorSnapshot("A", 1, "site", info, state, false, false, 0, Set.of(Phase.L1));
        assertThat(c.phasesKnown()).isTrue();
        assertThat(c.setpoint()).isNaN();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}, session {1}: {2}")
    @org.junit.jupiter.params.provider.CsvSource(nullValues = "none", textBlock = """
            AVAILABLE,      none, false
            PREPARING,      none, false
            PREPARING,      17,   true
            CHARGING,       none, true
            SUSPENDED_EV,   none, true
            SUSPENDED_EVSE, none, true
            FINISHING,      none, false
            OFFLINE,        17,   true
            """)
    void aConnectorWantsPowerWithASessionOrWhileItsCarCharges(ConnectorStatus status, String session, boolean wants) {
        ConnectorInfo info = new ConnectorInfo(1, PlugType.TYPE_2, Wiring.THREE_PHASE, PhaseRotation.L1_L2_L3, 32, true);
        ConnectorState state = new ConnectorState(1, status, PhaseValues.all(0), Double.NaN, 0, session, T);
        assertThat(new ConnectorSnapshot("A", 1, "site", info, state, false, false, 0, Set.of(Phase.L1)).wantsPower())
                .isEqualTo(wants);
    }
}
