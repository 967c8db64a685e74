package io.ampgate.ems.cycle;

import io.ampgate.api.station.ConnectorInfo;
import io.ampgate.api.station.ConnectorState;
import io.ampgate.api.unit.Phase;
import java.util.EnumSet;
import java.util.Set;

/**
 * The site phases a car actually loads, learnt from the currents the station measures: a
 * single-phase car on a three-phase station loads one site phase (which one depends on the station's
 * rotation). Until the car draws a measurable current, every wired phase counts (the safe guess).
 */
public final class PhasesInUse {
    /** Below this a phase counts as unused (noise, a car's standby). */
    static final double THRESHOLD_A = 1.0;

    private PhasesInUse() {
    }

    /**
     * @param info the connector's wiring and rotation
     * @param state what it measures now
     * @return the site phases in use, never empty, always within the wired site phases
     */
    public static Set<Phase> of(ConnectorInfo info, ConnectorState state) {
        Set<Phase> wired = EnumSet.noneOf(Phase.class);
        for (Phase p : info.wiring().connectorPhases()) {
            wired.add(info.rotation().sitePhase(p));
        }
        Set<Phase> drawing = EnumSet.noneOf(Phase.class);
        if (state.status().isCharging()) {
            var site = info.rotation().toSite(state.current());
            for (Phase p : wired) {
                if (site.get(p) > THRESHOLD_A) {
                    drawing.add(p);
                }
            }
        }
        return drawing.isEmpty() ? wired : drawing;
    }
}
