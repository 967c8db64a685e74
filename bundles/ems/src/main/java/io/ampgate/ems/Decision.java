package io.ampgate.ems;

import io.ampgate.api.unit.PhaseValues;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One cycle's decision, as operators and integrators inspect it: per zone the cap per phase and what
 * bounded it, per connector the setpoint and why.
 *
 * @param at the cycle's time
 * @param zones per zone id
 * @param connectors per connector key ({@code station/connector})
 * @param problems what the cycle could not do as asked (a strategy that failed, a connector in no zone)
 * @param alerts the conditions operators must be told about, by a stable id (e.g. {@code meter-silent:site}),
 *     with their message; raised when they appear, cleared when they go
 */
public record Decision(Instant at, Map<String, ZoneDecision> zones, Map<String, ConnectorDecision> connectors,
        List<String> problems, Map<String, String> alerts) {

    /** Copies the maps. */
    public Decision {
        zones = Map.copyOf(zones);
        connectors = Map.copyOf(connectors);
        problems = List.copyOf(problems);
        alerts = Map.copyOf(alerts);
    }

    /**
     * @param cap the zone's cap per phase, in A
     * @param capBy per phase, which strategy set the cap and why ({@code L1 -> "dynamic: ..."})
     * @param allocated what its connectors were given per phase, in A
     * @param sessions how many of its connectors charge
     */
    public record ZoneDecision(PhaseValues cap, Map<String, String> capBy, PhaseValues allocated, int sessions) {
        /** Copies the map. */
        public ZoneDecision {
            capBy = Map.copyOf(capBy);
        }
    }

    /**
     * @param setpoint the current it is given, in A (0: paused or waiting)
     * @param reason why, in the allocator's words
     * @param detail the zone and phase, or the strategy, that bounded it; may be empty
     */
    public record ConnectorDecision(double setpoint, String reason, String detail) {
    }

    /** @return whether another decision gives the same setpoints and reasons (a change is worth a log line) */
    public boolean sameAs(Decision other) {
        return other != null && connectors.equals(other.connectors) && zones.equals(other.zones)
                && alerts.equals(other.alerts) && problems.equals(other.problems);
    }
}
