package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the receiver answers a vendor-specific data transfer. */
public enum DataTransferStatus {
    @JsonProperty("Accepted") ACCEPTED,
    @JsonProperty("Rejected") REJECTED,
    @JsonProperty("UnknownMessageId") UNKNOWN_MESSAGE_ID,
    @JsonProperty("UnknownVendorId") UNKNOWN_VENDOR_ID
}
