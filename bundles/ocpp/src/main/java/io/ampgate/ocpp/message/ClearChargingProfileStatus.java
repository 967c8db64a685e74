package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a station found and removed matching charging profiles. */
public enum ClearChargingProfileStatus {
    @JsonProperty("Accepted") ACCEPTED,
    @JsonProperty("Unknown") UNKNOWN
}
