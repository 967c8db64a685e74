package io.ampgate.ocpp.message;

/** The central system sets one configuration key of the station. */
public record ChangeConfigurationRequest(String key, String value)
        implements CentralSystemRequest<ChangeConfigurationResponse> {
    public ChangeConfigurationRequest {
        Fields.required(key, "key");
        Fields.required(value, "value");
    }
}
