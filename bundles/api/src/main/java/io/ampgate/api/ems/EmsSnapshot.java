package io.ampgate.api.ems;

import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.signal.GridSignal;
import io.ampgate.api.site.Zone;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A consistent picture of the site at the start of a control cycle, taken by the EMS and shared by
 * every strategy of that cycle. Immutable.
 *
 * <p>The EMS itself switches a zone whose meter reading is older than the meter's timeout to the
 * zone's fallback limit, and raises an alert; strategies need no staleness logic of their own but
 * may use {@link #readingAge(String)} to be more careful.
 *
 * @param time the cycle's time, from the EMS clock
 * @param zones the zone tree: exactly one root, every parent present, no cycles (empty only for a
 *     site not configured yet)
 * @param zoneReadings the last reading of each metered zone's meter, by zone id (zones whose meter
 *     has not produced a reading yet are absent), whatever its age
 * @param connectors every configured connector, whatever its status
 * @param gridSignal the current grid signal, or empty if the site has no signal source or it has
 *     not spoken yet
 * @param pvReadings the last reading of each {@link io.ampgate.api.meter.MeterRole#PV PV} meter, by
 *     meter id; production is negative power
 */
public record EmsSnapshot(
        Instant time,
        List<Zone> zones,
        Map<String, MeterReading> zoneReadings,
        List<ConnectorSnapshot> connectors,
        Optional<GridSignal> gridSignal,
        Map<String, MeterReading> pvReadings) {

    /**
     * Checks the consistency of the snapshot and copies the collections.
     *
     * @throws NullPointerException if a field, element, key or value is {@code null}
     * @throws IllegalArgumentException if the zones do not form one tree, an id is duplicated, or a
     *     reading or connector refers to a zone that is not in {@code zones}
     */
    public EmsSnapshot {
        Objects.requireNonNull(time, "time");
        zones = List.copyOf(zones);
        zoneReadings = Map.copyOf(zoneReadings);
        connectors = List.copyOf(connectors);
        Objects.requireNonNull(gridSignal, "gridSignal");
        pvReadings = Map.copyOf(pvReadings);

        Map<String, Zone> byId = new HashMap<>();
        for (Zone z : zones) {
            if (byId.put(z.id(), z) != null) {
                throw new IllegalArgumentException("duplicate zone id " + z.id());
            }
        }
        long roots = zones.stream().filter(Zone::isRoot).count();
        if (!zones.isEmpty() && roots != 1) {
            throw new IllegalArgumentException("the zone tree needs exactly one root, found " + roots);
        }
        for (Zone z : zones) {
            Zone at = z;
            for (int steps = 0; !at.isRoot(); steps++) {
                Zone parent = byId.get(at.parentId());
                if (parent == null) {
                    throw new IllegalArgumentException(
                            "zone " + at.id() + " has unknown parent " + at.parentId());
                }
                if (steps > zones.size()) {
                    throw new IllegalArgumentException("zone " + z.id() + " is in a cycle");
                }
                at = parent;
            }
        }
        for (String zoneId : zoneReadings.keySet()) {
            if (!byId.containsKey(zoneId)) {
                throw new IllegalArgumentException("reading for unknown zone " + zoneId);
            }
        }
        Set<String> seen = new HashSet<>();
        for (ConnectorSnapshot c : connectors) {
            if (!byId.containsKey(c.zoneId())) {
                throw new IllegalArgumentException(
                        c.stationId() + "/" + c.connector() + " is in unknown zone " + c.zoneId());
            }
            if (!seen.add(c.stationId() + "\u0000" + c.connector())) {
                throw new IllegalArgumentException("duplicate connector " + c.stationId() + "/" + c.connector());
            }
        }
    }

    /**
     * One zone.
     *
     * @param zoneId the zone id
     * @return the zone, or empty if there is none with this id
     */
    public Optional<Zone> zone(String zoneId) {
        return zones.stream().filter(z -> z.id().equals(zoneId)).findFirst();
    }

    /**
     * The root zone (the site's main board).
     *
     * @return the root, empty only for a site without zones
     */
    public Optional<Zone> root() {
        return zones.stream().filter(Zone::isRoot).findFirst();
    }

    /**
     * The direct children of a zone.
     *
     * @param zoneId the parent zone id
     * @return the children, in {@link #zones()} order
     */
    public List<Zone> children(String zoneId) {
        return zones.stream().filter(z -> zoneId.equals(z.parentId())).toList();
    }

    /**
     * The connectors under a zone: in the zone itself and in all zones below it. Under the root this
     * is every connector.
     *
     * @param zoneId the zone id
     * @return the connectors, in {@link #connectors()} order; empty for an unknown zone
     */
    public List<ConnectorSnapshot> connectorsUnder(String zoneId) {
        Map<String, String> parents = new HashMap<>();
        for (Zone z : zones) {
            if (z.parentId() != null) {
                parents.put(z.id(), z.parentId());
            }
        }
        List<ConnectorSnapshot> under = new ArrayList<>();
        for (ConnectorSnapshot c : connectors) {
            for (String at = c.zoneId(); at != null; at = parents.get(at)) {
                if (at.equals(zoneId)) {
                    under.add(c);
                    break;
                }
            }
        }
        return List.copyOf(under);
    }

    /**
     * The last reading of a zone's meter.
     *
     * @param zoneId the zone id
     * @return the reading, or empty if the zone has no meter or no reading yet
     */
    public Optional<MeterReading> zoneReading(String zoneId) {
        return Optional.ofNullable(zoneReadings.get(zoneId));
    }

    /**
     * How old a zone's meter reading is at {@link #time()}.
     *
     * @param zoneId the zone id
     * @return the age, or empty if the zone has no reading
     */
    public Optional<Duration> readingAge(String zoneId) {
        return zoneReading(zoneId).map(r -> r.age(time));
    }
}
