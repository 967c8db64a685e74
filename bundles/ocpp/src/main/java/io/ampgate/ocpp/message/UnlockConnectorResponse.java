package io.ampgate.ocpp.message;

/** Whether the station unlocked the connector. */
public record UnlockConnectorResponse(UnlockStatus status) {
    public UnlockConnectorResponse {
        Fields.required(status, "status");
    }
}
