package io.ampgate.core.session.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * Where today, this week (from Monday) and this month begin, in a time zone. A day that begins in
 * a daylight-saving gap begins at the first instant that exists.
 */
record Periods(Instant dayStart, Instant weekStart, Instant monthStart) {

    static Periods at(Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        return new Periods(today.atStartOfDay(zone).toInstant(),
                today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant(),
                today.withDayOfMonth(1).atStartOfDay(zone).toInstant());
    }
}
