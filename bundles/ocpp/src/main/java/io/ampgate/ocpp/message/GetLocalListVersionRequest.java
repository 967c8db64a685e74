package io.ampgate.ocpp.message;

/** The central system asks for the version of the local authorization list of the station. */
public record GetLocalListVersionRequest()
        implements CentralSystemRequest<GetLocalListVersionResponse> {
}
