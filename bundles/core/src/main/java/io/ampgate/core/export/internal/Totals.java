package io.ampgate.core.export.internal;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * What the exported sessions add up to.
 *
 * @param sessions how many sessions, running ones included
 * @param duration the duration of the ended ones
 * @param charging the charging time of the ended ones that have one
 * @param energyKwh the energy of the ended ones, 3 decimals
 * @param cost the cost of the priced ones, 4 decimals; {@code null} when none is priced
 */
record Totals(long sessions, Duration duration, Duration charging, BigDecimal energyKwh, BigDecimal cost) {

    static final Totals NONE = new Totals(0, Duration.ZERO, Duration.ZERO, BigDecimal.valueOf(0, 3), null);

    Totals plus(ExportRow row) {
        if (row.end() == null) {
            return new Totals(sessions + 1, duration, charging, energyKwh, cost);
        }
        BigDecimal sum = row.cost() == null ? cost : cost == null ? row.cost() : cost.add(row.cost());
        return new Totals(sessions + 1, duration.plus(row.duration()),
                row.charging() == null ? charging : charging.plus(row.charging()), energyKwh.add(row.energyKwh()), sum);
    }
}
