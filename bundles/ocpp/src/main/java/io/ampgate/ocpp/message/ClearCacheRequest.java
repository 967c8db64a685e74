package io.ampgate.ocpp.message;

/** The central system asks the station to empty its authorization cache. */
public record ClearCacheRequest() implements CentralSystemRequest<ClearCacheResponse> {
}
