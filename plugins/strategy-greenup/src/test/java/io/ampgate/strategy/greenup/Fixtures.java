package io.ampgate.strategy.greenup;

import io.ampgate.api.ems.ConnectorSnapshot;
import io.ampgate.api.ems.EmsSnapshot;
import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.site.Zone;
import io.ampgate.api.site.ZoneKind;
import io.ampgate.api.station.ConnectorInfo;
import io.ampgate.api.station.ConnectorState;
import io.ampgate.api.station.ConnectorStatus;
import io.ampgate.api.station.PlugType;
import io.ampgate.api.unit.Phase;
import io.ampgate.api.unit.PhaseRotation;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.api.unit.Wiring;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Snapshots for the tests: one site zone with a meter, three-phase 32 A connectors. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
    static final PhaseValues LIMIT = PhaseValues.all(250);
    static final Zone SITE = new Zone("site", null, "Site", ZoneKind.SITE, LIMIT, "m0", LIMIT);
    static final Zone GROUP = new Zone("carport", "site", "Carport", ZoneKind.GROUP, LIMIT, "m1", LIMIT);

    private Fixtures() {
    }

    static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    /** A connector charging (amps > 0) or waiting (amps 0) with a session. */
    static ConnectorSnapshot charging(String station, double amps) {
        return connector(station, "site", amps > 0 ? ConnectorStatus.CHARGING : ConnectorStatus.SUSPENDED_EVSE,
                amps, station + "-s1", 32, 0);
    }

    /** A connector with a car plugged in, not charging yet. */
    static ConnectorSnapshot waiting(String station) {
        return connector(station, "site", ConnectorStatus.PREPARING, 0, null, 32, 0);
    }

    static ConnectorSnapshot free(String station) {
        return connector(station, "site", ConnectorStatus.AVAILABLE, 0, null, 32, 0);
    }

    static ConnectorSnapshot connector(String station, String zone, ConnectorStatus status, double amps,
            String sessionId, double rated, int priority) {
        return new ConnectorSnapshot(station, 1, zone,
                new ConnectorInfo(1, PlugType.TYPE_2, Wiring.THREE_PHASE, PhaseRotation.L1_L2_L3, rated, true),
                new ConnectorState(1, status, PhaseValues.all(amps), Double.NaN, 0, sessionId, T0),
                false, false, priority, Set.of(Phase.L1, Phase.L2, Phase.L3), amps > 1);
    }

    static MeterReading reading(Instant t, double amps) {
        return new MeterReading(t, PhaseValues.all(230), PhaseValues.of(amps, amps - 5, amps - 10),
                PhaseValues.all(230 * amps), 3 * 230 * amps, 0, 0);
    }

    /** The site with its meter reading {@code siteAmps} on the most loaded phase ({@code NaN}: no reading). */
    static EmsSnapshot snapshot(long seconds, double siteAmps, ConnectorSnapshot... connectors) {
        Map<String, MeterReading> readings = new HashMap<>();
        if (!Double.isNaN(siteAmps)) {
            readings.put("site", reading(at(seconds), siteAmps));
        }
        return new EmsSnapshot(at(seconds), List.of(SITE, GROUP), readings, List.of(connectors), Optional.empty(),
                Map.of());
    }
}
