package io.ampgate.meter.example;

import io.ampgate.api.device.DeviceHealth;
import io.ampgate.api.meter.Meter;
import io.ampgate.api.meter.MeterInfo;
import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.meter.MeterRole;
import io.ampgate.api.unit.PhaseValues;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * A meter that reports constant voltage and current on three phases; its import (or, for a PV
 * meter, export) energy grows with time since activation. Works without configuration (one meter
 * with the defaults) and as a factory configuration (one meter per configuration).
 */
@Component(
        service = Meter.class,
        configurationPid = ConstantMeter.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        immediate = true) // a meter runs from the start: bad settings show at once, not on first use
@Designate(ocd = ConstantMeter.Config.class, factory = true)
public class ConstantMeter implements Meter {

    /** The configuration (factory) PID. */
    public static final String PID = "io.ampgate.meter.example";

    /**
     * The settings form. Its defaults are also the component's properties when there is no
     * configuration, and {@code ampgate_meter_id} / {@code ampgate_meter_role} are named so that
     * their values become the {@value Meter#PROP_ID} and {@value Meter#PROP_ROLE} service properties.
     */
    @ObjectClassDefinition(
            name = "Example meter",
            description = "A meter that reports constant values, for demos and for the plugin guide.")
    public @interface Config {
        /** @return the display name */
        @AttributeDefinition(name = "Name")
        String name() default "Example meter";

        /** @return the meter id ({@value Meter#PROP_ID}), unique on the site */
        @AttributeDefinition(name = "Meter id", description = "Unique on the site.")
        String ampgate_meter_id() default "example-1";

        /** @return the voltage per phase, V */
        @AttributeDefinition(name = "Voltage (V)", min = "0")
        double voltage() default 230.0;

        /** @return the current per phase, A */
        @AttributeDefinition(name = "Current per phase (A)", min = "0")
        double current() default 10.0;

        /** @return what the meter measures ({@value Meter#PROP_ROLE}); PV reports export */
        @AttributeDefinition(name = "Role")
        MeterRole ampgate_meter_role() default MeterRole.SITE;
    }

    private final Clock clock;
    private final Instant started;
    private final MeterInfo info;
    private final double volts;
    private final double amps;

    /**
     * Creates the meter from its configuration (called by Declarative Services).
     *
     * @param config the configuration, or the defaults without one
     */
    @Activate
    public ConstantMeter(Config config) {
        this(config, Clock.systemUTC());
    }

    ConstantMeter(Config config, Clock clock) {
        this.clock = clock;
        this.started = clock.instant();
        MeterRole role = config.ampgate_meter_role();
        this.info = new MeterInfo(config.ampgate_meter_id(), config.name(), "Ampgate", "Example", role);
        this.volts = config.voltage();
        // sign convention of the API: production flows towards the grid, so a PV meter reads negative
        this.amps = role == MeterRole.PV ? -config.current() : config.current();
    }

    @Override
    public MeterInfo info() {
        return info;
    }

    @Override
    public Optional<MeterReading> lastReading() {
        Instant now = clock.instant();
        double watts = volts * amps; // per phase, power factor 1
        double hours = Math.max(0, Duration.between(started, now).toMillis()) / 3_600_000.0;
        double wh = Math.abs(3 * watts) * hours;
        return Optional.of(new MeterReading(now, PhaseValues.all(volts), PhaseValues.all(amps),
                PhaseValues.all(watts), 3 * watts, watts >= 0 ? wh : 0, watts < 0 ? wh : 0));
    }

    @Override
    public DeviceHealth health() {
        return DeviceHealth.online(started);
    }
}
