package io.ampgate.store.session;

import io.ampgate.store.internal.Fields;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * A charging session as stored: running until it has a stop time.
 *
 * @param id the session id, which is also the OCPP transaction id handed to the station: unique and
 *     never reused, even after a restart
 * @param stationId the station's identity at the start
 * @param connectorId the connector number
 * @param badgeUid the badge UID, or {@code null} if none was used
 * @param holderName the badge holder's name at the start, or {@code null}
 * @param chargeUserId the charge user at the start, or {@code null}
 * @param zoneId the connector's zone at the start, or {@code null}
 * @param startedBy how it started
 * @param startTime when it started
 * @param meterStartWh the energy register at the start, in Wh
 * @param stopTime when it ended; {@code null} while it runs
 * @param meterStopWh the energy register at the end, in Wh; {@code null} while it runs
 * @param energyWh the energy delivered, {@code meterStopWh - meterStartWh} in Wh (0 if the register
 *     went backwards, e.g. a replaced meter); {@code null} while it runs
 * @param stoppedBy who or what ended it; {@code null} while it runs
 * @param stoppedByWho the badge UID or operator that ended it, or {@code null}
 * @param stopReason the station's stop reason; {@code null} while it runs
 * @param pricePerKwh the price of one kWh given at the stop (6 decimals), or {@code null}
 * @param cost {@code energyWh / 1000 * pricePerKwh} rounded half up to 4 decimals; {@code null}
 *     while it runs or when it is not priced
 * @param chargingSeconds the time the car actually drew energy, in whole seconds: the parts of the
 *     session in which its meter values show the energy register rising (or, without a register, a
 *     power above 100 W), never more than the duration; {@code null} while it runs and for sessions
 *     that ended before the gateway recorded it
 */
public record Session(
        long id,
        String stationId,
        int connectorId,
        String badgeUid,
        String holderName,
        String chargeUserId,
        String zoneId,
        StartedBy startedBy,
        Instant startTime,
        long meterStartWh,
        Instant stopTime,
        Long meterStopWh,
        Long energyWh,
        StoppedBy stoppedBy,
        String stoppedByWho,
        StopReason stopReason,
        BigDecimal pricePerKwh,
        BigDecimal cost,
        Long chargingSeconds) {

    /**
     * Checks the fields: a running session has no stop fields, a stopped one has all of them.
     *
     * @throws IllegalArgumentException naming the field that is missing or inconsistent
     */
    public Session {
        stationId = Fields.required(stationId, "stationId", 48);
        Fields.connector(connectorId);
        badgeUid = Fields.optional(badgeUid, "badgeUid", 64);
        Fields.required(startedBy, "startedBy");
        startTime = Fields.millis(startTime, "startTime");
        pricePerKwh = price(pricePerKwh);
        cost = cost == null ? null : cost.setScale(4, RoundingMode.HALF_UP);
        if (stopTime == null) {
            if (meterStopWh != null || energyWh != null || stoppedBy != null || stopReason != null || cost != null
                    || chargingSeconds != null) {
                throw new IllegalArgumentException("a running session (no stopTime) has no meterStopWh, energyWh, "
                        + "stoppedBy, stopReason, cost or chargingSeconds");
            }
        } else {
            stopTime = Fields.millis(stopTime, "stopTime");
            Fields.required(meterStopWh, "meterStopWh");
            Fields.required(energyWh, "energyWh");
            Fields.required(stoppedBy, "stoppedBy");
            Fields.required(stopReason, "stopReason");
            if (chargingSeconds != null && (chargingSeconds < 0
                    || chargingSeconds > java.time.Duration.between(startTime, stopTime).toSeconds())) {
                throw new IllegalArgumentException("chargingSeconds " + chargingSeconds
                        + " is not between 0 and the session's duration");
            }
        }
    }

    /**
     * Whether the session is still running.
     *
     * @return {@code true} until it has a stop time
     */
    public boolean isRunning() {
        return stopTime == null;
    }

    /**
     * The energy a stop delivers: the register difference, 0 if the register went backwards.
     *
     * @param meterStartWh the register at the start
     * @param meterStopWh the register at the stop
     * @return the energy in Wh, never negative
     */
    public static long energy(long meterStartWh, long meterStopWh) {
        return Math.max(0, meterStopWh - meterStartWh);
    }

    /**
     * The cost of an energy at a price.
     *
     * @param energyWh the energy in Wh
     * @param pricePerKwh the price of one kWh, or {@code null}
     * @return {@code energyWh / 1000 * pricePerKwh} rounded half up to 4 decimals; {@code null}
     *     without a price
     */
    public static BigDecimal cost(long energyWh, BigDecimal pricePerKwh) {
        return pricePerKwh == null ? null
                : BigDecimal.valueOf(energyWh).multiply(pricePerKwh).movePointLeft(3).setScale(4, RoundingMode.HALF_UP);
    }

    static BigDecimal price(BigDecimal pricePerKwh) {
        if (pricePerKwh == null) {
            return null;
        }
        if (pricePerKwh.signum() < 0) {
            throw new IllegalArgumentException("pricePerKwh must not be negative: " + pricePerKwh);
        }
        BigDecimal scaled = pricePerKwh.setScale(6, RoundingMode.HALF_UP);
        if (scaled.precision() > 14) {
            throw new IllegalArgumentException("pricePerKwh is too large: " + pricePerKwh);
        }
        return scaled;
    }
}
