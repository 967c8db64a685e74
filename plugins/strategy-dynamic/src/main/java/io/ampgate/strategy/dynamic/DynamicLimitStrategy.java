package io.ampgate.strategy.dynamic;

import io.ampgate.api.ems.ConnectorSnapshot;
import io.ampgate.api.ems.Constraints;
import io.ampgate.api.ems.EmsSnapshot;
import io.ampgate.api.ems.Strategy;
import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.site.Zone;
import io.ampgate.api.unit.PhaseValues;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The "dynamic" strategy: a zone with a meter is capped at its limit minus the consumption of its
 * other loads, per site phase: {@code cap = limit - (measured - EV draw)}, never negative. The EV
 * draw is the measured site-phase current of the connectors under the zone. A meter that has not
 * reported for longer than the timeout puts its zone on the zone's fallback limit.
 *
 * <p>The zone's limit is its {@link Zone#staticLimit()} (the protective device's rating): the API
 * has no separate dynamic limit.
 */
@Component(
        service = Strategy.class,
        configurationPid = DynamicLimitStrategy.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = Strategy.PROP_ID + "=" + DynamicLimitStrategy.ID,
        immediate = true) // a bad setting shows when the plugin is enabled, not at the first cycle
@Designate(ocd = DynamicLimitStrategy.Config.class)
public class DynamicLimitStrategy implements Strategy {

    /** The configuration PID. */
    public static final String PID = "io.ampgate.strategy.dynamic";

    /** The strategy id. */
    public static final String ID = "dynamic";

    /** The settings form. */
    @ObjectClassDefinition(
            name = "Strategy: dynamic (metered) limits",
            description = "Caps every metered zone at its limit minus the other loads its meter measures.")
    public @interface Config {
        /** @return how old a meter reading may be before its zone goes to its fallback limit, in s */
        @AttributeDefinition(name = "Meter timeout (s)", min = "0.1",
                description = "A zone whose meter reading is older runs on its fallback limit.")
        double meterTimeoutSeconds() default 10.0;

        /** @return the current kept free below every metered zone's limit, A per phase */
        @AttributeDefinition(name = "Safety margin (A)", min = "0", max = "100",
                description = "Kept free below a metered zone's limit on every phase, for a load that starts"
                        + " between two meter readings. Costs the cars that much current.")
        double safetyMarginA() default 0.0;
    }

    private final Duration timeout;
    private final double margin;
    private final ConnectorDraws draws = new ConnectorDraws();
    private final SetpointBounds bounds = new SetpointBounds();

    /**
     * Creates the strategy (called by Declarative Services).
     *
     * @param config the configuration, or the defaults without one
     * @throws IllegalArgumentException if the timeout is not a positive number of seconds, or the safety
     *     margin not from 0 to 100 A
     */
    @Activate
    public DynamicLimitStrategy(Config config) {
        double seconds = config.meterTimeoutSeconds();
        if (!(seconds > 0 && seconds <= 86_400)) {
            throw new IllegalArgumentException(PID + ": meterTimeoutSeconds must be more than 0 and at most 86400, was "
                    + seconds);
        }
        this.timeout = Duration.ofMillis(Math.round(seconds * 1000));
        double marginA = config.safetyMarginA();
        if (!(marginA >= 0 && marginA <= 100)) {
            throw new IllegalArgumentException(PID + ": safetyMarginA must be from 0 to 100 A, was " + marginA);
        }
        this.margin = marginA;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public synchronized void shape(EmsSnapshot snapshot, Constraints constraints) {
        for (Zone zone : snapshot.zones()) {
            if (zone.isMetered()) {
                shapeZone(snapshot, zone, constraints);
            }
        }
    }

    private void shapeZone(EmsSnapshot snapshot, Zone zone, Constraints constraints) {
        Optional<MeterReading> reading = snapshot.zoneReading(zone.id());
        if (reading.isEmpty()) {
            fallback(zone, "meter " + zone.meterId() + " has sent no reading yet", constraints);
            return;
        }
        Duration age = reading.get().age(snapshot.time());
        if (age.compareTo(timeout) > 0) {
            fallback(zone, String.format(Locale.ROOT, "meter %s is stale (last reading %.1f s old, timeout %.1f s)",
                    zone.meterId(), age.toMillis() / 1000.0, timeout.toMillis() / 1000.0), constraints);
            return;
        }
        PhaseValues evDraw = PhaseValues.zero();
        Instant readingAt = reading.get().timestamp();
        for (ConnectorSnapshot c : snapshot.connectorsUnder(zone.id())) {
            // not measured counts as 0, more than its setpoint allows as the setpoint: the other loads
            // then look larger, the cap smaller (the safe side)
            double bound = bounds.at(c, readingAt, snapshot.time());
            evDraw = evDraw.plus(draws.at(c, readingAt).map(a -> Double.isNaN(a) ? 0
                    : Math.max(0, Double.isNaN(bound) ? a : Math.min(a, bound))));
        }
        PhaseValues others = reading.get().current().minus(evDraw).map(a -> Math.max(0, a));
        PhaseValues cap = zone.staticLimit().minus(others).map(a -> Math.max(0, a - margin));
        // a phase the meter does not measure is unknown: its fallback limit, never unlimited
        cap = PhaseValues.of(orElse(cap.l1(), zone.fallbackLimit().l1()),
                orElse(cap.l2(), zone.fallbackLimit().l2()), orElse(cap.l3(), zone.fallbackLimit().l3()));
        String marginText = margin > 0 ? String.format(Locale.ROOT, " - margin %.1f A", margin) : "";
        constraints.capZone(zone.id(), cap, String.format(Locale.ROOT,
                "zone %s: limit %s A - other loads %s A (meter %s)%s = %s A", zone.id(), format(zone.staticLimit()),
                format(others), zone.meterId(), marginText, format(cap)));
    }

    private static double orElse(double value, double otherwise) {
        return Double.isNaN(value) ? otherwise : value;
    }

    private static void fallback(Zone zone, String why, Constraints constraints) {
        constraints.capZone(zone.id(), zone.fallbackLimit(),
                "zone " + zone.id() + ": " + why + ", fallback limit " + format(zone.fallbackLimit()) + " A");
    }

    private static String format(PhaseValues v) {
        return String.format(Locale.ROOT, "%.1f/%.1f/%.1f", v.l1(), v.l2(), v.l3());
    }
}
