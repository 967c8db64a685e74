package io.ampgate.ocpp.message;

/**
 * The central system asks the station to start a transaction for an id tag, optionally on a given
 * connector and with a TxProfile for it.
 */
public record RemoteStartTransactionRequest(
        Integer connectorId,
        String idTag,
        ChargingProfile chargingProfile)
        implements CentralSystemRequest<RemoteStartTransactionResponse> {
    public RemoteStartTransactionRequest {
        Fields.required(idTag, "idTag");
    }
}
