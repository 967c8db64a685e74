package io.ampgate.ocpp.message;

/** Whether the station will send the message. */
public record TriggerMessageResponse(TriggerMessageStatus status) {
    public TriggerMessageResponse {
        Fields.required(status, "status");
    }
}
