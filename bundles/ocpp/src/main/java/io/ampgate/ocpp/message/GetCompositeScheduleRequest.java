package io.ampgate.ocpp.message;

/**
 * The central system asks which limits a connector (0: the whole station) will follow over the next
 * {@code duration} seconds, all profiles combined, optionally in a given unit.
 */
public record GetCompositeScheduleRequest(
        int connectorId,
        int duration,
        ChargingRateUnit chargingRateUnit)
        implements CentralSystemRequest<GetCompositeScheduleResponse> {
}
