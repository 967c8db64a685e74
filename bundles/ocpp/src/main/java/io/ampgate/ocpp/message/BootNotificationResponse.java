package io.ampgate.ocpp.message;

import java.time.Instant;

/**
 * Whether the central system registers the station, its clock, and the interval in seconds: between
 * heartbeats when accepted, before the next boot notification otherwise.
 */
public record BootNotificationResponse(
        RegistrationStatus status,
        Instant currentTime,
        int interval) {
    public BootNotificationResponse {
        Fields.required(status, "status");
        Fields.required(currentTime, "currentTime");
    }
}
