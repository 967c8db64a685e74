package io.ampgate.store.session;

import io.ampgate.store.internal.Fields;
import io.ampgate.api.unit.PhaseValues;
import java.time.Instant;

/**
 * A meter value taken during a session (OCPP MeterValues of a transaction). Anything the station did
 * not measure is {@code NaN}.
 *
 * @param sessionId the session it belongs to
 * @param sampledAt when it was measured (kept to the millisecond)
 * @param energyWh the connector's energy register, in Wh, or {@code NaN}
 * @param powerW the total active power, in W, or {@code NaN}
 * @param power the active power per phase, in W
 * @param current the current per phase, in A
 * @param voltage the voltage per phase, in V
 */
public record SessionMeterValue(
        long sessionId,
        Instant sampledAt,
        double energyWh,
        double powerW,
        PhaseValues power,
        PhaseValues current,
        PhaseValues voltage) {

    /**
     * Checks the fields.
     *
     * @throws IllegalArgumentException naming the field that is missing or infinite
     */
    public SessionMeterValue {
        if (sessionId < 1) {
            throw new IllegalArgumentException("sessionId must be 1 or more, not " + sessionId);
        }
        sampledAt = Fields.millis(sampledAt, "sampledAt");
        if (Double.isInfinite(energyWh)) {
            throw new IllegalArgumentException("energyWh is infinite");
        }
        if (Double.isInfinite(powerW)) {
            throw new IllegalArgumentException("powerW is infinite");
        }
        Fields.required(power, "power");
        Fields.required(current, "current");
        Fields.required(voltage, "voltage");
    }
}
