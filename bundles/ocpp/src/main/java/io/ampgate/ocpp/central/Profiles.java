package io.ampgate.ocpp.central;

import io.ampgate.api.station.Setpoint;
import io.ampgate.ocpp.message.ChargingProfile;
import io.ampgate.ocpp.message.ChargingProfileKind;
import io.ampgate.ocpp.message.ChargingProfilePurpose;
import io.ampgate.ocpp.message.ChargingRateUnit;
import io.ampgate.ocpp.message.ChargingSchedule;
import io.ampgate.ocpp.message.ChargingSchedulePeriod;
import io.ampgate.ocpp.message.SetChargingProfileRequest;
import io.ampgate.store.site.Connector;
import io.ampgate.store.site.SmartChargingParams;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Turns a setpoint into the SetChargingProfile that applies it, with the connector's configured
 * purpose, profile id, stack level, unit and number of phases. A pure function.
 *
 * <ul>
 *   <li>Connector {@code n >= 1} uses profile id {@code configured id + n - 1}, so the profiles of
 *       two connectors never replace each other; connector 0 (the whole station) uses a
 *       ChargePointMaxProfile with id {@value #STATION_PROFILE_ID}.</li>
 *   <li>The schedule is Absolute, starting a minute before now (a station whose clock is a little
 *       behind applies it at once), with one period and no end.</li>
 *   <li>Amperes and watts convert at {@value #NOMINAL_VOLTAGE} V per phase when the setpoint's kind
 *       differs from the connector's unit.</li>
 * </ul>
 */
final class Profiles {

    static final int STATION_PROFILE_ID = 999;
    static final double NOMINAL_VOLTAGE = 230.0;

    private Profiles() {
    }

    /** The request, or the reason the setpoint cannot be applied. */
    sealed interface Outcome {
        record Request(SetChargingProfileRequest request) implements Outcome {
        }

        record Unsupported(String reason) implements Outcome {
        }
    }

    /**
     * The request for a setpoint.
     *
     * @param number the connector number, 0 for the whole station
     * @param connector the connector's configuration, {@code null} for connector 0 or an
     *     unconfigured connector (then the defaults apply, three phases)
     * @param setpoint the setpoint
     * @param transactionId the running transaction, or {@code null}
     * @param now the time
     */
    static Outcome forSetpoint(int number, Connector connector, Setpoint setpoint, Integer transactionId, Instant now) {
        if (connector != null && !connector.manageable()) {
            return new Outcome.Unsupported("connector " + number + " is not manageable");
        }
        SmartChargingParams params = connector == null ? SmartChargingParams.defaults() : connector.smartCharging();
        int phases = connector == null ? 3 : connector.wiring().phases();
        ChargingProfilePurpose purpose;
        int profileId;
        if (number == 0) {
            purpose = ChargingProfilePurpose.CHARGE_POINT_MAX_PROFILE;
            profileId = STATION_PROFILE_ID;
        } else if (params.purpose() == SmartChargingParams.Purpose.TX_PROFILE) {
            if (transactionId == null) {
                return new Outcome.Unsupported("connector " + number + " uses TxProfile and has no transaction running");
            }
            purpose = ChargingProfilePurpose.TX_PROFILE;
            profileId = params.profileId() + number - 1;
        } else {
            purpose = ChargingProfilePurpose.TX_DEFAULT_PROFILE;
            profileId = params.profileId() + number - 1;
        }
        boolean amps = params.rateUnit() == SmartChargingParams.RateUnit.A;
        double limit = switch (setpoint) {
            case Setpoint.Amps a -> {
                double perPhase = connector == null
                        ? Math.min(Math.min(a.current().l1(), a.current().l2()), a.current().l3())
                        : a.limit(connector.wiring());
                yield amps ? perPhase : perPhase * NOMINAL_VOLTAGE * phases;
            }
            case Setpoint.Watts w -> amps ? w.power() / (NOMINAL_VOLTAGE * phases) : w.power();
        };
        limit = Math.floor(limit * 10) / 10; // one decimal, rounded down: never above the setpoint
        Integer numberPhases = params.sendNumberPhases() && number > 0 ? phases : null;
        ChargingSchedule schedule = new ChargingSchedule(null, now.truncatedTo(ChronoUnit.SECONDS).minusSeconds(60),
                amps ? ChargingRateUnit.A : ChargingRateUnit.W,
                List.of(new ChargingSchedulePeriod(0, limit, numberPhases)), null);
        ChargingProfile profile = new ChargingProfile(profileId,
                purpose == ChargingProfilePurpose.TX_PROFILE ? transactionId : null, params.stackLevel(), purpose,
                ChargingProfileKind.ABSOLUTE, null, null, null, schedule);
        return new Outcome.Request(new SetChargingProfileRequest(number, profile));
    }
}
