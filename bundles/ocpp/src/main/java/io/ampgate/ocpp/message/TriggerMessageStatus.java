package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a station will send the message a TriggerMessage asked for. */
public enum TriggerMessageStatus {
    @JsonProperty("Accepted") ACCEPTED,
    @JsonProperty("Rejected") REJECTED,
    @JsonProperty("NotImplemented") NOT_IMPLEMENTED
}
