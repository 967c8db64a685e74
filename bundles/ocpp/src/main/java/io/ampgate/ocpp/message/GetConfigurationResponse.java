package io.ampgate.ocpp.message;

import java.util.List;

/** The keys the station knows, with their values, and the asked-for keys it does not know. */
public record GetConfigurationResponse(List<KeyValue> configurationKey, List<String> unknownKey) {
    public GetConfigurationResponse {
        configurationKey = Fields.optionalList(configurationKey, "configurationKey");
        unknownKey = Fields.optionalList(unknownKey, "unknownKey");
    }
}
