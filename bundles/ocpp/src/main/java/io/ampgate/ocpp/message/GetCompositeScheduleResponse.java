package io.ampgate.ocpp.message;

import java.time.Instant;

/** The combined schedule, when the station could compute one. */
public record GetCompositeScheduleResponse(
        GetCompositeScheduleStatus status,
        Integer connectorId,
        Instant scheduleStart,
        ChargingSchedule chargingSchedule) {
    public GetCompositeScheduleResponse {
        Fields.required(status, "status");
    }
}
