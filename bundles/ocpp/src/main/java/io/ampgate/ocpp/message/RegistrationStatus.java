package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether the central system registers a station that booted. */
public enum RegistrationStatus {
    @JsonProperty("Accepted") ACCEPTED,
    @JsonProperty("Pending") PENDING,
    @JsonProperty("Rejected") REJECTED
}
