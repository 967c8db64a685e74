package io.ampgate.ocpp.message;

/** The answer to a vendor-specific data transfer, with data of its own if any. */
public record DataTransferResponse(DataTransferStatus status, String data) {
    public DataTransferResponse {
        Fields.required(status, "status");
    }
}
