package io.ampgate.ocpp.message;

/** Vendor-specific data; either side may send it, and both directions use these records. */
public record DataTransferRequest(String vendorId, String messageId, String data)
        implements CentralSystemRequest<DataTransferResponse>,
                ChargePointRequest<DataTransferResponse> {
    public DataTransferRequest {
        Fields.required(vendorId, "vendorId");
    }
}
