package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a station unlocked a connector. */
public enum UnlockStatus {
    @JsonProperty("Unlocked") UNLOCKED,
    @JsonProperty("UnlockFailed") UNLOCK_FAILED,
    @JsonProperty("NotSupported") NOT_SUPPORTED
}
