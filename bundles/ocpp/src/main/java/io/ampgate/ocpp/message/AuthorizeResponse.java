package io.ampgate.ocpp.message;

/** The central system's verdict on an id tag. */
public record AuthorizeResponse(IdTagInfo idTagInfo) {
    public AuthorizeResponse {
        Fields.required(idTagInfo, "idTagInfo");
    }
}
