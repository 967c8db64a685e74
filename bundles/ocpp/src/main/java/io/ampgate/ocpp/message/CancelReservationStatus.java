package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a station cancelled a reservation. */
public enum CancelReservationStatus {
    @JsonProperty("Accepted") ACCEPTED,
    @JsonProperty("Rejected") REJECTED
}
