package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a station answers an update of its local authorization list. */
public enum UpdateStatus {
    @JsonProperty("Accepted") ACCEPTED,
    @JsonProperty("Failed") FAILED,
    @JsonProperty("NotSupported") NOT_SUPPORTED,
    @JsonProperty("VersionMismatch") VERSION_MISMATCH
}
