package io.ampgate.ocpp.message;

/** Whether the station will try to start the transaction. */
public record RemoteStartTransactionResponse(RemoteStartStopStatus status) {
    public RemoteStartTransactionResponse {
        Fields.required(status, "status");
    }
}
