package io.ampgate.modbus;

/** A request that failed, and why: what a device's health shows as its last error. */
public final class ModbusException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a request failed. */
    public enum Kind {
        /** The gateway could not be reached (connection refused, no route, serial port missing). */
        UNREACHABLE,
        /** No answer within the timeout (e.g. a wrong unit id behind a TCP gateway). */
        TIMEOUT,
        /** The device answered with a Modbus exception (illegal address, busy...). */
        EXCEPTION_RESPONSE,
        /** The answer could not be understood (wrong length, wrong function, garbage). */
        INVALID_ANSWER
    }

    private final Kind kind;

    public ModbusException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public ModbusException(Kind kind, String message) {
        this(kind, message, null);
    }

    /** @return why it failed */
    public Kind kind() {
        return kind;
    }
}
