package io.ampgate.api.ems;

import io.ampgate.api.station.ConnectorInfo;
import io.ampgate.api.station.ConnectorState;
import io.ampgate.api.unit.Phase;
import io.ampgate.api.unit.PhaseValues;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One connector as the EMS sees it in a control cycle.
 *
 * @param stationId the station id
 * @param connector the connector number, equal to {@code info.number()} and {@code state.number()}
 * @param zoneId the leaf zone the connector belongs to
 * @param info the connector's static description (wiring, rotation, min and max current)
 * @param state the connector's live state (status, measured current in the connector frame,
 *     session)
 * @param vipStation whether the station is configured as VIP (served first when current is short)
 * @param vipBadge whether the running session was started with a VIP badge
 * @param priority the allocation class: higher classes are served before lower ones when current is
 *     short; 0 is normal. The core derives it from the VIP flags and the session's own priority
 * @param phasesInUse the site phases the connector loads: where current is measured, the phases
 *     carrying it; otherwise every site phase its wiring reaches. Non-empty, unmodifiable
 * @param phasesKnown whether {@code phasesInUse} is certain: the connector is wired to one phase, or
 *     the phases were measured on this session's car (it draws now, or drew earlier in the session);
 *     {@code false} when it is the guess "every wired phase" for a car that has not drawn yet (since 1.1)
 * @param setpoint the last setpoint the station confirmed, A per phase, or {@code NaN} before the
 *     first (since 1.2). A car that obeys draws at most this, a few seconds after it changed: a
 *     strategy may bound a measured current that the station has not reported anew by it
 */
public record ConnectorSnapshot(
        String stationId,
        int connector,
        String zoneId,
        ConnectorInfo info,
        ConnectorState state,
        boolean vipStation,
        boolean vipBadge,
        int priority,
        Set<Phase> phasesInUse,
        boolean phasesKnown,
        double setpoint) {

    /**
     * Checks the fields and copies {@code phasesInUse}.
     *
     * @throws NullPointerException if an object field is {@code null}
     * @throws IllegalArgumentException if an id is blank, the connector numbers disagree or
     *     {@code phasesInUse} is empty or names a site phase the connector's wiring does not reach
     */
    public ConnectorSnapshot {
        Objects.requireNonNull(stationId, "stationId");
        Objects.requireNonNull(zoneId, "zoneId");
        if (stationId.isBlank() || zoneId.isBlank()) {
            throw new IllegalArgumentException("stationId and zoneId must not be blank");
        }
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(state, "state");
        if (connector != info.number() || connector != state.number()) {
            throw new IllegalArgumentException(
                    "connector " + connector + " does not match info " + info.number()
                            + " and state " + state.number());
        }
        Objects.requireNonNull(phasesInUse, "phasesInUse");
        if (phasesInUse.isEmpty()) {
            throw new IllegalArgumentException("phasesInUse is empty");
        }
        EnumSet<Phase> wired = EnumSet.noneOf(Phase.class);
        for (Phase p : info.wiring().connectorPhases()) {
            wired.add(info.rotation().sitePhase(p));
        }
        EnumSet<Phase> inUse = EnumSet.copyOf(phasesInUse);
        if (!wired.containsAll(inUse)) {
            throw new IllegalArgumentException(
                    stationId + "/" + connector + ": phasesInUse " + inUse + " not within wired site phases "
                            + wired);
        }
        phasesInUse = Collections.unmodifiableSet(inUse);
        if (!Double.isNaN(setpoint) && !(setpoint >= 0 && Double.isFinite(setpoint))) {
            throw new IllegalArgumentException(stationId + "/" + connector + ": setpoint must be NaN or a current"
                    + " of 0 A or more, was " + setpoint);
        }
    }

    /**
     * A connector as version 1.0 described it: its {@code phasesInUse} taken as certain, no confirmed
     * setpoint. Kept so that a strategy or test compiled against 1.0 still links.
     *
     * @param stationId the station id
     * @param connector the connector number
     * @param zoneId the leaf zone
     * @param info the static description
     * @param state the live state
     * @param vipStation whether the station is VIP
     * @param vipBadge whether the session's badge is VIP
     * @param priority the allocation class
     * @param phasesInUse the site phases the connector loads
     */
    public ConnectorSnapshot(String stationId, int connector, String zoneId, ConnectorInfo info,
            ConnectorState state, boolean vipStation, boolean vipBadge, int priority, Set<Phase> phasesInUse) {
        this(stationId, connector, zoneId, info, state, vipStation, vipBadge, priority, phasesInUse, true, Double.NaN);
    }

    /**
     * A connector without a confirmed setpoint ({@link #setpoint()} {@code NaN}).
     *
     * @param stationId the station id
     * @param connector the connector number
     * @param zoneId the leaf zone
     * @param info the static description
     * @param state the live state
     * @param vipStation whether the station is VIP
     * @param vipBadge whether the session's badge is VIP
     * @param priority the allocation class
     * @param phasesInUse the site phases the connector loads
     * @param phasesKnown whether those phases are certain
     */
    public ConnectorSnapshot(String stationId, int connector, String zoneId, ConnectorInfo info,
            ConnectorState state, boolean vipStation, boolean vipBadge, int priority, Set<Phase> phasesInUse,
            boolean phasesKnown) {
        this(stationId, connector, zoneId, info, state, vipStation, vipBadge, priority, phasesInUse, phasesKnown,
                Double.NaN);
    }

    /**
     * The measured current per site phase ({@code state.current()} mapped through the connector's
     * phase rotation).
     *
     * @return the current in A per site phase, {@code NaN} where not measured
     */
    public PhaseValues siteCurrent() {
        return info.rotation().toSite(state.current());
    }

    /**
     * Whether the connector wants current: a session runs on it, or its status says a car charges or
     * is suspended while charging (a station may report that before its transaction). The energy
     * manager shares current among these; a strategy that shares among "the cars" counts the same.
     *
     * @return {@code true} if a car on it may draw
     * @since 1.2
     */
    public boolean wantsPower() {
        return state.sessionId() != null || state.status().isSessionActive();
    }

    /**
     * Whether the station or the badge is VIP.
     *
     * @return {@code vipStation || vipBadge}
     */
    public boolean isVip() {
        return vipStation || vipBadge;
    }
}
