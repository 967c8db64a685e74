package io.ampgate.strategy.staticlimit;

import io.ampgate.api.ems.Constraints;
import io.ampgate.api.ems.EmsSnapshot;
import io.ampgate.api.ems.Strategy;
import io.ampgate.api.site.Zone;
import io.ampgate.api.unit.PhaseValues;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The "static" strategy: every zone is capped at its static limit per site phase, optionally
 * derated to a percentage of it. (The package is {@code staticlimit} because {@code static} is a
 * Java keyword; the bundle is {@code io.ampgate.strategy.static}.)
 */
@Component(
        service = Strategy.class,
        configurationPid = StaticLimitStrategy.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = Strategy.PROP_ID + "=" + StaticLimitStrategy.ID,
        immediate = true) // a bad setting shows when the plugin is enabled, not at the first cycle
@Designate(ocd = StaticLimitStrategy.Config.class)
public class StaticLimitStrategy implements Strategy {

    /** The configuration PID. */
    public static final String PID = "io.ampgate.strategy.static";

    /** The strategy id. */
    public static final String ID = "static";

    /** The settings form. */
    @ObjectClassDefinition(
            name = "Strategy: static limits",
            description = "Caps the connectors under every zone at the zone's static limit per phase.")
    public @interface Config {
        /** @return the share of each zone's static limit the connectors may use, in % [1, 100] */
        @AttributeDefinition(name = "Share of the static limit (%)", min = "1", max = "100",
                description = "100 uses the whole limit; less keeps a safety margin on every zone.")
        double percent() default 100.0;
    }

    private final double factor;

    /**
     * Creates the strategy (called by Declarative Services).
     *
     * @param config the configuration, or the defaults without one
     * @throws IllegalArgumentException if {@code percent} is not from 1 to 100
     */
    @Activate
    public StaticLimitStrategy(Config config) {
        double percent = config.percent();
        if (!(percent >= 1 && percent <= 100)) {
            throw new IllegalArgumentException(PID + ": percent must be from 1 to 100, was "
                    + percent);
        }
        this.factor = percent / 100.0;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void shape(EmsSnapshot snapshot, Constraints constraints) {
        for (Zone zone : snapshot.zones()) {
            PhaseValues cap = zone.staticLimit().scale(factor);
            String share = factor < 1 ? String.format(Locale.ROOT, " (%.0f %%)", factor * 100) : "";
            constraints.capZone(zone.id(), cap, String.format(Locale.ROOT,
                    "static limit of zone %s%s: %.1f/%.1f/%.1f A", zone.id(), share, cap.l1(), cap.l2(), cap.l3()));
        }
    }
}
