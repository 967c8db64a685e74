package io.ampgate.core.auth;

import io.ampgate.api.auth.Authorization;
import io.ampgate.api.auth.AuthorizationRequest.Purpose;
import io.ampgate.api.auth.AuthorizationStatus;
import io.ampgate.store.site.Badge;
import io.ampgate.store.site.ConnectorRef;
import io.ampgate.store.site.WeeklyWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The authorization rules, checked in this order; the first that fails decides:
 * <ol>
 *   <li>unknown badge: Invalid (Accepted when the site accepts unknown badges);</li>
 *   <li>blocked (deny-all): Blocked;</li>
 *   <li>before its valid-from or from its valid-until on: Expired;</li>
 *   <li>a scheduled badge outside its weekly windows: Blocked;</li>
 *   <li>not allowed on this station, zone or connector: Invalid;</li>
 *   <li>not in the custom card list assigned to the station: Invalid (not for a remote start, which
 *       any registered badge may be used for, nor for a badge that ends a session);</li>
 *   <li>energy credit used up: Blocked;</li>
 *   <li>already charging elsewhere when the site allows one session per badge: ConcurrentTx (not
 *       for a badge that ends a session).</li>
 * </ol>
 * An accepted answer carries the parent code and a cache expiry: the earliest of the end of the
 * badge's validity, the end of its current schedule window, and the site's cache duration.
 */
final class AuthorizationRules {

    private AuthorizationRules() {
    }

    static Authorization decide(Badge badge, Facts facts) {
        Instant now = facts.request().at();
        if (badge == null) {
            return facts.acceptUnknown()
                    ? new Authorization(AuthorizationStatus.ACCEPTED, "unknown badge, accepted by the site's setting",
                            null, now.plus(facts.cacheFor()), "")
                    : refuse(AuthorizationStatus.INVALID, "unknown badge", null);
        }
        if (badge.authorization() == Badge.Authorization.DENY_ALL) {
            return refuse(AuthorizationStatus.BLOCKED, "blocked", badge);
        }
        if (badge.validFrom() != null && now.isBefore(badge.validFrom())) {
            return refuse(AuthorizationStatus.EXPIRED, "not valid before " + badge.validFrom(), badge);
        }
        if (badge.validUntil() != null && !now.isBefore(badge.validUntil())) {
            return refuse(AuthorizationStatus.EXPIRED, "expired on " + badge.validUntil(), badge);
        }
        WeeklyWindow window = null;
        if (badge.authorization() == Badge.Authorization.SCHEDULE) {
            window = currentWindow(badge, facts.localTime());
            if (window == null) {
                return refuse(AuthorizationStatus.BLOCKED, "outside its weekly schedule", badge);
            }
        }
        String where = scopeProblem(badge, facts);
        if (where != null) {
            return refuse(AuthorizationStatus.INVALID, where, badge);
        }
        if (Boolean.FALSE.equals(facts.inStationList()) && facts.request().purpose() != Purpose.REMOTE_START
                && facts.request().purpose() != Purpose.STOP) {
            return refuse(AuthorizationStatus.INVALID, "not in the card list of station " + facts.request().stationId(),
                    badge);
        }
        if (!badge.credit().unlimited() && badge.credit().remainingWh() <= 0) {
            return refuse(AuthorizationStatus.BLOCKED, "energy credit used up", badge);
        }
        if (facts.oneSessionPerBadge() && facts.otherRunningSessions() > 0 && facts.request().purpose() != Purpose.STOP) {
            return refuse(AuthorizationStatus.CONCURRENT_TX, "already charging elsewhere", badge);
        }
        return new Authorization(AuthorizationStatus.ACCEPTED, "", badge.parentCode(), expiry(badge, window, facts),
                badge.holder());
    }

    private static Authorization refuse(AuthorizationStatus status, String reason, Badge badge) {
        return new Authorization(status, reason, badge == null ? null : badge.parentCode(), null,
                badge == null ? "" : badge.holder());
    }

    private static WeeklyWindow currentWindow(Badge badge, ZonedDateTime local) {
        for (WeeklyWindow w : badge.windows()) {
            if (w.contains(local.getDayOfWeek(), local.toLocalTime())) {
                return w;
            }
        }
        return null;
    }

    private static String scopeProblem(Badge badge, Facts facts) {
        String station = facts.request().stationId();
        if (!badge.stations().allows(station)) {
            return "not allowed at station " + station;
        }
        if (!badge.zones().all() && (facts.zoneId() == null || !badge.zones().allows(facts.zoneId()))) {
            return "not allowed in zone " + (facts.zoneId() == null ? "(none)" : facts.zoneId());
        }
        int connector = facts.request().connector();
        if (!badge.connectors().all() && connector > 0 && !badge.connectors().allows(new ConnectorRef(station, connector))) {
            return "not allowed on connector " + connector + " of " + station;
        }
        if (!badge.connectors().all() && connector == 0
                && badge.connectors().only().stream().noneMatch(c -> c.stationId().equals(station))) {
            return "not allowed on any connector of " + station;
        }
        return null;
    }

    private static Instant expiry(Badge badge, WeeklyWindow window, Facts facts) {
        Instant now = facts.request().at();
        Instant expiry = now.plus(facts.cacheFor());
        if (badge.validUntil() != null && badge.validUntil().isBefore(expiry)) {
            expiry = badge.validUntil();
        }
        if (window != null) {
            ZonedDateTime local = facts.localTime();
            LocalDate day = local.toLocalDate();
            ZonedDateTime end = window.to().equals(java.time.LocalTime.MIDNIGHT)
                    ? day.plusDays(1).atStartOfDay(local.getZone())
                    : day.atTime(window.to()).atZone(local.getZone());
            if (end.toInstant().isBefore(expiry)) {
                expiry = end.toInstant();
            }
        }
        return expiry;
    }
}
