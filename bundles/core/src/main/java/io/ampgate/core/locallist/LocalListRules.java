package io.ampgate.core.locallist;

import io.ampgate.api.auth.AuthorizationStatus;
import io.ampgate.store.site.Badge;
import io.ampgate.store.site.LocalListEntry;
import java.time.Instant;
import java.util.Optional;

/**
 * The local list entry of a badge at one station, checked in this order:
 * <ol>
 *   <li>blocked (deny-all): Blocked;</li>
 *   <li>before its valid-from or from its valid-until on: Expired;</li>
 *   <li>not allowed at this station or zone, or on none of its connectors: left out (the station
 *       asks the gateway, which refuses it);</li>
 *   <li>energy credit used up: Blocked;</li>
 *   <li>otherwise Accepted, expiring with the badge's valid-until, with its parent code.</li>
 * </ol>
 * A scheduled badge is Accepted: a station cannot check weekly windows on its own, so offline it
 * lets the badge charge at any time; online answers still enforce the windows.
 */
public final class LocalListRules {

    private LocalListRules() {
    }

    /**
     * The entry of a badge in a station's local list.
     *
     * @param badge the badge
     * @param stationId the station
     * @param stationZoneId the station's zone, or {@code null} while unassigned
     * @param now the moment the list is computed
     * @return the entry, or empty if the badge does not belong in this station's list
     */
    public static Optional<LocalListEntry> entry(Badge badge, String stationId, String stationZoneId, Instant now) {
        String parent = badge.parentCode().isBlank() ? null : badge.parentCode();
        if (badge.authorization() == Badge.Authorization.DENY_ALL) {
            return Optional.of(new LocalListEntry(badge.uid(), AuthorizationStatus.BLOCKED, null, parent));
        }
        if ((badge.validFrom() != null && now.isBefore(badge.validFrom()))
                || (badge.validUntil() != null && !now.isBefore(badge.validUntil()))) {
            return Optional.of(new LocalListEntry(badge.uid(), AuthorizationStatus.EXPIRED, null, parent));
        }
        if (!allowedAt(badge, stationId, stationZoneId)) {
            return Optional.empty();
        }
        if (!badge.credit().unlimited() && badge.credit().remainingWh() <= 0) {
            return Optional.of(new LocalListEntry(badge.uid(), AuthorizationStatus.BLOCKED, null, parent));
        }
        return Optional.of(new LocalListEntry(badge.uid(), AuthorizationStatus.ACCEPTED, badge.validUntil(), parent));
    }

    private static boolean allowedAt(Badge badge, String stationId, String zoneId) {
        return badge.stations().allows(stationId)
                && (badge.zones().all() || (zoneId != null && badge.zones().allows(zoneId)))
                && (badge.connectors().all()
                        || badge.connectors().only().stream().anyMatch(c -> c.stationId().equals(stationId)));
    }
}
