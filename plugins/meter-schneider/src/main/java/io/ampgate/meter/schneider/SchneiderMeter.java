package io.ampgate.meter.schneider;

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

/** A Schneider Electric meter: one per factory configuration. */
@Component(service = Meter.class, configurationPid = SchneiderMeter.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true)
@Designate(ocd = SchneiderMeter.Config.class, factory = true)
public class SchneiderMeter extends MeterComponent {

    /** The factory PID. */
    public static final String PID = "io.ampgate.meter.schneider";

    /** The settings form. */
    @ObjectClassDefinition(name = "Schneider meter", description = "Schneider Electric iEM3150, iEM3155, iEM3250, iEM3255, iEM3350 or iEM3355 over Modbus RTU.")
    public @interface Config {
        @AttributeDefinition(name = "Meter id", description = "Unique on the site.")
        String ampgate_meter_id();

        @AttributeDefinition(name = "Name")
        String name() default "";

        @AttributeDefinition(name = "Role")
        MeterRole ampgate_meter_role() default MeterRole.SITE;

        @AttributeDefinition(name = "Address", description = "unit@serialport:baud:framing (the iEM3x5x speaks RTU only), or unit@host:port behind a"
                + " TCP gateway. Without baud rate and framing: 19200:8E1 (commonly quoted factory setting, UNVERIFIED).")
        String address() default "1@/dev/ttyUSB0:19200:8E1";

        @AttributeDefinition(name = "Model", description = "iEM3150, iEM3250 and iEM3350 have no export energy register.")
        SchneiderModel model() default SchneiderModel.IEM3155;

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
    public SchneiderMeter(@Reference ModbusGateways gateways, Config c) {
        super(gateways, PID, () -> MeterSettings.of(c.ampgate_meter_id(), c.name(), c.ampgate_meter_role(),
                c.address(), c.model().spec(), c.pollInterval(), c.timeout(), c.ctReversed(), c.phaseMapping()));
    }

    /** Stops polling. */
    @Deactivate
    void deactivate() {
        close();
    }
}
