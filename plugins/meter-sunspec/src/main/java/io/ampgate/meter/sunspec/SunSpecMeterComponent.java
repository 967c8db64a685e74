package io.ampgate.meter.sunspec;

import io.ampgate.api.device.DeviceHealth;
import io.ampgate.api.meter.Meter;
import io.ampgate.api.meter.MeterInfo;
import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.meter.MeterRole;
import io.ampgate.modbus.DeviceSettings;
import io.ampgate.modbus.ModbusAddress;
import io.ampgate.modbus.ModbusGateways;
import io.ampgate.modbus.meter.MeterOptions;
import io.ampgate.modbus.meter.ModbusMeter;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One SunSpec inverter, one factory configuration, one {@link Meter} service. At activation it
 * discovers the device in the background (retrying after {@value #FIRST_RETRY_SECONDS} s, then twice as long
 * each time up to {@value #RETRY_SECONDS} s while it fails;
 * health STARTING, then COMM_ERROR with the reason), then polls the measurement model. The meter's
 * info keeps the configured id, name and role (it is constant for the life of the service, which
 * starts before discovery); the manufacturer, model and serial the device reports are logged.
 */
@Component(service = Meter.class, configurationPid = SunSpecMeterComponent.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = SunSpecMeterComponent.Config.class, factory = true)
public class SunSpecMeterComponent implements Meter {

    /** The factory PID. */
    public static final String PID = "io.ampgate.meter.sunspec";
    /** The first retry of a failed discovery: an inverter that starts a moment after the gateway is found quickly. */
    static final int FIRST_RETRY_SECONDS = 2;
    /** The longest wait between two discoveries; each retry waits twice as long as the one before up to this. */
    static final int RETRY_SECONDS = 30;
    private static final Logger LOG = System.getLogger(SunSpecMeterComponent.class.getName());

    /** The settings form. */
    @ObjectClassDefinition(name = "SunSpec PV inverter",
            description = "A PV inverter with SunSpec Modbus (common model 1 and inverter model 101, 103 or 701), "
                    + "read as a production meter.")
    public @interface Config {
        /** @return the display name */
        @AttributeDefinition(name = "Name")
        String name() default "PV inverter";

        /** @return the meter id, unique on the site */
        @AttributeDefinition(name = "Meter id", description = "Unique on the site.")
        String ampgate_meter_id() default "pv-1";

        /** @return the role; PV for an inverter */
        @AttributeDefinition(name = "Role")
        MeterRole ampgate_meter_role() default MeterRole.PV;

        /** @return where the inverter is */
        @AttributeDefinition(name = "Modbus address",
                description = "unit@host:port for Modbus TCP (e.g. 1@192.168.1.50:502), "
                        + "unit@/dev/ttyUSB0:9600:8N1 for RTU.")
        String address();

        /** @return where the SunS marker is, or -1 to try 40000, 50000 and 0 */
        @AttributeDefinition(name = "SunSpec base address",
                description = "-1 tries 40000, 50000, 0; or the PDU address of the 'SunS' marker.", min = "-1",
                max = "65533")
        int sunspecBase() default -1;

        /** @return the poll interval, ms */
        @AttributeDefinition(name = "Poll interval (ms)", min = "100")
        int pollIntervalMs() default 1000;

        /** @return the request timeout, ms */
        @AttributeDefinition(name = "Timeout (ms)", min = "10", max = "60000")
        int timeoutMs() default 1000;

        /** @return whether powers change sign and import and export swap */
        @AttributeDefinition(name = "CT reversed",
                description = "Leave off for an inverter: production already reads as export (negative power).")
        boolean ctReversed() default false;

        /** @return the site phases of the inverter's L1, L2, L3 */
        @AttributeDefinition(name = "Phase mapping", description = "Site phases of the inverter's L1 L2 L3, e.g. L2L3L1.")
        String phaseMapping() default "L1L2L3";
    }

    private final ModbusGateways gateways;
    private final Clock clock = Clock.systemUTC();
    private final MeterInfo configured;
    private final ModbusAddress address;
    private final List<Integer> bases;
    private final MeterOptions options;
    private final Duration poll;
    private final Duration timeout;
    private final ScheduledExecutorService executor;
    private volatile ModbusMeter meter;
    private volatile SunSpecDevice found;
    private volatile DeviceHealth discoveryHealth;
    private volatile boolean closed;

    /**
     * Checks the settings and starts discovery.
     *
     * @param gateways the Modbus transport
     * @param config the configuration
     * @throws IllegalArgumentException naming the setting that is wrong
     */
    @Activate
    public SunSpecMeterComponent(@Reference ModbusGateways gateways, Config config) {
        this.gateways = gateways;
        this.configured = new MeterInfo(config.ampgate_meter_id(), config.name(), "", "", config.ampgate_meter_role());
        if (config.address() == null || config.address().isBlank()) {
            throw new IllegalArgumentException(PID + " " + configured.id()
                    + ": address is missing; write unit@host:port, e.g. 1@192.168.1.50:502");
        }
        this.address = ModbusAddress.parse(config.address().strip());
        this.bases = config.sunspecBase() < 0 ? SunSpecDiscovery.BASES : List.of(config.sunspecBase());
        this.options = MeterOptions.of(config.ctReversed(), config.phaseMapping());
        this.poll = Duration.ofMillis(config.pollIntervalMs());
        this.timeout = Duration.ofMillis(config.timeoutMs());
        settings(new SunSpecDevice(0, "", "", "", new SunSpecDevice.Model(103, 0, 50), List.of())); // checks them now
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sunspec-" + configured.id());
            t.setDaemon(true);
            return t;
        });
        this.discoveryHealth = DeviceHealth.starting(clock.instant());
        executor.execute(() -> discover(FIRST_RETRY_SECONDS));
    }

    /** @param retrySeconds how long to wait before trying again if this fails */
    private void discover(int retrySeconds) {
        if (closed) {
            return;
        }
        SunSpecDevice device;
        try {
            device = SunSpecDiscovery.discover(new TransportReader(gateways, address, timeout), bases);
        } catch (SunSpecException e) {
            discoveryHealth = DeviceHealth.commError(e.getMessage(), clock.instant());
            LOG.log(Level.WARNING, "SunSpec meter {0} at {1}: {2}; trying again in {3} s", configured.id(), address,
                    e.getMessage(), retrySeconds);
            executor.schedule(() -> discover(Math.min(RETRY_SECONDS, retrySeconds * 2)), retrySeconds, TimeUnit.SECONDS);
            return;
        }
        LOG.log(Level.INFO, "SunSpec meter {0} at {1}: {2} {3} (serial {4}), model {5} at {6}", configured.id(), address,
                device.manufacturer(), device.model(), device.serial(), String.valueOf(device.measurement().id()),
                String.valueOf(device.measurement().start()));
        ModbusMeter polled = meter(gateways, device);
        synchronized (this) {
            if (closed) {
                polled.device().close();
                return;
            }
            found = device;
            meter = polled;
        }
    }

    @Override
    public MeterInfo info() {
        return configured;
    }

    @Override
    public Optional<MeterReading> lastReading() {
        ModbusMeter m = meter;
        return m == null ? Optional.empty() : m.lastReading();
    }

    @Override
    public DeviceHealth health() {
        ModbusMeter m = meter;
        return m == null ? discoveryHealth : m.health();
    }

    /** @return what discovery found, empty before */
    public Optional<SunSpecDevice> device() {
        return Optional.ofNullable(found);
    }

    /** The meter over a polled device, for what discovery found. */
    ModbusMeter meter(ModbusGateways transport, SunSpecDevice found) {
        MeterInfo info = new MeterInfo(configured.id(), configured.name(), found.manufacturer(), found.model(),
                configured.role());
        int modelId = found.measurement().id();
        return new ModbusMeter(info, transport.open(settings(found)),
                values -> SunSpecTable.reading(modelId, values, options));
    }

    /** The polling settings: scale factors and values in one request (a model's registers may all be read). */
    DeviceSettings settings(SunSpecDevice found) {
        return DeviceSettings.of(configured.id(), address, SunSpecTable.table(found)).every(poll).patience(timeout, 1)
                .requests(125, 125);
    }

    /** Stops discovery and polling and removes the meter. */
    @Deactivate
    public synchronized void close() {
        closed = true;
        executor.shutdownNow();
        ModbusMeter m = meter;
        if (m != null) {
            m.device().close();
        }
    }
}
