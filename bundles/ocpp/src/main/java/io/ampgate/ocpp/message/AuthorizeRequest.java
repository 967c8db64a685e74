package io.ampgate.ocpp.message;

/** A station asks whether an id tag may charge. */
public record AuthorizeRequest(String idTag) implements ChargePointRequest<AuthorizeResponse> {
    public AuthorizeRequest {
        Fields.required(idTag, "idTag");
    }
}
