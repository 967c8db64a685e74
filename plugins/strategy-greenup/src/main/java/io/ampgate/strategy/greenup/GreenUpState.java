package io.ampgate.strategy.greenup;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The green-up state kept between cycles. Immutable: {@link GreenUpCore#step} returns a new one.
 *
 * @param colour the colour of the last cycle
 * @param measured whether a reading has set the colour yet
 * @param sessions the sessions by connector key ({@code station/connector})
 * @param lastAction the time of the last action (reduce, raise, stop, admit), or {@code null}
 * @param reductions how many sessions were reduced so far (the source of the reduction order)
 */
public record GreenUpState(
        Colour colour, boolean measured, Map<String, Session> sessions, Instant lastAction, long reductions) {

    /** The state before the first cycle. */
    public static final GreenUpState INITIAL = new GreenUpState(Colour.YELLOW, false, Map.of(), null, 0);

    /**
     * Copies the sessions.
     */
    public GreenUpState {
        Map<String, Session> copy = new LinkedHashMap<>();
        sessions.forEach((k, v) -> copy.put(k, v.copy()));
        sessions = Collections.unmodifiableMap(copy);
    }

    /**
     * One connector's session.
     *
     * @param stationId the station
     * @param connector the connector
     * @return the session, or {@code null} if green-up tracks none there
     */
    public Session session(String stationId, int connector) {
        Session s = sessions.get(GreenUpCore.key(stationId, connector));
        return s == null ? null : s.copy();
    }

    /**
     * The state with the operator's choice for the session running on a connector. It holds until that
     * session ends; the next session on the connector starts as configured again.
     *
     * @param stationId the station
     * @param connector the connector
     * @param wait Wait (true), Start (false), or {@code null} to leave it
     * @param priority Priority (true), Normal (false), or {@code null} to leave it
     * @return the new state
     * @throws IllegalArgumentException if green-up tracks no session on the connector
     */
    public GreenUpState withOperatorMode(String stationId, int connector, Boolean wait, Boolean priority) {
        String key = GreenUpCore.key(stationId, connector);
        Session s = sessions.get(key);
        if (s == null) {
            throw new IllegalArgumentException("no session on " + key + " under green-up");
        }
        Map<String, Session> next = new LinkedHashMap<>(sessions);
        Session changed = s.copy();
        if (wait != null) {
            changed.operatorWait = wait;
        }
        if (priority != null) {
            changed.operatorPriority = priority;
        }
        next.put(key, changed);
        return new GreenUpState(colour, measured, next, lastAction, reductions);
    }
}
