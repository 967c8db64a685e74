package io.ampgate.ocpp.message;

/** The name of the file the station will upload; none when it has nothing to upload. */
public record GetDiagnosticsResponse(String fileName) {
}
