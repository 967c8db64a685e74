package io.ampgate.api.station;

import static io.ampgate.api.station.ConnectorStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectorStatusTest {

    /** Every OCPP 1.6 ChargePointStatus (StatusNotification.req), in schema order. */
    @ParameterizedTest
    @CsvSource({
        "Available, AVAILABLE",
        "Preparing, PREPARING",
        "Charging, CHARGING",
        "SuspendedEVSE, SUSPENDED_EVSE",
        "SuspendedEV, SUSPENDED_EV",
        "Finishing, FINISHING",
        "Reserved, RESERVED",
        "Unavailable, UNAVAILABLE",
        "Faulted, FAULTED",
    })
    void fromOcppMapsEveryChargePointStatus(String ocpp, ConnectorStatus expected) {
        assertThat(ConnectorStatus.fromOcpp(ocpp)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"suspendedev, SUSPENDED_EV", "' Charging ', CHARGING", "FAULTED, FAULTED"})
    void fromOcppToleratesCaseAndBlanks(String ocpp, ConnectorStatus expected) {
        assertThat(ConnectorStatus.fromOcpp(ocpp)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Occupied", "Offline", "OFFLINE", "TO_BE_CONFIGURED", "SUSPENDED_EV", "Chargin"})
    void fromOcppRejectsUnknownAndGatewayOnlyStatuses(String ocpp) {
        assertThat(ConnectorStatus.fromOcpp(ocpp)).isEmpty();
    }

    @Test
    void everyStatusExceptTheGatewayOnesHasAnOcppName() {
        Set<ConnectorStatus> mapped =
                Arrays.stream(new String[] {
                            "Available", "Preparing", "Charging", "SuspendedEV", "SuspendedEVSE", "Finishing",
                            "Reserved", "Unavailable", "Faulted"})
                        .map(s -> ConnectorStatus.fromOcpp(s).orElseThrow())
                        .collect(Collectors.toSet());
        assertThat(Set.of(values())).containsExactlyInAnyOrderElementsOf(
                union(mapped, Set.of(TO_BE_CONFIGURED, OFFLINE)));
    }

    private static Set<ConnectorStatus> union(Set<ConnectorStatus> a, Set<ConnectorStatus> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @CsvSource({
        // status, occupied, sessionActive, charging
        "TO_BE_CONFIGURED, false, false, false",
        "AVAILABLE, false, false, false",
        "PREPARING, true, false, false",
        "CHARGING, true, true, true",
        "SUSPENDED_EV, true, true, false",
        "SUSPENDED_EVSE, true, true, false",
        "FINISHING, true, false, false",
        "RESERVED, false, false, false",
        "UNAVAILABLE, false, false, false",
        "FAULTED, false, false, false",
        "OFFLINE, false, false, false",
    })
    void helpers(ConnectorStatus status, boolean occupied, boolean sessionActive, boolean charging) {
        assertThat(status.isOccupied()).isEqualTo(occupied);
        assertThat(status.isSessionActive()).isEqualTo(sessionActive);
        assertThat(status.isCharging()).isEqualTo(charging);
    }

    @ParameterizedTest
    @EnumSource(ConnectorStatus.class)
    void helperTableCoversEveryStatus(ConnectorStatus status) {
        // a charging connector has a session, a connector with a session is occupied
        if (status.isCharging()) {
            assertThat(status.isSessionActive()).isTrue();
        }
        if (status.isSessionActive()) {
            assertThat(status.isOccupied()).isTrue();
        }
    }
}
