package io.ampgate.api.site;

import io.ampgate.api.unit.PhaseValues;
import java.util.Objects;

/**
 * A node of the site's electrical tree: connectors under a zone never draw more, together, than
 * the zone's limit on any site phase, at any level of the tree.
 *
 * @param id the zone id, unique on the site, non-blank
 * @param parentId the parent zone's id; {@code null} exactly for the root ({@link ZoneKind#SITE})
 * @param name the display name; {@code null} or blank becomes {@code id}
 * @param kind the kind of zone
 * @param staticLimit the current limit per site phase, in A, that the connectors under the zone may
 *     share (the "static" strategy): finite and {@code >= 0} on every phase
 * @param meterId the id of the {@link io.ampgate.api.meter.Meter} that measures the zone's whole
 *     load (enables the "dynamic" strategy), or {@code null} if the zone has no meter
 * @param fallbackLimit the conservative current limit per site phase, in A, applied when the zone's
 *     meter or the grid signal is lost (never "unlimited"): finite and {@code >= 0} on every phase.
 *     The energy manager applies the smaller of this and {@code staticLimit}
 */
public record Zone(
        String id,
        String parentId,
        String name,
        ZoneKind kind,
        PhaseValues staticLimit,
        String meterId,
        PhaseValues fallbackLimit) {

    /**
     * Checks and normalises the fields.
     *
     * @throws NullPointerException if {@code id}, {@code kind} or a limit is {@code null}
     * @throws IllegalArgumentException if an id is blank, the parent does not match the kind, the
     *     zone is its own parent or a limit is negative or {@code NaN}
     */
    public Zone {
        requireId(id, "id");
        Objects.requireNonNull(kind, "kind");
        if ((kind == ZoneKind.SITE) != (parentId == null)) {
            throw new IllegalArgumentException(
                    "zone " + id + ": a SITE zone has no parent, every other zone has one");
        }
        if (parentId != null) {
            requireId(parentId, "parentId");
            if (parentId.equals(id)) {
                throw new IllegalArgumentException("zone " + id + " is its own parent");
            }
        }
        if (meterId != null) {
            requireId(meterId, "meterId");
        }
        name = name == null || name.isBlank() ? id : name;
        requireLimit(id, staticLimit, "staticLimit");
        requireLimit(id, fallbackLimit, "fallbackLimit");
    }

    private static void requireId(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " is blank");
        }
    }

    private static void requireLimit(String id, PhaseValues limit, String field) {
        Objects.requireNonNull(limit, field);
        if (!limit.isComplete() || !limit.isNonNegative()) {
            throw new IllegalArgumentException(
                    "zone " + id + ": " + field + " must be >= 0 on every phase: " + limit);
        }
    }

    /**
     * Whether this is the root of the tree.
     *
     * @return {@code true} if the zone has no parent
     */
    public boolean isRoot() {
        return parentId == null;
    }

    /**
     * Whether a meter measures this zone.
     *
     * @return {@code true} if {@code meterId} is set
     */
    public boolean isMetered() {
        return meterId != null;
    }
}
