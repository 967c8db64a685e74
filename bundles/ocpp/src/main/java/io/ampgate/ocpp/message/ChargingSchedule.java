package io.ampgate.ocpp.message;

import java.time.Instant;
import java.util.List;

/**
 * Limits over time: periods in the given unit, optionally bounded in duration (seconds), anchored
 * at a start time, with the lowest rate the station can charge at.
 */
public record ChargingSchedule(
        Integer duration,
        Instant startSchedule,
        ChargingRateUnit chargingRateUnit,
        List<ChargingSchedulePeriod> chargingSchedulePeriod,
        Double minChargingRate) {
    public ChargingSchedule {
        Fields.required(chargingRateUnit, "chargingRateUnit");
        chargingSchedulePeriod =
                Fields.requiredList(chargingSchedulePeriod, "chargingSchedulePeriod");
    }
}
