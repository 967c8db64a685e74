package io.ampgate.ocpp.message;

/** The central system asks the station to send a message now, optionally about one connector. */
public record TriggerMessageRequest(MessageTrigger requestedMessage, Integer connectorId)
        implements CentralSystemRequest<TriggerMessageResponse> {
    public TriggerMessageRequest {
        Fields.required(requestedMessage, "requestedMessage");
    }
}
