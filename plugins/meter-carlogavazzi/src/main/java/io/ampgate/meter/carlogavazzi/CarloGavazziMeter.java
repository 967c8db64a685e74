package io.ampgate.meter.carlogavazzi;

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

/** A Carlo Gavazzi meter: one per factory configuration. */
@Component(service = Meter.class, configurationPid = CarloGavazziMeter.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true)
@Designate(ocd = CarloGavazziMeter.Config.class, factory = true)
public class CarloGavazziMeter extends MeterComponent {

    /** The factory PID. */
    public static final String PID = "io.ampgate.meter.carlogavazzi";

    /** The settings form. */
    @ObjectClassDefinition(name = "Carlo Gavazzi meter", description = "Carlo Gavazzi EM24 (RS485), EM24_E1 (Ethernet) or EM340 over Modbus.")
    public @interface Config {
        @AttributeDefinition(name = "Meter id", description = "Unique on the site.")
        String ampgate_meter_id();

        @AttributeDefinition(name = "Name")
        String name() default "";

        @AttributeDefinition(name = "Role")
        MeterRole ampgate_meter_role() default MeterRole.SITE;

        @AttributeDefinition(name = "Address", description = "unit@serialport:baud:framing (EM24, EM340),"
                + " or unit@host:port (EM24_E1: port 502 and unit id 1 are UNVERIFIED).")
        String address() default "1@/dev/ttyUSB0:9600:8N1";

        @AttributeDefinition(name = "Model")
        CarloGavazziModel model() default CarloGavazziModel.EM340;

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
    public CarloGavazziMeter(@Reference ModbusGateways gateways, Config c) {
        super(gateways, PID, () -> MeterSettings.of(c.ampgate_meter_id(), c.name(), c.ampgate_meter_role(),
                c.address(), c.model().spec(), c.pollInterval(), c.timeout(), c.ctReversed(), c.phaseMapping()));
    }

    /** Stops polling. */
    @Deactivate
    void deactivate() {
        close();
    }
}
