package io.ampgate.core.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The site's charging energy of today, this week and this month.
 *
 * @param at when they were taken
 * @param zone the site's time zone, in which days, weeks and months begin
 * @param today since midnight
 * @param week since Monday midnight
 * @param month since the first of the month
 */
public record EnergyTotals(Instant at, ZoneId zone, Period today, Period week, Period month) {

    /**
     * The sessions that started in one period.
     *
     * @param from the start of the period
     * @param sessions how many started in it
     * @param energyWh their energy, running ones with their energy so far
     * @param cost the cost of the finished ones (running sessions are priced when they end)
     */
    public record Period(Instant from, long sessions, long energyWh, BigDecimal cost) {
    }
}
