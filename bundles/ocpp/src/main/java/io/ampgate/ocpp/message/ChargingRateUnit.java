package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The unit of the limits in a charging schedule: amperes (per phase) or watts. */
public enum ChargingRateUnit {
    @JsonProperty("A") A,
    @JsonProperty("W") W
}
