package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a sampled value is measured. */
public enum Location {
    @JsonProperty("Cable") CABLE,
    @JsonProperty("EV") EV,
    @JsonProperty("Inlet") INLET,
    @JsonProperty("Outlet") OUTLET,
    @JsonProperty("Body") BODY
}
