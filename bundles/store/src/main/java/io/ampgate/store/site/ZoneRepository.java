package io.ampgate.store.site;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The zone tree of the site: one root of kind {@code SITE}, every other zone under a parent, no
 * cycles.
 */
@ProviderType
public interface ZoneRepository {

    /**
     * Adds a zone or replaces the stored one with the same id.
     *
     * @param zone the zone
     * @return the zone as stored
     * @throws IllegalArgumentException if its parent or meter does not exist, it would make a cycle,
     *     or it is a second root
     */
    ZoneConfig save(ZoneConfig zone);

    /**
     * One zone.
     *
     * @param id the zone id
     * @return the zone, or empty if there is none with that id
     */
    Optional<ZoneConfig> find(String id);

    /**
     * The price of one kWh in a zone: its own, or else its nearest ancestor's (a site priced once at
     * its root prices every zone under it).
     *
     * @param zoneId the zone, or {@code null}
     * @return the price, or empty if neither the zone nor any zone above it has one (or there is no
     *     such zone)
     */
    default Optional<BigDecimal> energyPrice(String zoneId) {
        String id = zoneId;
        // the tree has no cycles (save refuses them); the bound only guards against a damaged one
        for (int depth = 0; id != null && depth < 64; depth++) {
            Optional<ZoneConfig> zone = find(id);
            if (zone.isEmpty()) {
                return Optional.empty();
            }
            if (zone.get().energyPrice() != null) {
                return Optional.of(zone.get().energyPrice());
            }
            id = zone.get().parentId();
        }
        return Optional.empty();
    }

    /**
     * Every zone, parents before their children (the root first, siblings by id).
     *
     * @return the tree, flattened
     */
    List<ZoneConfig> list();

    /**
     * The zones directly under one zone, by id.
     *
     * @param parentId the parent zone
     * @return the children
     */
    List<ZoneConfig> children(String parentId);

    /**
     * Removes a zone.
     *
     * @param id the zone
     * @return {@code false} if there was no such zone
     * @throws IllegalArgumentException if zones or stations are still under it
     */
    boolean delete(String id);
}
