package io.ampgate.api.site;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The configured site: its zones and which zone each connector belongs to. Registered once by the
 * core as an OSGi service; drivers, strategies and bridges look things up in it, they do not
 * implement it.
 */
@ProviderType
public interface SiteModel {

    /**
     * Every zone of the site, parents before their children (the root first).
     *
     * @return an unmodifiable snapshot of the tree
     */
    List<Zone> zones();

    /**
     * One zone.
     *
     * @param zoneId the zone id
     * @return the zone, or empty if there is no such zone
     */
    Optional<Zone> zone(String zoneId);

    /**
     * The leaf zone a connector belongs to.
     *
     * @param stationId the station id
     * @param connector the connector number, {@code >= 1}
     * @return the zone id, or empty if the connector is not assigned to a zone yet
     */
    Optional<String> zoneOf(String stationId, int connector);

    /**
     * Whether a station is a VIP station: its sessions are served first when power is short.
     *
     * @param stationId the station id
     * @return {@code true} for a VIP station
     */
    default boolean vipStation(String stationId) {
        return false;
    }

    /**
     * Whether a running session belongs to a VIP badge: it is served first when power is short.
     *
     * @param sessionId the session id, as in {@code ConnectorState#sessionId()}
     * @return {@code true} when the session's badge is a VIP badge
     */
    default boolean vipSession(String sessionId) {
        return false;
    }

    /**
     * Reads the site again at the next look-up. For a caller that has just been told the site changed
     * ({@code io/ampgate/site/CHANGED}) and acts on it at once: the model may not have heard of the
     * change yet, event handlers run in no given order.
     *
     * @since 1.2
     */
    default void refresh() {
    }
}
