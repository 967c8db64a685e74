package io.ampgate.ocpp.message;

/**
 * The central system removes the charging profiles that match every criterion given; without
 * criteria, all of them.
 */
public record ClearChargingProfileRequest(
        Integer id,
        Integer connectorId,
        ChargingProfilePurpose chargingProfilePurpose,
        Integer stackLevel)
        implements CentralSystemRequest<ClearChargingProfileResponse> {
}
