package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a station installed a charging profile. */
public enum ChargingProfileStatus {
    @JsonProperty("Accepted") ACCEPTED,
    @JsonProperty("Rejected") REJECTED,
    @JsonProperty("NotSupported") NOT_SUPPORTED
}
