package io.ampgate.ocpp.message;

/** How the station takes the list. */
public record SendLocalListResponse(UpdateStatus status) {
    public SendLocalListResponse {
        Fields.required(status, "status");
    }
}
