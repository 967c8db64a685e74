package io.ampgate.api.station;

import java.util.Objects;

/**
 * How a station answered a command. Every answer, and the lack of one, is a result: the stages
 * returned by {@link ChargingStation} complete normally with a {@code CommandResult} and complete
 * exceptionally only on a bug in the driver.
 *
 * @param outcome what happened
 * @param detail a short explanation for the operator (the station's own status or error text, a
 *     timeout duration ...); {@code ""} if there is nothing to add ({@code null} becomes {@code ""})
 */
public record CommandResult(Outcome outcome, String detail) {

    /** What happened to a command. */
    public enum Outcome {
        /** The station accepted the command and has carried it out. */
        ACCEPTED,
        /** The station accepted the command and will carry it out later (e.g. after a session). */
        SCHEDULED,
        /** The station refused the command. */
        REJECTED,
        /** The station, its driver or this connector does not support the command. */
        NOT_SUPPORTED,
        /** The station was not reachable, so the command was not sent. */
        OFFLINE,
        /** The command was sent but no answer came in time; its effect is unknown. */
        TIMEOUT,
        /** The station answered with an error or could not carry the command out (e.g. unlock failed). */
        FAILED
    }

    /**
     * Checks and normalises the fields.
     *
     * @throws NullPointerException if {@code outcome} is {@code null}
     */
    public CommandResult {
        Objects.requireNonNull(outcome, "outcome");
        detail = Objects.requireNonNullElse(detail, "");
    }

    /**
     * A command the station accepted and carried out, with nothing to add.
     *
     * @return the result
     */
    public static CommandResult accepted() {
        return new CommandResult(Outcome.ACCEPTED, "");
    }

    /**
     * A result with an explanation.
     *
     * @param outcome what happened
     * @param detail a short explanation for the operator
     * @return the result
     */
    public static CommandResult of(Outcome outcome, String detail) {
        return new CommandResult(outcome, detail);
    }

    /**
     * Whether the station took the command.
     *
     * @return {@code true} for {@link Outcome#ACCEPTED} and {@link Outcome#SCHEDULED}
     */
    public boolean isAccepted() {
        return outcome == Outcome.ACCEPTED || outcome == Outcome.SCHEDULED;
    }
}
