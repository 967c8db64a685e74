package io.ampgate.ocpp.message;

/** The empty acknowledgement of a StatusNotification. */
public record StatusNotificationResponse() {
}
