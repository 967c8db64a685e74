package io.ampgate.api.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.ampgate.api.unit.PhaseRotation;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.api.unit.Wiring;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StationRecordsTest {

    private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");

    @Test
    void connectorInfoDefaultsToIecMinimum() {
        ConnectorInfo info =
                new ConnectorInfo(1, PlugType.TYPE_2, Wiring.THREE_PHASE, PhaseRotation.L1_L2_L3, 32, true);
        assertThat(info.minCurrent()).isEqualTo(6.0).isEqualTo(ConnectorInfo.IEC_61851_MIN_CURRENT);
        assertThat(info.maxCurrent()).isEqualTo(32);
    }

    @ParameterizedTest(name = "number={0} max={1} min={2}")
    @CsvSource({
        "0, 32, 6", "-1, 32, 6", // connector numbers start at 1
        "1, 0, 0", "1, -16, 6", "1, NaN, 6", "1, Infinity, 6", // max must be positive and finite
        "1, 32, -1", "1, 32, NaN", "1, 16, 20", // min in [0, max]
    })
    void connectorInfoRejects(int number, double max, double min) {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new ConnectorInfo(
                                number, PlugType.TYPE_2, Wiring.SINGLE_PHASE, PhaseRotation.L1_L2_L3, max, min, true));
    }

    @Test
    void connectorInfoAcceptsMinEqualToMaxAndZeroMin() {
        new ConnectorInfo(1, PlugType.CCS, Wiring.THREE_PHASE, PhaseRotation.L2_L3_L1, 16, 16, false);
        new ConnectorInfo(2, PlugType.CCS, Wiring.THREE_PHASE, PhaseRotation.L2_L3_L1, 16, 0, false);
        assertThatNullPointerException()
                .isThrownBy(() -> new ConnectorInfo(1, null, Wiring.THREE_PHASE, PhaseRotation.L1_L2_L3, 16, true));
    }

    @Test
    void connectorState() {
        ConnectorState s = new ConnectorState(
                2, ConnectorStatus.CHARGING, PhaseValues.single(16), 3680, 12_345, "42", T);
        assertThat(s.status().isCharging()).isTrue();
        assertThat(s.sessionId()).isEqualTo("42");

        assertThatIllegalArgumentException().isThrownBy(() -> new ConnectorState(
                0, ConnectorStatus.AVAILABLE, PhaseValues.zero(), 0, 0, null, T));
        assertThatIllegalArgumentException().isThrownBy(() -> new ConnectorState(
                1, ConnectorStatus.AVAILABLE, PhaseValues.zero(), 0, -1, null, T));
        assertThatIllegalArgumentException().isThrownBy(() -> new ConnectorState(
                1, ConnectorStatus.CHARGING, PhaseValues.zero(), 0, 0, " ", T));
        assertThatNullPointerException().isThrownBy(() -> new ConnectorState(
                1, ConnectorStatus.AVAILABLE, null, 0, 0, null, T));
    }

    @Test
    void offlineConnectorState() {
        ConnectorState s = ConnectorState.offline(3, T);
        assertThat(s.number()).isEqualTo(3);
        assertThat(s.status()).isEqualTo(ConnectorStatus.OFFLINE);
        assertThat(s.current()).isEqualTo(PhaseValues.none());
        assertThat(s.activePower()).isNaN();
        assertThat(s.energyWh()).isNaN();
        assertThat(s.sessionId()).isNull();
        assertThat(s.updated()).isEqualTo(T);
    }

    @Test
    void stationInfoNormalisesUnknownFields() {
        StationInfo info = new StationInfo("CP-001", "Schneider", null, null, "3.3.0.12");
        assertThat(info.model()).isEmpty();
        assertThat(info.serialNumber()).isEmpty();
        assertThat(info.firmwareVersion()).isEqualTo("3.3.0.12");
        assertThatIllegalArgumentException().isThrownBy(() -> new StationInfo(" ", null, null, null, null));
        assertThatNullPointerException().isThrownBy(() -> new StationInfo(null, null, null, null, null));
    }

    @ParameterizedTest
    @CsvSource({
        "ACCEPTED, true", "SCHEDULED, true", "REJECTED, false", "NOT_SUPPORTED, false",
        "OFFLINE, false", "TIMEOUT, false", "FAILED, false"
    })
    void commandResult(CommandResult.Outcome outcome, boolean accepted) {
        CommandResult r = CommandResult.of(outcome, null);
        assertThat(r.isAccepted()).isEqualTo(accepted);
        assertThat(r.detail()).isEmpty();
    }

    @Test
    void commandResultFactories() {
        assertThat(CommandResult.accepted()).isEqualTo(new CommandResult(CommandResult.Outcome.ACCEPTED, ""));
        assertThatNullPointerException().isThrownBy(() -> new CommandResult(null, "x"));
    }

    @Test
    void plugTypes() {
        assertThat(PlugType.CCS.isDc()).isTrue();
        assertThat(PlugType.CHADEMO.isDc()).isTrue();
        assertThat(PlugType.TYPE_2.isDc()).isFalse();
        assertThat(PlugType.TYPE_E_SCHUKO.isDc()).isFalse();
    }
}
