package io.ampgate.ems.allocator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of one allocation.
 *
 * @param setpoints one per demand, in connector id order
 * @param zones one per zone, by zone id
 * @param queue the connectors that wait for power or for a session (reasons {@link
 *     Reason#WAITING_FOR_POWER} and {@link Reason#SESSION_LIMIT}), first in line first
 */
public record Allocation(
        Map<ConnectorId, Setpoint> setpoints, SortedMap<String, ZoneLoad> zones, List<ConnectorId> queue) {

    /** Copies the fields. */
    public Allocation {
        setpoints = Collections.unmodifiableMap(inIdOrder(setpoints));
        zones = Collections.unmodifiableSortedMap(new TreeMap<>(zones));
        queue = List.copyOf(queue);
    }

    private static Map<ConnectorId, Setpoint> inIdOrder(Map<ConnectorId, Setpoint> setpoints) {
        ConnectorId last = null;
        for (ConnectorId id : setpoints.keySet()) {
            if (last != null && last.compareTo(id) >= 0) {
                return new LinkedHashMap<>(new TreeMap<>(setpoints));
            }
            last = id;
        }
        return new LinkedHashMap<>(setpoints);
    }

    /**
     * One connector's setpoint.
     *
     * @param id the connector
     * @return its setpoint
     * @throws IllegalArgumentException if the connector was not in the input
     */
    public Setpoint setpoint(ConnectorId id) {
        Setpoint s = setpoints.get(id);
        if (s == null) {
            throw new IllegalArgumentException("no demand for " + id);
        }
        return s;
    }

    /**
     * One zone's load.
     *
     * @param zone the zone's id
     * @return its load
     * @throws IllegalArgumentException if the zone was not in the input
     */
    public ZoneLoad zone(String zone) {
        ZoneLoad z = zones.get(zone);
        if (z == null) {
            throw new IllegalArgumentException("no zone " + zone);
        }
        return z;
    }

    /**
     * The setpoints as a map of currents, for tests and logs.
     *
     * @return connector to current
     */
    public Map<ConnectorId, Double> currents() {
        Map<ConnectorId, Double> m = new TreeMap<>();
        setpoints.forEach((id, s) -> m.put(id, s.current()));
        return m;
    }
}
