package io.ampgate.ocpp.message;

import java.time.Instant;

/**
 * A station reports the status of a connector (0: the station itself), with an error code and
 * optionally when it changed and vendor details.
 */
public record StatusNotificationRequest(
        int connectorId,
        ChargePointErrorCode errorCode,
        String info,
        ChargePointStatus status,
        Instant timestamp,
        String vendorId,
        String vendorErrorCode)
        implements ChargePointRequest<StatusNotificationResponse> {
    public StatusNotificationRequest {
        Fields.required(errorCode, "errorCode");
        Fields.required(status, "status");
    }
}
