package io.ampgate.ems.allocator;

import io.ampgate.api.unit.Phase;
import io.ampgate.api.unit.PhaseValues;
import java.util.List;
import java.util.Objects;

/**
 * The allocation seen from one zone.
 *
 * @param zone the zone's id
 * @param cap its cap per site phase ({@code NaN}: none of its own)
 * @param allocated the total current of the connectors under it per site phase: setpoints plus
 *     unmanageable connectors at their max
 * @param unmanageable the part of {@code allocated} that is unmanageable connectors
 * @param bounds what bounds the total, for L1, L2, L3 in that order
 * @param sessions the sessions under it that count against its session limit: every unmanageable
 *     connector and every managed one that was admitted (reason {@link Reason#AT_MAX} or {@link
 *     Reason#LIMITED_BY_ZONE}; with a minimum of 0 that may be a setpoint of 0 A)
 */
public record ZoneLoad(
        String zone,
        PhaseValues cap,
        PhaseValues allocated,
        PhaseValues unmanageable,
        List<ZoneBound> bounds,
        int sessions) {

    /** Checks and copies the fields. */
    public ZoneLoad {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(allocated, "allocated");
        Objects.requireNonNull(unmanageable, "unmanageable");
        bounds = List.copyOf(bounds);
        if (bounds.size() != 3) {
            throw new IllegalArgumentException("one bound per phase");
        }
    }

    /**
     * What bounds the total on one site phase.
     *
     * @param phase the site phase
     * @return the bound
     */
    public ZoneBound bound(Phase phase) {
        return bounds.get(phase.ordinal());
    }
}
