package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The state of a connector, or of the whole station for connector 0. */
public enum ChargePointStatus {
    @JsonProperty("Available") AVAILABLE,
    @JsonProperty("Preparing") PREPARING,
    @JsonProperty("Charging") CHARGING,
    @JsonProperty("SuspendedEVSE") SUSPENDED_EVSE,
    @JsonProperty("SuspendedEV") SUSPENDED_EV,
    @JsonProperty("Finishing") FINISHING,
    @JsonProperty("Reserved") RESERVED,
    @JsonProperty("Unavailable") UNAVAILABLE,
    @JsonProperty("Faulted") FAULTED
}
