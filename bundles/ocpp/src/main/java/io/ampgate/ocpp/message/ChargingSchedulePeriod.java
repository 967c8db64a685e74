package io.ampgate.ocpp.message;

/**
 * One step of a charging schedule: from {@code startPeriod} seconds after the schedule's start on,
 * at most {@code limit} in the schedule's unit (the schema allows one decimal: round a computed
 * limit to 0.1), optionally on a given number of phases.
 */
public record ChargingSchedulePeriod(int startPeriod, double limit, Integer numberPhases) {
    /** A period without a number of phases (the station assumes three). */
    public ChargingSchedulePeriod(int startPeriod, double limit) {
        this(startPeriod, limit, null);
    }
}
