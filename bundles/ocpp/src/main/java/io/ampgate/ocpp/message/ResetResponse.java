package io.ampgate.ocpp.message;

/** Whether the station will restart. */
public record ResetResponse(ResetStatus status) {
    public ResetResponse {
        Fields.required(status, "status");
    }
}
