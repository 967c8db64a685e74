package io.ampgate.ocpp.message;

/**
 * The central system makes a connector, or the whole station for connector 0, operative or
 * inoperative.
 */
public record ChangeAvailabilityRequest(int connectorId, AvailabilityType type)
        implements CentralSystemRequest<ChangeAvailabilityResponse> {
    public ChangeAvailabilityRequest {
        Fields.required(type, "type");
    }
}
