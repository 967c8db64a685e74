package io.ampgate.store.session;

import io.ampgate.store.internal.Fields;
import java.time.Instant;

/**
 * Which sessions to list or total: those that started in a time range, optionally narrowed down.
 * "Today", "this week" and "this month" are ranges the caller computes in the site's time zone.
 *
 * @param from the earliest start time, inclusive
 * @param to the latest start time, exclusive; after {@code from}
 * @param stationId only this station, or {@code null} for all
 * @param connectorId only this connector number (of {@code stationId}), or {@code null} for all
 * @param badgeUid only sessions of this badge UID, or {@code null}
 * @param chargeUserId only sessions of this charge user, or {@code null}
 * @param zoneId only sessions on connectors of this zone (as recorded at the start), or {@code null}
 */
public record SessionFilter(
        Instant from,
        Instant to,
        String stationId,
        Integer connectorId,
        String badgeUid,
        String chargeUserId,
        String zoneId) {

    /**
     * Checks the fields; blank texts mean "all".
     *
     * @throws IllegalArgumentException if the range is missing or empty, or a connector is given
     *     without a station
     */
    public SessionFilter {
        from = Fields.millis(from, "from");
        to = Fields.millis(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("to (" + to + ") must be after from (" + from + ")");
        }
        stationId = Fields.optional(stationId, "stationId", 48);
        if (connectorId != null) {
            Fields.connector(connectorId);
            if (stationId == null) {
                throw new IllegalArgumentException("connectorId needs a stationId");
            }
        }
        badgeUid = Fields.optional(badgeUid, "badgeUid", 64);
        chargeUserId = Fields.optional(chargeUserId, "chargeUserId", 64);
        zoneId = Fields.optional(zoneId, "zoneId", 64);
    }

    /**
     * Every session that started in a time range.
     *
     * @param from the earliest start time, inclusive
     * @param to the latest start time, exclusive
     * @return the filter
     */
    public static SessionFilter between(Instant from, Instant to) {
        return new SessionFilter(from, to, null, null, null, null, null);
    }

    /**
     * This filter narrowed to one station.
     *
     * @param station the station identity
     * @return the narrower filter
     */
    public SessionFilter station(String station) {
        return new SessionFilter(from, to, station, connectorId, badgeUid, chargeUserId, zoneId);
    }

    /**
     * This filter narrowed to one connector of its station.
     *
     * @param connector the connector number
     * @return the narrower filter
     */
    public SessionFilter connector(int connector) {
        return new SessionFilter(from, to, stationId, connector, badgeUid, chargeUserId, zoneId);
    }

    /**
     * This filter narrowed to one badge.
     *
     * @param badge the badge UID
     * @return the narrower filter
     */
    public SessionFilter badge(String badge) {
        return new SessionFilter(from, to, stationId, connectorId, badge, chargeUserId, zoneId);
    }

    /**
     * This filter narrowed to one charge user.
     *
     * @param chargeUser the charge user id
     * @return the narrower filter
     */
    public SessionFilter chargeUser(String chargeUser) {
        return new SessionFilter(from, to, stationId, connectorId, badgeUid, chargeUser, zoneId);
    }

    /**
     * This filter narrowed to one zone.
     *
     * @param zone the zone id
     * @return the narrower filter
     */
    public SessionFilter zone(String zone) {
        return new SessionFilter(from, to, stationId, connectorId, badgeUid, chargeUserId, zone);
    }
}
