package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a station answers a change of availability; Scheduled: after the running transactions end.
 */
public enum AvailabilityStatus {
    @JsonProperty("Accepted") ACCEPTED,
    @JsonProperty("Rejected") REJECTED,
    @JsonProperty("Scheduled") SCHEDULED
}
