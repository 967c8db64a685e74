package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a charging schedule is anchored in time: at its own start, repeating daily or weekly, or at
 * the start of the transaction.
 */
public enum ChargingProfileKind {
    @JsonProperty("Absolute") ABSOLUTE,
    @JsonProperty("Recurring") RECURRING,
    @JsonProperty("Relative") RELATIVE
}
