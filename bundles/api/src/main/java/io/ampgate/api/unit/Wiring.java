package io.ampgate.api.unit;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a connector is wired to the supply.
 *
 * <p>A single-phase connector uses its L1 terminal only; which site phase that is depends on the
 * connector's {@link PhaseRotation}.
 */
public enum Wiring {
    /** One phase and neutral: the connector's L1 terminal only. */
    SINGLE_PHASE(EnumSet.of(Phase.L1)),
    /** Three phases and neutral: the connector's L1, L2 and L3 terminals. */
    THREE_PHASE(EnumSet.allOf(Phase.class));

    private final Set<Phase> connectorPhases;

    Wiring(EnumSet<Phase> connectorPhases) {
        this.connectorPhases = Collections.unmodifiableSet(connectorPhases);
    }

    /**
     * The number of phases this wiring uses.
     *
     * @return 1 or 3
     */
    public int phases() {
        return connectorPhases.size();
    }

    /**
     * The connector-frame phases this wiring uses, in phase order.
     *
     * @return {@code [L1]} or {@code [L1, L2, L3]}; unmodifiable
     */
    public Set<Phase> connectorPhases() {
        return connectorPhases;
    }
}
