package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How often a recurring charging schedule repeats. */
public enum RecurrencyKind {
    @JsonProperty("Daily") DAILY,
    @JsonProperty("Weekly") WEEKLY
}
