package io.ampgate.ocpp.message;

/**
 * One entry of a local authorization list: an id tag and, unless it is to be removed, what is known
 * of it.
 */
public record AuthorizationData(String idTag, IdTagInfo idTagInfo) {
    public AuthorizationData {
        Fields.required(idTag, "idTag");
    }
}
