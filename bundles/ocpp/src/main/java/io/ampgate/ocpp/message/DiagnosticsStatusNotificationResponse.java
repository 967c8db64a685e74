package io.ampgate.ocpp.message;

/** The empty acknowledgement of a DiagnosticsStatusNotification. */
public record DiagnosticsStatusNotificationResponse() {
}
