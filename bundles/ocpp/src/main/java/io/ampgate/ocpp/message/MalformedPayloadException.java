package io.ampgate.ocpp.message;

/**
 * A payload that does not decode into the asked-for record: a field of the wrong JSON type, a
 * required field missing, an enum value the record does not know, a timestamp without an offset.
 * Inbound payloads pass {@code PayloadValidator} first, so for them this means the records and the
 * schemas disagree: a bug of ours rather than of the station.
 */
public final class MalformedPayloadException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final String pointer;

    /**
     * @param type the simple name of the record asked for
     * @param pointer the JSON pointer of the failing value, "/" for the payload itself
     * @param reason what is wrong there
     */
    MalformedPayloadException(String type, String pointer, String reason, Throwable cause) {
        super("cannot read " + type + " at " + pointer + ": " + reason, cause);
        this.type = type;
        this.pointer = pointer;
    }

    /** The simple name of the record the payload was to become. */
    public String type() {
        return type;
    }

    /** The JSON pointer of the value at fault, such as {@code /meterValue/0/timestamp}. */
    public String pointer() {
        return pointer;
    }
}
