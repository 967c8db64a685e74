package io.ampgate.ocpp.message;

/**
 * A request the central system sends to a station, answered by an {@code R}: the 19 actions a
 * station carries out on our behalf. Decoding one is the station's side (a simulator, tests); see
 * {@link Messages#centralSystemRequestType(String)}.
 *
 * @param <R> the response type
 */
public sealed interface CentralSystemRequest<R> extends OcppRequest<R> permits
        CancelReservationRequest, ChangeAvailabilityRequest, ChangeConfigurationRequest,
        ClearCacheRequest, ClearChargingProfileRequest, DataTransferRequest,
        GetCompositeScheduleRequest, GetConfigurationRequest, GetDiagnosticsRequest,
        GetLocalListVersionRequest, RemoteStartTransactionRequest, RemoteStopTransactionRequest,
        ReserveNowRequest, ResetRequest, SendLocalListRequest, SetChargingProfileRequest,
        TriggerMessageRequest, UnlockConnectorRequest, UpdateFirmwareRequest {
}
