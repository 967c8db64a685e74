package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The message a station is asked to send by a TriggerMessage; each is the name of an action. */
public enum MessageTrigger {
    @JsonProperty("BootNotification") BOOT_NOTIFICATION,
    @JsonProperty("DiagnosticsStatusNotification") DIAGNOSTICS_STATUS_NOTIFICATION,
    @JsonProperty("FirmwareStatusNotification") FIRMWARE_STATUS_NOTIFICATION,
    @JsonProperty("Heartbeat") HEARTBEAT,
    @JsonProperty("MeterValues") METER_VALUES,
    @JsonProperty("StatusNotification") STATUS_NOTIFICATION
}
