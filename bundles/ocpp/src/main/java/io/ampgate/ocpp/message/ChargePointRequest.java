package io.ampgate.ocpp.message;

/**
 * A request a station sends to the central system, answered by an {@code R}: the 10 actions by
 * which a station reports and asks. {@link Messages#chargePointRequestType(String)} finds the
 * record of an inbound CALL's action.
 *
 * @param <R> the response type
 */
public sealed interface ChargePointRequest<R> extends OcppRequest<R> permits
        AuthorizeRequest, BootNotificationRequest, DataTransferRequest,
        DiagnosticsStatusNotificationRequest, FirmwareStatusNotificationRequest, HeartbeatRequest,
        MeterValuesRequest, StartTransactionRequest, StatusNotificationRequest,
        StopTransactionRequest {
}
