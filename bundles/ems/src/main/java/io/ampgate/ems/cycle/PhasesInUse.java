package io.ampgate.ems.cycle;

import io.ampgate.api.station.ConnectorInfo;
import io.ampgate.api.station.ConnectorState;
import io.ampgate.api.unit.Phase;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The site phases a car actually loads, learnt from the currents the station measures: a
 * single-phase car on a three-phase station loads one site phase (which one depends on the station's
 * rotation). What a session's car has shown is remembered for the rest of the session, so a car that
 * is paused keeps its phases; until the car draws a measurable current, every wired phase counts (the
 * safe guess).
 */
public final class PhasesInUse {
    /** Below this a phase counts as unused (noise, a car's standby). */
    static final double THRESHOLD_A = 1.0;

    /**
     * What a session's car has shown so far.
     *
     * @param sessionId the session
     * @param phases the site phases it has loaded in this session, not empty
     */
    public record Learnt(String sessionId, Set<Phase> phases) {
        /** Checks and copies. */
        public Learnt {
            Objects.requireNonNull(sessionId, "sessionId");
            phases = Collections.unmodifiableSet(EnumSet.copyOf(phases));
        }
    }

    /**
     * One connector's phases in a cycle.
     *
     * @param phases the site phases in use, never empty, always within the wired site phases
     * @param known whether they are certain: one wired phase, or measured in this session (otherwise the
     *     guess: every wired phase)
     * @param learnt what to remember for the next cycle, or {@code null}
     */
    public record Result(Set<Phase> phases, boolean known, Learnt learnt) {
    }

    private PhasesInUse() {
    }

    /**
     * @param info the connector's wiring and rotation
     * @param state what it measures now
     * @param before what the previous cycle learnt on this connector, or {@code null}
     * @return the phases in use and what to remember; a new session forgets the previous one's car
     */
    public static Result of(ConnectorInfo info, ConnectorState state, Learnt before) {
        Set<Phase> wired = EnumSet.noneOf(Phase.class);
        for (Phase p : info.wiring().connectorPhases()) {
            wired.add(info.rotation().sitePhase(p));
        }
        String session = state.sessionId();
        Set<Phase> known = EnumSet.noneOf(Phase.class);
        if (before != null && session != null && session.equals(before.sessionId())) {
            known.addAll(before.phases());
        }
        if (state.status().isCharging()) {
            var site = info.rotation().toSite(state.current());
            for (Phase p : wired) {
                if (site.get(p) > THRESHOLD_A) {
                    known.add(p); // a union: a car that showed a phase once may load it again
                }
            }
        }
        known.retainAll(wired);
        if (known.isEmpty()) {
            return new Result(wired, wired.size() == 1, null);
        }
        return new Result(known, true, session == null ? null : new Learnt(session, known));
    }
}
