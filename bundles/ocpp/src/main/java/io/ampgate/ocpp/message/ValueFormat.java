package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a sampled value is written: a plain number, or signed binary data. */
public enum ValueFormat {
    @JsonProperty("Raw") RAW,
    @JsonProperty("SignedData") SIGNED_DATA
}
