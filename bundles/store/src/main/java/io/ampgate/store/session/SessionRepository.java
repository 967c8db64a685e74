package io.ampgate.store.session;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The site's charging sessions. Starting and stopping are idempotent, so a station that repeats a
 * StartTransaction or StopTransaction (after a reconnect, or replaying what it kept offline) never
 * creates a duplicate and never loses energy.
 *
 * <p>Every method throws {@link io.ampgate.store.StoreException} when the database fails and
 * {@link IllegalArgumentException} for invalid arguments.
 */
@ProviderType
public interface SessionRepository {

    /**
     * Records the start of a session, or finds it if this very start was recorded before (same
     * station, connector, start time, badge and meter start): a repeated StartTransaction gets the
     * same transaction id again.
     *
     * @param start the start as the station reported it
     * @return the session, new or existing; a new one has an id never handed out before
     */
    Session start(SessionStart start);

    /**
     * Records the end of a session: its meter stop, energy and cost. Stopping a session that has
     * already stopped changes nothing and returns it as it is.
     *
     * @param sessionId the session (transaction) id
     * @param stop the end
     * @return the stopped session; empty if there is no such session (the caller reports it: a stop
     *     for an unknown transaction never creates a session)
     * @throws IllegalArgumentException if the stop time is before the session's start
     */
    Optional<Session> stop(long sessionId, SessionStop stop);

    /**
     * Charges the part of a session's energy not charged before to its badge's credit, atomically
     * (idempotent: the same energy twice charges nothing more). The session remembers the energy
     * charged so far; an energy below it (or negative) charges nothing, so the credit is never
     * given back. The badge is the one whose UID matches the session's, case-insensitively.
     *
     * @param sessionId the session (transaction) id
     * @param energyWh the session's energy so far: the register now minus its meter start, in Wh
     * @return the badge's remaining credit after, in Wh (0 or below: used up), or empty if the
     *     session does not exist or has no badge, the badge is gone, or its credit is unlimited
     * @since 1.1
     */
    Optional<Long> chargeCredit(long sessionId, long energyWh);

    /**
     * A session by its id.
     *
     * @param sessionId the session (transaction) id
     * @return the session, or empty
     */
    Optional<Session> find(long sessionId);

    /**
     * The session running on a connector, if any (the most recent one should there be several).
     *
     * @param stationId the station identity
     * @param connectorId the connector number
     * @return the running session, or empty
     */
    Optional<Session> running(String stationId, int connectorId);

    /**
     * Every running session of the site, oldest first: what the gateway reconciles with the
     * stations after a restart.
     *
     * @return the running sessions
     */
    List<Session> running();

    /**
     * A page of the sessions that match a filter, newest start first.
     *
     * @param filter which sessions
     * @param offset how many matching sessions to skip, 0 or more
     * @param limit the most sessions to return, 1 to 1000
     * @return the page, possibly empty
     */
    List<Session> list(SessionFilter filter, int offset, int limit);

    /**
     * How many sessions match a filter, with their energy and cost: e.g. the site's consumption of
     * today, this week or this month.
     *
     * @param filter which sessions
     * @return the totals (zero when nothing matches)
     */
    EnergyTotal total(SessionFilter filter);
}
