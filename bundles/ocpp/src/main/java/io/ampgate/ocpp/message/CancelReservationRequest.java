package io.ampgate.ocpp.message;

/** The central system withdraws a reservation. */
public record CancelReservationRequest(int reservationId)
        implements CentralSystemRequest<CancelReservationResponse> {
}
