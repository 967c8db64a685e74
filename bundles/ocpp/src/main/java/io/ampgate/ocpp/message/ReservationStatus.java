package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a station answers a reservation. */
public enum ReservationStatus {
    @JsonProperty("Accepted") ACCEPTED,
    @JsonProperty("Faulted") FAULTED,
    @JsonProperty("Occupied") OCCUPIED,
    @JsonProperty("Rejected") REJECTED,
    @JsonProperty("Unavailable") UNAVAILABLE
}
