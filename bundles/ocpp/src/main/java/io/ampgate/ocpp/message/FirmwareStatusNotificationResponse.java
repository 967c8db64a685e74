package io.ampgate.ocpp.message;

/** The empty acknowledgement of a FirmwareStatusNotification. */
public record FirmwareStatusNotificationResponse() {
}
