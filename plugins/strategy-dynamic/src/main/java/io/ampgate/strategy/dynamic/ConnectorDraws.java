package io.ampgate.strategy.dynamic;

import io.ampgate.api.ems.ConnectorSnapshot;
import io.ampgate.api.unit.PhaseValues;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What each connector drew at the time of a meter reading. The other loads are the meter's reading
 * minus the cars' draw, and both must be of the same moment: right after a correction the stations
 * report their lower currents before the meter's next poll, and the old reading minus the new
 * currents would make the building look far larger than it is (every car paused for nothing). So
 * each connector's report before its latest one is kept, and the one that was in force when the
 * meter read is used.
 */
final class ConnectorDraws {
    private record Report(Instant at, PhaseValues current) {
    }

    private record Reports(Report latest, Report before) {
    }

    private final Map<String, Reports> reports = new HashMap<>();

    /**
     * @param c the connector now
     * @param readingAt when the meter read
     * @return its current per site phase as it was at {@code readingAt}, as far as its reports tell
     */
    PhaseValues at(ConnectorSnapshot c, Instant readingAt) {
        String key = c.stationId() + "/" + c.connector();
        Report now = new Report(c.state().updated(), c.siteCurrent());
        Reports known = reports.get(key);
        if (known == null) {
            known = new Reports(now, null);
        } else if (!known.latest().at().equals(now.at())) {
            known = new Reports(now, known.latest());
        } else {
            known = new Reports(now, known.before());
        }
        reports.put(key, known);
        boolean reportedAfterReading = known.latest().at().isAfter(readingAt);
        return reportedAfterReading && known.before() != null ? known.before().current() : known.latest().current();
    }
}
