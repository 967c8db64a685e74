package io.ampgate.ocpp.message;

/** How the station takes the reservation. */
public record ReserveNowResponse(ReservationStatus status) {
    public ReserveNowResponse {
        Fields.required(status, "status");
    }
}
