package io.ampgate.ems.cycle;

import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.site.Zone;
import io.ampgate.api.unit.Phase;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Between cycles, looks at the newest reading of every zone meter: a reading that shows its zone
 * above the zone's limit on a phase runs the cycle at once, so the site reacts within one meter poll
 * instead of waiting for the next cycle. Each reading is looked at once.
 */
public final class MeterWatch {
    private final Map<String, Instant> seen = new HashMap<>();

    /**
     * @param zones the zone tree
     * @param readingOf the newest reading of a meter id, or {@code null}
     * @return whether a reading not seen before shows a zone above its limit
     */
    public synchronized boolean overLimit(List<Zone> zones, Function<String, MeterReading> readingOf) {
        boolean over = false;
        for (Zone z : zones) {
            if (z.meterId() == null) {
                continue;
            }
            MeterReading r = readingOf.apply(z.meterId());
            if (r == null || r.timestamp().equals(seen.get(z.id()))) {
                continue;
            }
            seen.put(z.id(), r.timestamp());
            over |= above(r, z);
        }
        return over;
    }

    static boolean above(MeterReading r, Zone z) {
        for (Phase p : Phase.values()) {
            if (r.current().get(p) > z.staticLimit().get(p)) { // false for a phase without a measurement (NaN)
                return true;
            }
        }
        return false;
    }
}
