package io.ampgate.ocpp.message;

import java.util.List;

/** Readings a station took on a connector (0: the whole station), within a transaction or not. */
public record MeterValuesRequest(
        int connectorId,
        Integer transactionId,
        List<MeterValue> meterValue)
        implements ChargePointRequest<MeterValuesResponse> {
    public MeterValuesRequest {
        meterValue = Fields.requiredList(meterValue, "meterValue");
    }
}
