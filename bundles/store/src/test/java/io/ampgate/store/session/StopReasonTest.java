package io.ampgate.store.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StopReasonTest {

    @ParameterizedTest
    @CsvSource({"EmergencyStop, EMERGENCY_STOP", "EVDisconnected, EV_DISCONNECTED", "HardReset, HARD_RESET",
        "Local, LOCAL", "Other, OTHER", "PowerLoss, POWER_LOSS", "Reboot, REBOOT", "Remote, REMOTE",
        "SoftReset, SOFT_RESET", "UnlockCommand, UNLOCK_COMMAND", "DeAuthorized, DE_AUTHORIZED"})
    void theOcppNamesOfVersion16AreKnown(String ocpp, StopReason reason) {
        assertThat(StopReason.fromOcpp(ocpp)).isEqualTo(reason);
        assertThat(reason.ocppName()).isEqualTo(ocpp);
    }

    @ParameterizedTest
    @EnumSource(StopReason.class)
    void everyReasonRoundTrips(StopReason reason) {
        assertThat(StopReason.fromOcpp(reason.ocppName())).isEqualTo(reason);
    }

    @org.junit.jupiter.api.Test
    void noReasonMeansLocalAndAnUnknownOneIsRefused() {
        assertThat(StopReason.fromOcpp(null)).isEqualTo(StopReason.LOCAL);
        assertThatThrownBy(() -> StopReason.fromOcpp("local")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'local'");
    }
}
