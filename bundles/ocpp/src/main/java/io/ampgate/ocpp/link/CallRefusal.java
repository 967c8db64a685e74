package io.ampgate.ocpp.link;

import io.ampgate.ocpp.rpc.ErrorCode;
import java.util.Objects;

/** Thrown by a {@link CallHandler} to answer a CALL with a CALLERROR. */
public final class CallRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    /**
     * A refusal.
     *
     * @param code the CALLERROR code
     * @param description the CALLERROR description, sent to the station
     */
    public CallRefusal(ErrorCode code, String description) {
        super(description);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The CALLERROR code. */
    public ErrorCode code() {
        return code;
    }
}
