package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a station accepts a remote start or stop of a transaction. */
public enum RemoteStartStopStatus {
    @JsonProperty("Accepted") ACCEPTED,
    @JsonProperty("Rejected") REJECTED
}
