package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a station answers a change of one configuration key. */
public enum ConfigurationStatus {
    @JsonProperty("Accepted") ACCEPTED,
    @JsonProperty("Rejected") REJECTED,
    @JsonProperty("RebootRequired") REBOOT_REQUIRED,
    @JsonProperty("NotSupported") NOT_SUPPORTED
}
