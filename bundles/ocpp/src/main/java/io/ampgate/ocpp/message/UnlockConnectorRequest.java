package io.ampgate.ocpp.message;

/** The central system asks the station to unlock the cable on a connector. */
public record UnlockConnectorRequest(int connectorId)
        implements CentralSystemRequest<UnlockConnectorResponse> {
}
