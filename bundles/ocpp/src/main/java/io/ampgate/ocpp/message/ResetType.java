package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a station restarts: Soft ends transactions and restarts the software, Hard may cut the power.
 */
public enum ResetType {
    @JsonProperty("Hard") HARD,
    @JsonProperty("Soft") SOFT
}
