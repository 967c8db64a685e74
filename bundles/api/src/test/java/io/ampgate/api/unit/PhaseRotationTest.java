package io.ampgate.api.unit;

import static io.ampgate.api.unit.Phase.L1;
import static io.ampgate.api.unit.Phase.L2;
import static io.ampgate.api.unit.Phase.L3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhaseRotationTest {

    @ParameterizedTest(name = "{0}: station {1} -> site {2}")
    @CsvSource({
        "L1_L2_L3, L1, L1", "L1_L2_L3, L2, L2", "L1_L2_L3, L3, L3",
        "L2_L3_L1, L1, L2", "L2_L3_L1, L2, L3", "L2_L3_L1, L3, L1",
        "L3_L1_L2, L1, L3", "L3_L1_L2, L2, L1", "L3_L1_L2, L3, L2",
        "L1_L3_L2, L1, L1", "L1_L3_L2, L2, L3", "L1_L3_L2, L3, L2",
        "L2_L1_L3, L1, L2", "L2_L1_L3, L2, L1", "L2_L1_L3, L3, L3",
        "L3_L2_L1, L1, L3", "L3_L2_L1, L2, L2", "L3_L2_L1, L3, L1",
    })
    void sitePhaseAndInverse(PhaseRotation rotation, Phase connectorPhase, Phase sitePhase) {
        assertThat(rotation.sitePhase(connectorPhase)).isEqualTo(sitePhase);
        assertThat(rotation.connectorPhase(sitePhase)).isEqualTo(connectorPhase);
    }

    static Stream<Arguments> singlePhaseCars() {
        // a single-phase car always draws on the station's L1
        return Stream.of(
                arguments(PhaseRotation.L1_L2_L3, PhaseValues.of(16, 0, 0)),
                arguments(PhaseRotation.L2_L3_L1, PhaseValues.of(0, 16, 0)),
                arguments(PhaseRotation.L3_L1_L2, PhaseValues.of(0, 0, 16)),
                arguments(PhaseRotation.L1_L3_L2, PhaseValues.of(16, 0, 0)),
                arguments(PhaseRotation.L2_L1_L3, PhaseValues.of(0, 16, 0)),
                arguments(PhaseRotation.L3_L2_L1, PhaseValues.of(0, 0, 16)));
    }

    @ParameterizedTest
    @MethodSource("singlePhaseCars")
    void singlePhaseCarLoadsTheRotatedSitePhase(PhaseRotation rotation, PhaseValues site) {
        assertThat(rotation.toSite(PhaseValues.single(16))).isEqualTo(site);
    }

    @Test
    void toSiteMovesEveryValueIncludingNaN() {
        PhaseValues station = PhaseValues.of(10, 20, Double.NaN);
        assertThat(PhaseRotation.L2_L3_L1.toSite(station)).isEqualTo(PhaseValues.of(Double.NaN, 10, 20));
        assertThat(PhaseRotation.L3_L1_L2.toSite(station)).isEqualTo(PhaseValues.of(20, Double.NaN, 10));
        assertThat(PhaseRotation.L1_L3_L2.toSite(station)).isEqualTo(PhaseValues.of(10, Double.NaN, 20));
        assertThat(PhaseRotation.L1_L2_L3.toSite(station)).isEqualTo(station);
    }

    @ParameterizedTest
    @EnumSource(PhaseRotation.class)
    void toConnectorInvertsToSite(PhaseRotation rotation) {
        PhaseValues v = PhaseValues.of(1, 2, 3);
        assertThat(rotation.toConnector(rotation.toSite(v))).isEqualTo(v);
        assertThat(rotation.toSite(rotation.toConnector(v))).isEqualTo(v);
        EnumSet<Phase> sitePhases = EnumSet.noneOf(Phase.class);
        for (Phase p : Phase.values()) {
            sitePhases.add(rotation.sitePhase(p));
        }
        assertThat(sitePhases).as("a rotation is a permutation").containsExactly(L1, L2, L3);
    }

    @Test
    void siteHeadroomInConnectorTerms() {
        // site L2 has 5 A left; on an L2-L3-L1 station that is the station's L1
        PhaseValues headroom = PhaseValues.of(20, 5, 12);
        assertThat(PhaseRotation.L2_L3_L1.toConnector(headroom)).isEqualTo(PhaseValues.of(5, 12, 20));
    }

    @ParameterizedTest
    @CsvSource({
        "RST, L1_L2_L3", "STR, L2_L3_L1", "TRS, L3_L1_L2",
        "RTS, L1_L3_L2", "SRT, L2_L1_L3", "TSR, L3_L2_L1",
        "' rst ', L1_L2_L3", "str, L2_L3_L1"
    })
    void fromOcpp(String ocpp, PhaseRotation expected) {
        assertThat(PhaseRotation.fromOcpp(ocpp)).contains(expected);
        assertThat(expected.ocpp()).isEqualTo(ocpp.trim().toUpperCase());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"NotApplicable", "Unknown", "", "RSS", "L1_L2_L3"})
    void fromOcppUnknown(String ocpp) {
        assertThat(PhaseRotation.fromOcpp(ocpp)).isEqualTo(Optional.empty());
    }

    @Test
    void wiring() {
        assertThat(Wiring.SINGLE_PHASE.phases()).isEqualTo(1);
        assertThat(Wiring.THREE_PHASE.phases()).isEqualTo(3);
        assertThat(Wiring.SINGLE_PHASE.connectorPhases()).containsExactly(L1);
        assertThat(Wiring.THREE_PHASE.connectorPhases()).containsExactly(L1, L2, L3);
        assertThat(L1.number()).isEqualTo(1);
        assertThat(L3.number()).isEqualTo(3);
    }
}
