package io.ampgate.ocpp.message;

/** The central system installs a charging profile on a connector (0: the whole station). */
public record SetChargingProfileRequest(int connectorId, ChargingProfile csChargingProfiles)
        implements CentralSystemRequest<SetChargingProfileResponse> {
    public SetChargingProfileRequest {
        Fields.required(csChargingProfiles, "csChargingProfiles");
    }
}
