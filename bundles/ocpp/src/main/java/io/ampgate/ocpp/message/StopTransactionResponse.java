package io.ampgate.ocpp.message;

/** The verdict on the id tag that stopped the transaction, when there was one. */
public record StopTransactionResponse(IdTagInfo idTagInfo) {
}
