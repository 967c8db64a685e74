package io.ampgate.ocpp.message;

import java.time.Instant;

/**
 * The central system asks the station to download firmware from a location from a moment on,
 * optionally with retries, and to install it.
 */
public record UpdateFirmwareRequest(
        String location,
        Integer retries,
        Instant retrieveDate,
        Integer retryInterval)
        implements CentralSystemRequest<UpdateFirmwareResponse> {
    public UpdateFirmwareRequest {
        Fields.required(location, "location");
        Fields.required(retrieveDate, "retrieveDate");
    }
}
