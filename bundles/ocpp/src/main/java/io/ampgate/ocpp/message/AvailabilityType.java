package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The availability the central system asks a connector or station to take. */
public enum AvailabilityType {
    @JsonProperty("Inoperative") INOPERATIVE,
    @JsonProperty("Operative") OPERATIVE
}
