package io.ampgate.store.session;

import io.ampgate.store.internal.Fields;
import java.math.BigDecimal;

/**
 * What a set of sessions added up to.
 *
 * @param sessions how many sessions, running ones included
 * @param energyWh the energy of the stopped ones, in Wh
 * @param cost the cost of the priced ones, 4 decimals
 */
public record EnergyTotal(long sessions, long energyWh, BigDecimal cost) {

    /**
     * Checks the fields.
     *
     * @throws IllegalArgumentException if a count or sum is negative or the cost is missing
     */
    public EnergyTotal {
        if (sessions < 0 || energyWh < 0) {
            throw new IllegalArgumentException("sessions and energyWh must not be negative: " + sessions + ", " + energyWh);
        }
        cost = Fields.required(cost, "cost").setScale(4, java.math.RoundingMode.HALF_UP);
    }
}
