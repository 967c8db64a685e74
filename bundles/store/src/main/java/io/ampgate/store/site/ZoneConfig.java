package io.ampgate.store.site;

import io.ampgate.api.site.Zone;
import io.ampgate.api.site.ZoneKind;
import io.ampgate.api.unit.PhaseValues;
import java.math.BigDecimal;

/**
 * A zone of the site's electrical tree as the operator configured it: the API's {@link Zone} plus
 * the dynamic limit and the energy price. Limits are currents per site phase, in A.
 *
 * @param id the zone id, unique, at most 64 characters
 * @param parentId the parent zone; {@code null} exactly for the root ({@link ZoneKind#SITE})
 * @param name the display name; {@code null} or blank becomes {@code id}
 * @param kind site, panel or group
 * @param staticLimit the limit the connectors under the zone share, {@code >= 0} on every phase
 * @param dynamicLimit the limit the load measured by {@code meterId} must stay under, per phase
 *     ({@code NaN} on a phase: no dynamic limit there); needs a meter unless all {@code NaN}
 * @param meterId the meter that measures the zone's whole load, or {@code null}
 * @param fallbackLimit the limit applied when the meter or the grid signal is lost, {@code >= 0}
 *     on every phase
 * @param energyPrice the price of one kWh in the site's currency, {@code >= 0}, at most six
 *     decimals (exact: a {@link BigDecimal}, kept without trailing zeros), or {@code null} if not
 *     set (then the parent's applies)
 */
public record ZoneConfig(String id, String parentId, String name, ZoneKind kind, PhaseValues staticLimit,
        PhaseValues dynamicLimit, String meterId, PhaseValues fallbackLimit, BigDecimal energyPrice) {

    /** Checks and normalises the fields (the API's rules, and those of the dynamic limit and price). */
    public ZoneConfig {
        id = Check.id(id, "zone id");
        if (parentId != null) {
            parentId = Check.id(parentId, "parentId");
        }
        if (meterId != null) {
            meterId = Check.id(meterId, "meterId");
        }
        Check.notNull(kind, "kind");
        Check.notNull(staticLimit, "staticLimit");
        Check.notNull(fallbackLimit, "fallbackLimit");
        name = new Zone(id, parentId, name, kind, staticLimit, meterId, fallbackLimit).name();
        Check.text(name, "name", 100);
        dynamicLimit = dynamicLimit == null ? PhaseValues.none() : dynamicLimit;
        if (!dynamicLimit.isNonNegative()) {
            throw new IllegalArgumentException("zone " + id + ": dynamicLimit must be >= 0 on every phase: " + dynamicLimit);
        }
        if (meterId == null && !Double.isNaN(dynamicLimit.max())) {
            throw new IllegalArgumentException("zone " + id + ": a dynamicLimit needs the meter that measures the zone");
        }
        if (energyPrice != null) {
            if (energyPrice.signum() < 0) {
                throw new IllegalArgumentException("zone " + id + ": energyPrice must be >= 0, not " + energyPrice);
            }
            energyPrice = energyPrice.signum() == 0 ? BigDecimal.ZERO : energyPrice.stripTrailingZeros();
            if (energyPrice.scale() > 6 || energyPrice.precision() - energyPrice.scale() > 12) {
                throw new IllegalArgumentException("zone " + id + ": energyPrice " + energyPrice.toPlainString()
                        + " has more than 6 decimals or 12 integer digits");
            }
        }
    }

    /**
     * The zone as the energy manager sees it.
     *
     * @return the API zone
     */
    public Zone toZone() {
        return new Zone(id, parentId, name, kind, staticLimit, meterId, fallbackLimit);
    }
}
