package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether an id tag may charge: the central system's verdict in an {@link IdTagInfo}. */
public enum AuthorizationStatus {
    @JsonProperty("Accepted") ACCEPTED,
    @JsonProperty("Blocked") BLOCKED,
    @JsonProperty("Expired") EXPIRED,
    @JsonProperty("Invalid") INVALID,
    @JsonProperty("ConcurrentTx") CONCURRENT_TX
}
