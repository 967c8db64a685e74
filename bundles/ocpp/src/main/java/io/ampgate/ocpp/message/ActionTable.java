package io.ampgate.ocpp.message;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The 28 actions of OCPP 1.6, each with its request and response record. See {@link OcppRequest}
 * for why a table.
 */
final class ActionTable {

    /**
     * One action. Only {@link #entry} builds one, so that the request type always implements
     * {@code OcppRequest<R>} for the response type {@code R}.
     */
    record Entry(String action, Class<?> request, Class<?> response) {
    }

    static final List<Entry> ENTRIES = List.of(
            entry("Authorize", AuthorizeRequest.class, AuthorizeResponse.class),
            entry("BootNotification", BootNotificationRequest.class,
                    BootNotificationResponse.class),
            entry("CancelReservation", CancelReservationRequest.class,
                    CancelReservationResponse.class),
            entry("ChangeAvailability", ChangeAvailabilityRequest.class,
                    ChangeAvailabilityResponse.class),
            entry("ChangeConfiguration", ChangeConfigurationRequest.class,
                    ChangeConfigurationResponse.class),
            entry("ClearCache", ClearCacheRequest.class, ClearCacheResponse.class),
            entry("ClearChargingProfile", ClearChargingProfileRequest.class,
                    ClearChargingProfileResponse.class),
            entry("DataTransfer", DataTransferRequest.class, DataTransferResponse.class),
            entry("DiagnosticsStatusNotification", DiagnosticsStatusNotificationRequest.class,
                    DiagnosticsStatusNotificationResponse.class),
            entry("FirmwareStatusNotification", FirmwareStatusNotificationRequest.class,
                    FirmwareStatusNotificationResponse.class),
            entry("GetCompositeSchedule", GetCompositeScheduleRequest.class,
                    GetCompositeScheduleResponse.class),
            entry("GetConfiguration", GetConfigurationRequest.class,
                    GetConfigurationResponse.class),
            entry("GetDiagnostics", GetDiagnosticsRequest.class, GetDiagnosticsResponse.class),
            entry("GetLocalListVersion", GetLocalListVersionRequest.class,
                    GetLocalListVersionResponse.class),
            entry("Heartbeat", HeartbeatRequest.class, HeartbeatResponse.class),
            entry("MeterValues", MeterValuesRequest.class, MeterValuesResponse.class),
            entry("RemoteStartTransaction", RemoteStartTransactionRequest.class,
                    RemoteStartTransactionResponse.class),
            entry("RemoteStopTransaction", RemoteStopTransactionRequest.class,
                    RemoteStopTransactionResponse.class),
            entry("ReserveNow", ReserveNowRequest.class, ReserveNowResponse.class),
            entry("Reset", ResetRequest.class, ResetResponse.class),
            entry("SendLocalList", SendLocalListRequest.class, SendLocalListResponse.class),
            entry("SetChargingProfile", SetChargingProfileRequest.class,
                    SetChargingProfileResponse.class),
            entry("StartTransaction", StartTransactionRequest.class,
                    StartTransactionResponse.class),
            entry("StatusNotification", StatusNotificationRequest.class,
                    StatusNotificationResponse.class),
            entry("StopTransaction", StopTransactionRequest.class, StopTransactionResponse.class),
            entry("TriggerMessage", TriggerMessageRequest.class, TriggerMessageResponse.class),
            entry("UnlockConnector", UnlockConnectorRequest.class, UnlockConnectorResponse.class),
            entry("UpdateFirmware", UpdateFirmwareRequest.class, UpdateFirmwareResponse.class));

    private static final Map<Class<?>, Entry> BY_REQUEST =
            ENTRIES.stream().collect(Collectors.toUnmodifiableMap(Entry::request, e -> e));
    private static final Map<String, Entry> BY_ACTION =
            ENTRIES.stream().collect(Collectors.toUnmodifiableMap(Entry::action, e -> e));

    private ActionTable() {
    }

    private static <R> Entry entry(String action, Class<? extends OcppRequest<R>> request,
            Class<R> response) {
        return new Entry(action, request, response);
    }

    /** The entry of a request record (every permitted request type has one). */
    static Entry of(Class<?> request) {
        Entry entry = BY_REQUEST.get(request);
        if (entry == null) {
            throw new IllegalStateException("no action for " + request.getName());
        }
        return entry;
    }

    /** The entry of an action name, if it is one of the 28. */
    static Optional<Entry> of(String action) {
        return Optional.ofNullable(BY_ACTION.get(action));
    }
}
