package io.ampgate.core.session;

import io.ampgate.api.station.CommandResult;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;

/** The running sessions, the energy totals, and remote start and stop for operators. */
@ProviderType
public interface Sessions {

    /**
     * Every running session with what its station reports now, oldest first.
     *
     * @return the running sessions
     */
    List<LiveSession> running();

    /**
     * The energy of today, this week (from Monday) and this month in the site's time zone, running
     * sessions included with their energy so far.
     *
     * @return the totals now
     */
    EnergyTotals totals();

    /**
     * Asks a station to start a session for a badge. Any badge of the site may be chosen, even one
     * that is not in the station's card list; a badge that is blocked, expired, out of credit or
     * not allowed at the station is refused before the station is asked.
     *
     * @param stationId the station
     * @param connector the connector number
     * @param badgeUid the badge to charge for
     * @param operator who asks, for the session's record
     * @return the answer: {@link CommandResult.Outcome#REJECTED} with the reason when the gateway
     *     refuses, otherwise the station's answer (the session starts when the station reports it)
     */
    CompletionStage<CommandResult> remoteStart(String stationId, int connector, String badgeUid, String operator);

    /**
     * Asks a station to stop a running session; the session is recorded as ended by the operator.
     *
     * @param sessionId the session
     * @param operator who asks, for the session's record
     * @return the answer: {@link CommandResult.Outcome#REJECTED} with the reason when the session is
     *     not running or its station is unknown, otherwise the station's answer
     */
    CompletionStage<CommandResult> remoteStop(long sessionId, String operator);
}
