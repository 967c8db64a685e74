package io.ampgate.ocpp.message;

import java.time.Instant;

/**
 * The central system asks the station to upload a diagnostics file to a location, optionally for a
 * time window and with retries.
 */
public record GetDiagnosticsRequest(
        String location,
        Integer retries,
        Integer retryInterval,
        Instant startTime,
        Instant stopTime)
        implements CentralSystemRequest<GetDiagnosticsResponse> {
    public GetDiagnosticsRequest {
        Fields.required(location, "location");
    }
}
