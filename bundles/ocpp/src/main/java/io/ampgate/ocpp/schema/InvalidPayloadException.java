package io.ampgate.ocpp.schema;

/**
 * An outbound payload that does not validate: a bug in the code that built it. Thrown instead of
 * sending an invalid message.
 */
public final class InvalidPayloadException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Violation violation;

    /** The exception for {@code violation} of the payload of {@code action}. */
    public InvalidPayloadException(String action, PayloadKind kind, Violation violation) {
        super("invalid outbound " + kind.schemaId(action) + " payload (" + violation.code() + "): "
                + violation.description());
        this.violation = violation;
    }

    /** What is wrong. */
    public Violation violation() {
        return violation;
    }
}
