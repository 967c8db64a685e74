package io.ampgate.ems.cycle;

import io.ampgate.api.signal.GridSignal;
import io.ampgate.api.signal.GridSignalLevel;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one grid signal a cycle uses when several sources give one (a ripple-control input on Modbus,
 * a building system on MQTT, the API): the most restrictive wins, as everywhere in energy
 * management. A constraint from any source outranks a lost source, which outranks favorable ones;
 * among signals of the same level the newest wins.
 */
public final class GridSignals {
    private static final Comparator<GridSignal> PRECEDENCE = Comparator
            .comparingInt((GridSignal s) -> rank(s.level()))
            .thenComparing(GridSignal::timestamp);

    private GridSignals() {
    }

    /**
     * @param signals what the sources give now
     * @return the signal in force, empty when no source gives one
     */
    public static Optional<GridSignal> pick(List<GridSignal> signals) {
        return signals.stream().max(PRECEDENCE);
    }

    private static int rank(GridSignalLevel level) {
        return switch (level) {
            case CONSTRAINED -> 2;
            case LOST -> 1;
            case FAVORABLE -> 0;
        };
    }
}
