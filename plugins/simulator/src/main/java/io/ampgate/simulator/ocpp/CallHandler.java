package io.ampgate.simulator.ocpp;

import java.util.Optional;

/**
 * How the simulator answers one action the central system calls. It runs on the connection's
 * reading thread, so it must be quick and must not wait for an answer to a CALL of the simulator.
 * A handler that throws answers a CALLERROR {@code InternalError}.
 */
@FunctionalInterface
public interface CallHandler {

    /** The answer to send, or empty to send none (the central system will time out). */
    Optional<Answer> answer(ReceivedCall call);
}
