package io.ampgate.ems.allocator;

import io.ampgate.api.unit.PhaseValues;
import java.util.Objects;

/**
 * One zone of the electrical tree as the allocator sees it.
 *
 * @param id the zone's id, not blank
 * @param parent the parent zone's id; {@code null} for a root
 * @param cap the most current the connectors under the zone (its own and its sub-zones') may draw
 *     together, in A per <em>site</em> phase; {@code NaN} on a phase means no cap of its own there
 *     (the zones above it still apply); a negative cap counts as 0
 * @param maxSessions the most connectors under the zone that may charge at once (unmanageable ones
 *     included); {@link #NO_SESSION_LIMIT} for no limit
 */
public record ZoneNode(String id, String parent, PhaseValues cap, int maxSessions) {

    /** No limit on the number of sessions. */
    public static final int NO_SESSION_LIMIT = Integer.MAX_VALUE;

    /** Checks the fields. */
    public ZoneNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cap, "cap");
        if (id.isBlank()) {
            throw new IllegalArgumentException("zone id is blank");
        }
        if (id.equals(parent)) {
            throw new IllegalArgumentException("zone " + id + " is its own parent");
        }
        if (maxSessions < 0) {
            throw new IllegalArgumentException("zone " + id + ": maxSessions < 0");
        }
    }

    /**
     * A zone without a session limit.
     *
     * @param id the zone's id
     * @param parent the parent's id, {@code null} for a root
     * @param cap the cap per site phase ({@code NaN}: none)
     * @return the zone
     */
    public static ZoneNode of(String id, String parent, PhaseValues cap) {
        return new ZoneNode(id, parent, cap, NO_SESSION_LIMIT);
    }

    /**
     * The same zone with a session limit.
     *
     * @param max the most sessions at once
     * @return a copy
     */
    public ZoneNode withMaxSessions(int max) {
        return new ZoneNode(id, parent, cap, max);
    }
}
