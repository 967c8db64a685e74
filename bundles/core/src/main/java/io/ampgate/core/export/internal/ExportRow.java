package io.ampgate.core.export.internal;

import io.ampgate.store.session.Session;
import io.ampgate.store.session.StopReason;
import io.ampgate.store.session.StoppedBy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * One exported session, in the site's time zone. The end, duration, charging time, energy, cost and
 * "ended by" of a running session are {@code null}; so is the cost of a session without a price and
 * the charging time of a session that ended before the gateway recorded it.
 *
 * @param id the session id
 * @param station the station identity
 * @param connector the connector number
 * @param badge the badge UID, or {@code null}
 * @param holder the holder's name at the start, or {@code null}
 * @param start the local start time
 * @param end the local end time
 * @param duration the time between start and end, in whole seconds
 * @param charging the part of it in which the car drew energy, in whole seconds
 * @param energyKwh the energy in kWh, 3 decimals
 * @param cost the cost, 4 decimals
 * @param endedBy who or what ended it and why, in words
 */
record ExportRow(long id, String station, int connector, String badge, String holder, LocalDateTime start,
        LocalDateTime end, Duration duration, Duration charging, BigDecimal energyKwh, BigDecimal cost, String endedBy) {

    /** The column titles, in order; start and end name the time zone. */
    static String[] titles(ZoneId zone) {
        return new String[] {"Session", "Station", "Connector", "Badge", "Holder", "Start (" + zone.getId() + ")",
            "End (" + zone.getId() + ")", "Duration", "Charging", "Energy (kWh)", "Cost", "Ended by"};
    }

    static ExportRow of(Session s, ZoneId zone) {
        LocalDateTime start = local(s.startTime(), zone);
        if (s.isRunning()) {
            return new ExportRow(s.id(), s.stationId(), s.connectorId(), s.badgeUid(), s.holderName(), start,
                    null, null, null, null, null, null);
        }
        return new ExportRow(s.id(), s.stationId(), s.connectorId(), s.badgeUid(), s.holderName(), start,
                local(s.stopTime(), zone), Duration.between(s.startTime(), s.stopTime()).truncatedTo(ChronoUnit.SECONDS),
                s.chargingSeconds() == null ? null : Duration.ofSeconds(s.chargingSeconds()),
                BigDecimal.valueOf(s.energyWh(), 3), s.cost(), endedBy(s));
    }

    private static LocalDateTime local(java.time.Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone).truncatedTo(ChronoUnit.SECONDS);
    }

    /** E.g. "badge 04A1B2: stopped at the station" or "car: cable unplugged". */
    static String endedBy(Session s) {
        String who = s.stoppedByWho() == null ? "" : " " + s.stoppedByWho();
        return words(s.stoppedBy()) + who + ": " + words(s.stopReason());
    }

    static String words(StoppedBy by) {
        return switch (by) {
            case BADGE -> "badge";
            case EV -> "car";
            case OPERATOR -> "operator";
            case REMOTE_API -> "remote system";
            case ENERGY_MANAGER -> "energy manager";
            case CREDIT_EXHAUSTED -> "credit used up";
            case STATION -> "station";
            case SYSTEM -> "gateway";
        };
    }

    static String words(StopReason reason) {
        return switch (reason) {
            case EMERGENCY_STOP -> "emergency stop";
            case EV_DISCONNECTED -> "cable unplugged";
            case HARD_RESET -> "hard reset";
            case LOCAL -> "stopped at the station";
            case OTHER -> "other reason";
            case POWER_LOSS -> "power loss";
            case REBOOT -> "station rebooted";
            case REMOTE -> "remote stop";
            case SOFT_RESET -> "soft reset";
            case UNLOCK_COMMAND -> "connector unlocked";
            case DE_AUTHORIZED -> "badge refused";
        };
    }

    /** A duration as {@code h:mm:ss}, hours not limited to 24; {@code ""} for {@code null}. */
    static String hms(Duration d) {
        if (d == null) {
            return "";
        }
        long s = d.toSeconds();
        return String.format(java.util.Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
