package io.ampgate.ocpp.message;

/** A station reports the progress of a firmware update. */
public record FirmwareStatusNotificationRequest(FirmwareStatus status)
        implements ChargePointRequest<FirmwareStatusNotificationResponse> {
    public FirmwareStatusNotificationRequest {
        Fields.required(status, "status");
    }
}
