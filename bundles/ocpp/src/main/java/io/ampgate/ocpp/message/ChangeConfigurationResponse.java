package io.ampgate.ocpp.message;

/** How the station takes the new value. */
public record ChangeConfigurationResponse(ConfigurationStatus status) {
    public ChangeConfigurationResponse {
        Fields.required(status, "status");
    }
}
