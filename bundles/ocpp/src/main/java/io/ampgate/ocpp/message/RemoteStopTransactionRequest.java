package io.ampgate.ocpp.message;

/** The central system asks the station to stop a transaction. */
public record RemoteStopTransactionRequest(int transactionId)
        implements CentralSystemRequest<RemoteStopTransactionResponse> {
}
