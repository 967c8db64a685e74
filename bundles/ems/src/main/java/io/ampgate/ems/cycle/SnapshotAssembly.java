package io.ampgate.ems.cycle;

import io.ampgate.api.ems.ConnectorSnapshot;
import io.ampgate.api.ems.EmsSnapshot;
import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.meter.MeterRole;
import io.ampgate.api.signal.GridSignal;
import io.ampgate.api.site.Zone;
import io.ampgate.api.station.ConnectorInfo;
import io.ampgate.api.station.ConnectorState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds one cycle's consistent snapshot from what the services report: the zone tree, each zone's
 * meter reading (with its age kept in the reading's timestamp), every connector of every station
 * that is in a zone with its state and the site phases its car loads, the PV readings and the grid
 * signal. A connector of a station that is in no zone is left out (the energy manager cannot
 * protect what it cannot place) and reported.
 */
public final class SnapshotAssembly {

    private SnapshotAssembly() {
    }

    /** A station as its driver reports it, with what the site says about it. */
    public record StationView(String id, String zoneId, boolean vip, List<ConnectorInfo> connectors,
            Map<Integer, ConnectorState> states) {
    }

    /** A meter's role and last reading. */
    public record MeterView(String id, MeterRole role, Optional<MeterReading> reading) {
    }

    /**
     * The snapshot, the connectors that could not be placed in it, and the phases each connector's
     * car has shown in its session (by station id/connector), for the next cycle.
     */
    public record Result(EmsSnapshot snapshot, List<String> unplaced, Map<String, PhasesInUse.Learnt> learnt) {
    }

    /**
     * @param now the cycle's time
     * @param zones the zone tree
     * @param stations the stations with their connectors and states
     * @param meters every meter, by id
     * @param vipSession whether the session running on a connector belongs to a VIP badge (station id, connector)
     * @param signal the grid signal, if a source gives one
     * @param learnt what the previous cycle's result remembered of each connector's phases
     * @param setpoints the last setpoint each station confirmed, by station id/connector (A per phase)
     * @return the snapshot
     */
    public static Result build(Instant now, List<Zone> zones, List<StationView> stations, Map<String, MeterView> meters,
            java.util.function.BiPredicate<String, Integer> vipSession, Optional<GridSignal> signal,
            Map<String, PhasesInUse.Learnt> learnt, Map<String, Double> setpoints) {
        Map<String, MeterReading> zoneReadings = new HashMap<>();
        for (Zone z : zones) {
            if (z.meterId() != null) {
                MeterView m = meters.get(z.meterId());
                if (m != null) {
                    m.reading().ifPresent(r -> zoneReadings.put(z.id(), r));
                }
            }
        }
        Map<String, MeterReading> pv = new HashMap<>();
        meters.values().stream().filter(m -> m.role() == MeterRole.PV)
                .forEach(m -> m.reading().ifPresent(r -> pv.put(m.id(), r)));
        List<ConnectorSnapshot> connectors = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        Map<String, PhasesInUse.Learnt> nextLearnt = new HashMap<>();
        Set<String> zoneIds = new java.util.HashSet<>();
        zones.forEach(z -> zoneIds.add(z.id()));
        for (StationView s : stations.stream().sorted(Comparator.comparing(StationView::id)).toList()) {
            for (ConnectorInfo info : s.connectors()) {
                ConnectorState state = s.states().get(info.number());
                if (s.zoneId() == null || !zoneIds.contains(s.zoneId()) || state == null) {
                    unplaced.add(s.id() + "/" + info.number());
                    continue;
                }
                String key = s.id() + "/" + info.number();
                PhasesInUse.Result phases = PhasesInUse.of(info, state, learnt.get(key));
                if (phases.learnt() != null) {
                    nextLearnt.put(key, phases.learnt());
                }
                connectors.add(new ConnectorSnapshot(s.id(), info.number(), s.zoneId(), info, state, s.vip(),
                        vipSession.test(s.id(), info.number()), 0, phases.phases(), phases.known(),
                        setpoints.getOrDefault(key, Double.NaN)));
            }
        }
        return new Result(new EmsSnapshot(now, zones, zoneReadings, connectors, signal, pv), unplaced,
                Map.copyOf(nextLearnt));
    }
}
