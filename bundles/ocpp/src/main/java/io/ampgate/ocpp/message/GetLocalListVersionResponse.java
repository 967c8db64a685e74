package io.ampgate.ocpp.message;

/** The version of the local authorization list of the station. */
public record GetLocalListVersionResponse(int listVersion) {
}
