package io.ampgate.ocpp.message;

import java.time.Instant;
import java.util.List;

/**
 * A station reports a transaction it stopped: the final meter reading in Wh, when, why, the id tag
 * that stopped it if any, and optionally readings taken during it.
 */
public record StopTransactionRequest(
        String idTag,
        int meterStop,
        Instant timestamp,
        int transactionId,
        StopReason reason,
        List<MeterValue> transactionData)
        implements ChargePointRequest<StopTransactionResponse> {
    public StopTransactionRequest {
        Fields.required(timestamp, "timestamp");
        transactionData = Fields.optionalList(transactionData, "transactionData");
    }
}
