package io.ampgate.ocpp.schema;

/** Whether a payload is an action's request (in a CALL) or its confirmation (in a CALLRESULT). */
public enum PayloadKind {
    /** The payload of a CALL: schema {@code urn:<Action>.req}. */
    REQUEST("req"),
    /** The payload of a CALLRESULT: schema {@code urn:<Action>.conf}. */
    CONFIRMATION("conf");

    private final String suffix;

    PayloadKind(String suffix) {
        this.suffix = suffix;
    }

    /** The schema id of {@code action}'s payload of this kind. */
    public String schemaId(String action) {
        return "urn:" + action + "." + suffix;
    }
}
