package io.ampgate.meter.generic;

import io.ampgate.api.device.DeviceHealth;
import io.ampgate.api.meter.Meter;
import io.ampgate.api.meter.MeterInfo;
import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.meter.MeterRole;
import io.ampgate.modbus.DeviceSettings;
import io.ampgate.modbus.ModbusAddress;
import io.ampgate.modbus.ModbusGateways;
import io.ampgate.modbus.Register;
import io.ampgate.modbus.RegisterTable;
import io.ampgate.modbus.Values;
import io.ampgate.modbus.meter.Channels;
import io.ampgate.modbus.meter.MeterOptions;
import io.ampgate.modbus.meter.MeterReadings;
import io.ampgate.modbus.meter.ModbusMeter;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * A Modbus meter whose registers the installer enters, one setting per value in the syntax of
 * {@link ValueSpec}. One factory configuration, one polled device, one {@link Meter} service. A
 * wrong setting stops the component with a message naming it (in the log and the shell's
 * component list).
 */
@Component(service = Meter.class, configurationPid = GenericMeter.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = GenericMeter.Config.class, factory = true)
public class GenericMeter implements Meter {

    /** The factory PID. */
    public static final String PID = "io.ampgate.meter.generic";
    private static final String SYNTAX = "fc:register:type[:order[:multiplier]], e.g. 4:0x0048:float32:ABCD:1000 "
            + "(fc 3 or 4; register decimal or 0x hex, 0-based; type u16 s16 u32 s32 u64 s64 float32 float64; "
            + "order ABCD or CDAB; multiplier to V, A, W, Wh).";

    /** The settings form. */
    @ObjectClassDefinition(name = "Generic Modbus meter",
            description = "A Modbus meter described register by register: " + SYNTAX)
    public @interface Config {
        /** @return the display name */
        @AttributeDefinition(name = "Name")
        String name() default "Modbus meter";

        /** @return the meter id, unique on the site */
        @AttributeDefinition(name = "Meter id", description = "Unique on the site.")
        String ampgate_meter_id() default "meter-1";

        /** @return what the meter measures */
        @AttributeDefinition(name = "Role")
        MeterRole ampgate_meter_role() default MeterRole.SITE;

        /** @return the manufacturer, for people */
        @AttributeDefinition(name = "Manufacturer", required = false)
        String manufacturer() default "";

        /** @return the model, for people */
        @AttributeDefinition(name = "Model", required = false)
        String model() default "";

        /** @return where the meter is */
        @AttributeDefinition(name = "Modbus address",
                description = "unit@host:port for Modbus TCP (e.g. 1@192.168.1.60:502), unit@/dev/ttyUSB0:9600:8N1 for RTU.")
        String address();

        /** @return the poll interval, ms */
        @AttributeDefinition(name = "Poll interval (ms)", min = "100")
        int pollIntervalMs() default 1000;

        /** @return the request timeout, ms */
        @AttributeDefinition(name = "Timeout (ms)", min = "10", max = "60000")
        int timeoutMs() default 1000;

        /** @return the most registers one request may read */
        @AttributeDefinition(name = "Registers per request", min = "1", max = "125")
        int maxRegisters() default 125;

        /** @return how many unmapped registers a request may read over */
        @AttributeDefinition(name = "Gap", description = "Unmapped registers one request may read over to join two "
                + "values; 0 for meters that refuse to read registers they do not map.", min = "0")
        int maxGap() default 0;

        /** @return whether the CTs face the other way */
        @AttributeDefinition(name = "CT reversed", description = "Powers change sign, import and export swap.")
        boolean ctReversed() default false;

        /** @return the site phases of the meter's L1, L2, L3 */
        @AttributeDefinition(name = "Phase mapping", description = "Site phases of the meter's L1 L2 L3, e.g. L2L3L1.")
        String phaseMapping() default "L1L2L3";

        /** @return the import energy register, mandatory */
        @AttributeDefinition(name = "Energy import (Wh)", description = "Mandatory. " + SYNTAX)
        String energyImport();

        /** @return the export energy register */
        @AttributeDefinition(name = "Energy export (Wh)", required = false)
        String energyExport() default "";

        /** @return the total active power register */
        @AttributeDefinition(name = "Total active power (W)", required = false,
                description = "Without it, the sum of the phase powers that are set.")
        String powerTotal() default "";

        /** @return the L1 active power register */
        @AttributeDefinition(name = "Power L1 (W)", required = false)
        String powerL1() default "";

