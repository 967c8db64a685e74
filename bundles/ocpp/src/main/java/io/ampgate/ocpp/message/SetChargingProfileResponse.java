package io.ampgate.ocpp.message;

/** Whether the station installed the profile. */
public record SetChargingProfileResponse(ChargingProfileStatus status) {
    public SetChargingProfileResponse {
        Fields.required(status, "status");
    }
}
