package io.ampgate.ocpp.message;

import java.time.Instant;

/**
 * A station reports a transaction it started: connector, id tag, meter reading in Wh, when, and the
 * reservation it ends if any.
 */
public record StartTransactionRequest(
        int connectorId,
        String idTag,
        int meterStart,
        Integer reservationId,
        Instant timestamp)
        implements ChargePointRequest<StartTransactionResponse> {
    public StartTransactionRequest {
        Fields.required(idTag, "idTag");
        Fields.required(timestamp, "timestamp");
    }
}