        /** @return the L2 active power register */
        @AttributeDefinition(name = "Power L2 (W)", required = false)
        String powerL2() default "";

        /** @return the L3 active power register */
        @AttributeDefinition(name = "Power L3 (W)", required = false)
        String powerL3() default "";

        /** @return the L1 current register */
        @AttributeDefinition(name = "Current L1 (A)", required = false)
        String currentL1() default "";

        /** @return the L2 current register */
        @AttributeDefinition(name = "Current L2 (A)", required = false)
        String currentL2() default "";

        /** @return the L3 current register */
        @AttributeDefinition(name = "Current L3 (A)", required = false)
        String currentL3() default "";

        /** @return the L1-N voltage register */
        @AttributeDefinition(name = "Voltage L1 (V)", required = false)
        String voltageL1() default "";

        /** @return the L2-N voltage register */
        @AttributeDefinition(name = "Voltage L2 (V)", required = false)
        String voltageL2() default "";

        /** @return the L3-N voltage register */
        @AttributeDefinition(name = "Voltage L3 (V)", required = false)
        String voltageL3() default "";
    }

    private final ModbusMeter meter;

    /**
     * Checks the settings, builds the table and starts polling.
     *
     * @param gateways the Modbus transport
     * @param config the configuration
     * @throws IllegalArgumentException naming every wrong setting
     */
    @Activate
    public GenericMeter(@Reference ModbusGateways gateways, Config config) {
        DeviceSettings settings = settings(config);
        MeterInfo info = new MeterInfo(config.ampgate_meter_id(), config.name(), config.manufacturer(), config.model(),
                config.ampgate_meter_role());
        this.meter = new ModbusMeter(info, gateways.open(settings),
                mapping(settings.table(), MeterOptions.of(config.ctReversed(), config.phaseMapping())));
    }

    /**
     * The reading of a poll: {@link MeterReadings#of}; without a total power setting, the total is the
     * sum of the phase powers that are set (a single-phase meter with only {@code powerL1} has a total).
     *
     * @param table the entered table
     * @param options CT direction and phase mapping
     * @return the mapping
     */
    static Function<Values, MeterReading> mapping(RegisterTable table, MeterOptions options) {
        List<String> phases = table.registers().stream().map(Register::name)
                .filter(n -> n.equals(Channels.POWER_L1) || n.equals(Channels.POWER_L2) || n.equals(Channels.POWER_L3))
                .toList();
        boolean hasTotal = table.registers().stream().anyMatch(r -> r.name().equals(Channels.POWER_TOTAL));
        if (hasTotal || phases.isEmpty()) {
            return values -> MeterReadings.of(values, options);
        }
        return values -> {
            Map<String, Double> numbers = new HashMap<>(values.numbers());
            numbers.put(Channels.POWER_TOTAL, phases.stream().mapToDouble(values::number).sum());
            return MeterReadings.of(new Values(values.at(), numbers, values.texts()), options);
        };
    }

    /**
     * The polling settings of a configuration.
     *
     * @param config the configuration
     * @return the settings
     * @throws IllegalArgumentException naming every wrong setting, one a line
     */
    static DeviceSettings settings(Config config) {
        String id = config.ampgate_meter_id();
        String address = config.address() == null ? "" : config.address().strip();
        if (address.isEmpty()) {
            throw new IllegalArgumentException(PID + " " + id + ": address is missing; write unit@host:port, e.g. "
                    + "1@192.168.1.60:502, or unit@/dev/ttyUSB0:9600:8N1");
        }
        MeterOptions.of(config.ctReversed(), config.phaseMapping()); // checks the mapping
        RegisterTable table;
        try {
            table = GenericTable.of(GenericTable.settings(config));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PID + " " + id + ": " + e.getMessage(), e);
        }
        return new DeviceSettings(id, ModbusAddress.parse(address), table, Duration.ofMillis(config.pollIntervalMs()),
                Duration.ofMillis(config.timeoutMs()), 1, config.maxRegisters(), config.maxGap());
    }

    @Override
    public MeterInfo info() {
        return meter.info();
    }

    @Override
    public Optional<MeterReading> lastReading() {
        return meter.lastReading();
    }

    @Override
    public DeviceHealth health() {
        return meter.health();
    }

    /** Stops polling. */
    @Deactivate
    public void close() {
        meter.device().close();
    }
}
