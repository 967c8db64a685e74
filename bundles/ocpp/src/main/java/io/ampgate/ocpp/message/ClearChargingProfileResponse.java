package io.ampgate.ocpp.message;

/** Whether the station found profiles to remove. */
public record ClearChargingProfileResponse(ClearChargingProfileStatus status) {
    public ClearChargingProfileResponse {
        Fields.required(status, "status");
    }
}
