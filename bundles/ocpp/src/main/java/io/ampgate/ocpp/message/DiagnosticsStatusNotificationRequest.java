package io.ampgate.ocpp.message;

/** A station reports the progress of a diagnostics upload. */
public record DiagnosticsStatusNotificationRequest(DiagnosticsStatus status)
        implements ChargePointRequest<DiagnosticsStatusNotificationResponse> {
    public DiagnosticsStatusNotificationRequest {
        Fields.required(status, "status");
    }
}
