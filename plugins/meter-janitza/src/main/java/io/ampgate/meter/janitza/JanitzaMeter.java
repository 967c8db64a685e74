package io.ampgate.meter.janitza;

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

/** A Janitza meter: one per factory configuration. */
@Component(service = Meter.class, configurationPid = JanitzaMeter.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true)
@Designate(ocd = JanitzaMeter.Config.class, factory = true)
public class JanitzaMeter extends MeterComponent {

    /** The factory PID. */
    public static final String PID = "io.ampgate.meter.janitza";

    /** The settings form. */
    @ObjectClassDefinition(name = "Janitza meter", description = "Janitza UMG 604 over Modbus TCP or RTU.")
    public @interface Config {
        @AttributeDefinition(name = "Meter id", description = "Unique on the site.")
        String ampgate_meter_id();

        @AttributeDefinition(name = "Name")
        String name() default "";

        @AttributeDefinition(name = "Role")
        MeterRole ampgate_meter_role() default MeterRole.SITE;

        @AttributeDefinition(name = "Address", description = "unit@host:port (Ethernet; port 502 and the unit id are UNVERIFIED)"
                + " or unit@serialport:baud:framing (RS485: 8N2; the factory baud rate is UNVERIFIED).")
        String address() default "1@/dev/ttyUSB0:9600:8N2";

        @AttributeDefinition(name = "Model")
        JanitzaModel model() default JanitzaModel.UMG604;

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
    public JanitzaMeter(@Reference ModbusGateways gateways, Config c) {
        super(gateways, PID, () -> MeterSettings.of(c.ampgate_meter_id(), c.name(), c.ampgate_meter_role(),
                c.address(), c.model().spec(), c.pollInterval(), c.timeout(), c.ctReversed(), c.phaseMapping()));
    }

    /** Stops polling. */
    @Deactivate
    void deactivate() {
        close();
    }
}
