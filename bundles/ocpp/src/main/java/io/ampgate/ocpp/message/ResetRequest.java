package io.ampgate.ocpp.message;

/** The central system asks the station to restart. */
public record ResetRequest(ResetType type) implements CentralSystemRequest<ResetResponse> {
    public ResetRequest {
        Fields.required(type, "type");
    }
}
