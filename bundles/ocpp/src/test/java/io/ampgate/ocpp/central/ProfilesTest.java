package io.ampgate.ocpp.central;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.station.PlugType;
import io.ampgate.api.station.Setpoint;
import io.ampgate.api.unit.PhaseRotation;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.api.unit.Wiring;
import io.ampgate.ocpp.message.ChargingProfile;
import io.ampgate.ocpp.message.ChargingProfilePurpose;
import io.ampgate.ocpp.message.ChargingRateUnit;
import io.ampgate.ocpp.message.Messages;
import io.ampgate.ocpp.schema.PayloadKind;
import io.ampgate.ocpp.schema.PayloadValidator;
import io.ampgate.store.site.Connector;
import io.ampgate.store.site.SmartChargingParams;
import io.ampgate.store.site.SmartChargingParams.Purpose;
import io.ampgate.store.site.SmartChargingParams.RateUnit;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfilesTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00.456Z");

    private static Connector connector(int number, Wiring wiring, Purpose purpose, RateUnit unit, boolean phases) {
        return new Connector(number, PlugType.TYPE_2, wiring, PhaseRotation.L1_L2_L3, 32, 6, true,
                new SmartChargingParams(purpose, 5, 2, unit, phases), null, "", "");
    }

    @ParameterizedTest(name = "connector {0} {1} {2} {3}: {4} -> {5} {6}, id {7}, phases {8}")
    @CsvSource(nullValues = "-", textBlock = """
            1, THREE_PHASE,  TX_DEFAULT_PROFILE, A, 16A,    A, 16.0,   5, 3
            2, THREE_PHASE,  TX_DEFAULT_PROFILE, A, 16A,    A, 16.0,   6, 3
            1, SINGLE_PHASE, TX_DEFAULT_PROFILE, A, 10.57A, A, 10.5,   5, 1
            1, THREE_PHASE,  TX_DEFAULT_PROFILE, W, 16A,    W, 11040.0, 5, 3
            1, THREE_PHASE,  TX_DEFAULT_PROFILE, A, 6900W,  A, 10.0,   5, 3
            1, SINGLE_PHASE, TX_DEFAULT_PROFILE, W, 3000W,  W, 3000.0, 5, 1
            1, THREE_PHASE,  TX_PROFILE,         A, 0A,     A, 0.0,    5, 3
            """)
    void aSetpointBecomesTheConfiguredProfile(int number, Wiring wiring, Purpose purpose, RateUnit unit,
            String setpoint, ChargingRateUnit expectedUnit, double limit, int id, Integer phases) {
        Setpoint sp = setpoint.endsWith("W") ? Setpoint.watts(Double.parseDouble(setpoint.replace("W", "")))
                : Setpoint.amps(Double.parseDouble(setpoint.replace("A", "")));

        Profiles.Outcome outcome = Profiles.forSetpoint(number, connector(number, wiring, purpose, unit, true), sp, 42, NOW);

        ChargingProfile p = ((Profiles.Outcome.Request) outcome).request().csChargingProfiles();
        assertThat(p.chargingProfileId()).isEqualTo(id);
        assertThat(p.stackLevel()).isEqualTo(2);
        assertThat(p.chargingProfilePurpose().name()).isEqualTo(purpose.name());
        assertThat(p.transactionId()).isEqualTo(purpose == Purpose.TX_PROFILE ? 42 : null);
        assertThat(p.chargingSchedule().chargingRateUnit()).isEqualTo(expectedUnit);
        assertThat(p.chargingSchedule().chargingSchedulePeriod()).singleElement().satisfies(period -> {
            assertThat(period.startPeriod()).isZero();
            assertThat(period.limit()).isEqualTo(limit);
            assertThat(period.numberPhases()).isEqualTo(phases);
        });
        assertThat(p.chargingSchedule().startSchedule()).isEqualTo(Instant.parse("2026-11-22T09:59:00Z"));
        assertValid(((Profiles.Outcome.Request) outcome));
    }

    @Test
    void aConnectorThatUsesTheLowestPhaseOfItsWiring() {
        Setpoint sp = Setpoint.amps(PhaseValues.of(16, 10, 20));

        var outcome = (Profiles.Outcome.Request) Profiles.forSetpoint(1,
                connector(1, Wiring.THREE_PHASE, Purpose.TX_DEFAULT_PROFILE, RateUnit.A, false), sp, null, NOW);

        var period = outcome.request().csChargingProfiles().chargingSchedule().chargingSchedulePeriod().get(0);
        assertThat(period.limit()).isEqualTo(10.0);
        assertThat(period.numberPhases()).isNull();
    }

    @Test
    void theWholeStationGetsAChargePointMaxProfile() {
        var outcome = (Profiles.Outcome.Request) Profiles.forSetpoint(0, null, Setpoint.amps(PhaseValues.of(40, 32, 50)),
                null, NOW);

        ChargingProfile p = outcome.request().csChargingProfiles();
        assertThat(outcome.request().connectorId()).isZero();
        assertThat(p.chargingProfilePurpose()).isEqualTo(ChargingProfilePurpose.CHARGE_POINT_MAX_PROFILE);
        assertThat(p.chargingProfileId()).isEqualTo(Profiles.STATION_PROFILE_ID);
        assertThat(p.chargingSchedule().chargingSchedulePeriod().get(0).limit()).isEqualTo(32.0);
        assertValid(outcome);
    }

    @Test
    void aTxProfileNeedsATransactionAndAnUnmanageableConnectorNothing() {
        Connector tx = connector(1, Wiring.THREE_PHASE, Purpose.TX_PROFILE, RateUnit.A, true);
        Connector fixed = new Connector(1, PlugType.TYPE_2, Wiring.THREE_PHASE, PhaseRotation.L1_L2_L3, 32, 6,
                false, SmartChargingParams.defaults(), null, "", "");

        assertThat(Profiles.forSetpoint(1, tx, Setpoint.amps(10), null, NOW)).isInstanceOf(Profiles.Outcome.Unsupported.class);
        assertThat(Profiles.forSetpoint(1, fixed, Setpoint.amps(10), 7, NOW)).isInstanceOf(Profiles.Outcome.Unsupported.class);
    }

    private static void assertValid(Profiles.Outcome.Request r) {
        assertThat(PayloadValidator.ocpp16().check("SetChargingProfile", PayloadKind.REQUEST,
                Messages.toPayload(r.request()))).isEmpty();
    }
}
