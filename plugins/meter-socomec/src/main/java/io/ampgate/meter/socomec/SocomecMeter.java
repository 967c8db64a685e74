package io.ampgate.meter.socomec;

import io.ampgate.api.meter.Meter;
import io.ampgate.api.meter.MeterRole;
import io.ampgate.modbus.ModbusGateways;
import io.ampgate.modbus.meter.MeterComponent;
import io.ampgate.modbus.meter.MeterSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** A Socomec meter: one per factory configuration. */
@Component(service = Meter.class, configurationPid = SocomecMeter.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true)
@Designate(ocd = SocomecMeter.Config.class, factory = true)
public class SocomecMeter extends MeterComponent {

    /** The factory PID. */
    public static final String PID = "io.ampgate.meter.socomec";

    /** The settings form. */
    @ObjectClassDefinition(name = "Socomec meter", description = "Socomec Countis E23, E24, E27 or E28 over Modbus.")
    public @interface Config {
        @AttributeDefinition(name = "Meter id", description = "Unique on the site.")
        String ampgate_meter_id();

        @AttributeDefinition(name = "Name")
        String name() default "";

        @AttributeDefinition(name = "Role")
        MeterRole ampgate_meter_role() default MeterRole.SITE;

        @AttributeDefinition(name = "Address", description = "unit@serialport:baud:framing or unit@host:port."
                + " The factory unit id and serial settings are UNVERIFIED: read them on the meter.")
        String address() default "1@/dev/ttyUSB0:9600:8N1";

        @AttributeDefinition(name = "Model")
        SocomecModel model() default SocomecModel.E24;

        @AttributeDefinition(name = "Poll interval (ms)", min = "100")
        long pollInterval() default 1000;

        @AttributeDefinition(name = "Timeout (ms)", min = "10", max = "60000")
        long timeout() default 1000;

        @AttributeDefinition(name = "CT direction reversed")
        boolean ctReversed() default false;

        @AttributeDefinition(name = "Phase mapping", description = "Site phases of the meter's inputs L1, L2, L3.")
        String phaseMapping() default "L1L2L3";
    }

    /**
     * Checks the configuration and starts polling (called by Declarative Services).
     *
     * @param gateways the Modbus transport
     * @param c the configuration
     */
    @Activate
    public SocomecMeter(@Reference ModbusGateways gateways, Config c) {
        super(gateways, PID, () -> MeterSettings.of(c.ampgate_meter_id(), c.name(), c.ampgate_meter_role(),
                c.address(), c.model().spec(), c.pollInterval(), c.timeout(), c.ctReversed(), c.phaseMapping()));
    }

    /** Stops polling. */
    @Deactivate
    void deactivate() {
        close();
    }
}
