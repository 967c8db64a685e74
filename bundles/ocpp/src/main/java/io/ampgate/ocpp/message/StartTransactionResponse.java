package io.ampgate.ocpp.message;

/** The verdict on the id tag and the id of the new transaction. */
public record StartTransactionResponse(IdTagInfo idTagInfo, int transactionId) {
    public StartTransactionResponse {
        Fields.required(idTagInfo, "idTagInfo");
    }
}
