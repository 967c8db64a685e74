package io.ampgate.ocpp.message;

import java.util.List;

/**
 * The central system reads configuration keys of the station; all of them when {@code key} is null.
 */
public record GetConfigurationRequest(List<String> key)
        implements CentralSystemRequest<GetConfigurationResponse> {
    public GetConfigurationRequest {
        key = Fields.optionalList(key, "key");
    }
}
