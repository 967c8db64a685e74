package io.ampgate.ocpp.message;

/** How the station takes the change of availability. */
public record ChangeAvailabilityResponse(AvailabilityStatus status) {
    public ChangeAvailabilityResponse {
        Fields.required(status, "status");
    }
}
