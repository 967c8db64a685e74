package io.ampgate.ocpp.message;

/** Whether the station emptied its cache. */
public record ClearCacheResponse(ClearCacheStatus status) {
    public ClearCacheResponse {
        Fields.required(status, "status");
    }
}
