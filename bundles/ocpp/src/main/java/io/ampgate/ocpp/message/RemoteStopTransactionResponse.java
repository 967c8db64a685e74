package io.ampgate.ocpp.message;

/** Whether the station will stop the transaction. */
public record RemoteStopTransactionResponse(RemoteStartStopStatus status) {
    public RemoteStopTransactionResponse {
        Fields.required(status, "status");
    }
}
