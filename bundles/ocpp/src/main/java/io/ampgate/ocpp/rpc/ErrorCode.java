package io.ampgate.ocpp.rpc;

import java.util.Optional;

/**
 * The CALLERROR codes of OCPP-J 1.6, section 4.2.3, with their exact wire names.
 * The spec spells {@link #OccurenceConstraintViolation} with one "r"; so do we.
 */
public enum ErrorCode {
    /** The action is not known to the receiver. */
    NotImplemented,
    /** The action is known but the receiver does not support it. */
    NotSupported,
    /** An error inside the receiver kept it from processing the action. */
    InternalError,
    /** The payload is incomplete. */
    ProtocolError,
    /** A security problem kept the receiver from completing the action. */
    SecurityError,
    /** The payload is not well-formed or does not match the structure the action defines. */
    FormationViolation,
    /** A field holds a value that is not allowed (enumeration, format, length, range). */
    PropertyConstraintViolation,
    /** A field occurs where it must not, or a required one is missing. */
    OccurenceConstraintViolation,
    /** A field has the wrong data type, e.g. a number where a string is expected. */
    TypeConstraintViolation,
    /** Any other error. */
    GenericError;

    /** The code with this exact wire name, if there is one. */
    public static Optional<ErrorCode> fromWire(String name) {
        for (ErrorCode code : values()) {
            if (code.name().equals(name)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
