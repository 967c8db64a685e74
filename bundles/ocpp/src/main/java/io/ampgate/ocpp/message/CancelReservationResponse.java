package io.ampgate.ocpp.message;

/** Whether the station cancelled the reservation. */
public record CancelReservationResponse(CancelReservationStatus status) {
    public CancelReservationResponse {
        Fields.required(status, "status");
    }
}
