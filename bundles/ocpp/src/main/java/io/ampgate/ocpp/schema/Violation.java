package io.ampgate.ocpp.schema;

import io.ampgate.ocpp.rpc.ErrorCode;
import java.util.Objects;

/** Why a payload is invalid: the CALLERROR code to answer with and a description for people. */
public record Violation(ErrorCode code, String description) {
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
    }
}
