package io.ampgate.ocpp.central;

import io.ampgate.api.station.CommandResult;
import io.ampgate.api.station.CommandResult.Outcome;
import io.ampgate.ocpp.CallFailure;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/** Turns station answers and call failures into the API's {@link CommandResult}. */
final class Commands {

    private Commands() {
    }

    /** The result of a call whose response has a status enum. */
    static <R> CompletionStage<CommandResult> result(CompletionStage<R> call, Function<R, Enum<?>> status) {
        return call.handle((response, failure) -> failure == null ? fromStatus(status.apply(response))
                : fromFailure(failure));
    }

    static CommandResult fromStatus(Enum<?> status) {
        String wire = Json.wire(status);
        Outcome outcome = switch (status.name()) {
            case "ACCEPTED", "UNLOCKED" -> Outcome.ACCEPTED;
            case "SCHEDULED" -> Outcome.SCHEDULED;
            case "NOT_SUPPORTED" -> Outcome.NOT_SUPPORTED;
            case "UNLOCK_FAILED" -> Outcome.FAILED;
            default -> Outcome.REJECTED;
        };
        return CommandResult.of(outcome, outcome == Outcome.ACCEPTED ? "" : wire);
    }

    static CommandResult fromFailure(Throwable t) {
        CallFailure failure = CallFailure.of(t);
        if (failure == null) {
            return CommandResult.of(Outcome.FAILED, String.valueOf(t.getMessage()));
        }
        Outcome outcome = switch (failure.reason()) {
            case OFFLINE -> Outcome.OFFLINE;
            case TIMEOUT -> Outcome.TIMEOUT;
            case CALL_ERROR -> "NotSupported".equals(failure.errorCode()) || "NotImplemented".equals(failure.errorCode())
                    ? Outcome.NOT_SUPPORTED : Outcome.FAILED;
            case INVALID_REQUEST -> Outcome.NOT_SUPPORTED;
            case INVALID_RESPONSE, BUSY -> Outcome.FAILED;
        };
        return CommandResult.of(outcome, failure.getMessage());
    }
}
