package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether a local authorization list replaces the station's list or changes some of its entries.
 */
public enum UpdateType {
    @JsonProperty("Differential") DIFFERENTIAL,
    @JsonProperty("Full") FULL
}
