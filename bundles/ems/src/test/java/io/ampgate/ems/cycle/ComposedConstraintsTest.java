package io.ampgate.ems.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.ems.Constraints;
import io.ampgate.api.unit.Phase;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.ems.cycle.ComposedConstraints.ConnectorBounds;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Strategies only tighten: how their limits compose, and which one is named as the reason. */
class ComposedConstraintsTest {

    @Test
    void aZoneIsCappedPerPhaseByTheTightestStrategyWhichIsNamed() {
        ComposedConstraints all = new ComposedConstraints();
        all.as("static").capZone("site", PhaseValues.all(100), "static limit");
        all.as("dynamic").capZone("site", PhaseValues.of(80, 120, Double.NaN), "100 A minus building load");
        all.as("gridsignal").capZone("site", PhaseValues.of(90, 60, 90), "constrained");

        assertThat(all.zoneCap("site")).isEqualTo(PhaseValues.of(80, 60, 90));
        assertThat(all.zoneCap("site", Phase.L1)).hasValueSatisfying(b -> assertThat(b.why())
                .isEqualTo("dynamic: 100 A minus building load"));
        assertThat(all.zoneCap("site", Phase.L2).orElseThrow().strategy()).isEqualTo("gridsignal");
        assertThat(all.zoneCap("garage")).isEqualTo(PhaseValues.none());
    }

    @Test
    void aNegativeCapIsZero() {
        ComposedConstraints all = new ComposedConstraints();
        all.as("dynamic").capZone("site", PhaseValues.of(-5, 10, 10), "building over its limit");

        assertThat(all.zoneCap("site").l1()).isZero();
    }

    @Test
    void aCapBeatsAMinimumWeightsMultiplyAndOneDenialIsEnough() {
        ComposedConstraints all = new ComposedConstraints();
        Constraints pv = all.as("pv");
        Constraints grid = all.as("gridsignal");
        pv.boundConnector("CP1", 1, 6, 32, "minimum for continuity");
        grid.capConnector("CP1", 1, 0, "constrained: sessions paused");
        pv.boundConnector("CP2", 1, 6, 16, "surplus");
        all.as("static").boundConnector("CP2", 1, 0, 24, "station limit");
        pv.weight("CP2", 1, 2, "priority badge");
        all.as("tariff").weight("CP2", 1, 1.5, "cheap hour");
        grid.denyAdmission("CP3", 1, "constrained");
        pv.denyAdmission("CP3", 1, "no surplus");

        ConnectorBounds cp1 = all.connector("CP1", 1);
        assertThat(cp1.min()).isNull();
        assertThat(cp1.max().value()).isZero();
        assertThat(cp1.max().strategy()).isEqualTo("gridsignal");
        ConnectorBounds cp2 = all.connector("CP2", 1);
        assertThat(cp2.min().value()).isEqualTo(6);
        assertThat(cp2.max().value()).isEqualTo(16);
        assertThat(cp2.weight()).isEqualTo(3.0);
        assertThat(all.connector("CP3", 1).deniedBy()).isEqualTo("gridsignal: constrained");
        assertThat(all.connector("CP4", 1)).isEqualTo(new ConnectorBounds(null, null, 1.0, null));
    }

    @Test
    void aReasonThatNamesItsStrategyIsNotNamedTwice() {
        ComposedConstraints all = new ComposedConstraints();
        all.as("pv").capConnector("CP1", 1, 9, "pv: surplus 6210 W, charging on surplus: 9.0 A");
        all.as("green-up").denyAdmission("CP2", 1, "green-up: yellow, no new session");
        all.as("pv").capConnector("CP3", 1, 9, "pvc: not this strategy's prefix");

        assertThat(all.connector("CP1", 1).max().why()).isEqualTo("pv: surplus 6210 W, charging on surplus: 9.0 A");
        assertThat(all.connector("CP2", 1).deniedBy()).isEqualTo("green-up: yellow, no new session");
        assertThat(all.connector("CP3", 1).max().why()).isEqualTo("pv: pvc: not this strategy's prefix");
    }

    @Test
    void strategiesRaiseAlertsNamedAfterThem() {
        ComposedConstraints all = new ComposedConstraints();
        all.as("pv").alert("data-lost", "pv: PV data lost, no PV meter reading");
        all.as("tariff").alert("data-lost", "no prices for today");

        assertThat(all.alerts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "pv:data-lost", "pv: PV data lost, no PV meter reading",
                "tariff:data-lost", "tariff: no prices for today"));
        assertThat(new ComposedConstraints().alerts()).isEmpty();
    }

    @Test
    void theSmallestSessionLimitHolds() {
        ComposedConstraints all = new ComposedConstraints();
        all.as("gridsignal").limitSessions("site", 4, "constrained");
        all.as("greenup").limitSessions("site", 6, "yellow");

        assertThat(all.sessionLimit("site").orElseThrow().value()).isEqualTo(4);
        assertThat(all.sessionLimit("garage")).isEmpty();
    }
}
