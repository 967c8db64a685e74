package io.ampgate.signal.modbus;

import io.ampgate.api.device.DeviceHealth;
import io.ampgate.api.event.Topics;
import io.ampgate.api.signal.GridSignal;
import io.ampgate.api.signal.GridSignalLevel;
import io.ampgate.api.signal.SignalSource;
import io.ampgate.modbus.ModbusDevice;
import io.ampgate.modbus.ModbusGateways;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * A grid signal read from a Modbus device, one per factory configuration: a coil or discrete input
 * (the dry contact of a ripple-control receiver or a grid operator's control box wired to an I/O
 * module) or a register of an energy-management controller, polled through the transport. The
 * device not answering, or a value the settings do not name, makes the signal lost. Every change of
 * signal is posted on {@code io/ampgate/signal/GRID}, so the energy manager runs its cycle at once.
 */
@Component(service = {SignalSource.class, EventHandler.class, ModbusSignalSource.class},
        configurationPid = ModbusSignalSource.PID, configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true,
        property = EventConstants.EVENT_TOPIC + "=" + ModbusGateways.TOPIC_HEALTH)
@Designate(ocd = ModbusSignalSource.Config.class, factory = true)
public final class ModbusSignalSource implements SignalSource, EventHandler {

    /** The factory PID. */
    public static final String PID = "io.ampgate.signal.modbus";
    private static final System.Logger LOG = System.getLogger(ModbusSignalSource.class.getName());

    /** The settings form. */
    @ObjectClassDefinition(name = "Grid signal from Modbus",
            description = "The grid operator's signal read from a coil, a discrete input or a register of a Modbus device.")
    public @interface Config {
        /** @return the source id, unique on the site */
        @AttributeDefinition(name = "Source id", description = "Unique on the site.")
        String ampgate_signal_id();

        /** @return where the device is */
        @AttributeDefinition(name = "Modbus address",
                description = "unit@host:port for Modbus TCP (e.g. 1@192.168.1.50:502), unit@/dev/ttyUSB0:9600:8N1 for RTU.")
        String address();

        /** @return what is read: 1 to 4 */
        @AttributeDefinition(name = "Read", options = {
            @Option(label = "Coil (function 01)", value = "1"),
            @Option(label = "Discrete input (function 02)", value = "2"),
            @Option(label = "Holding register (function 03)", value = "3"),
            @Option(label = "Input register (function 04)", value = "4")})
        String function() default "2";

        /** @return the 0-based address of the coil, input or register */
        @AttributeDefinition(name = "Address of the input or register",
                description = "0-based on the wire, decimal (100) or hex (0x0064).")
        String register() default "0";

        /** @return which state of a coil or discrete input means constrained */
        @AttributeDefinition(name = "Coil or input: constrained when", options = {
            @Option(label = "set / contact closed (active-high)", value = "active-high"),
            @Option(label = "clear / contact open (active-low)", value = "active-low")})
        String polarity() default "active-high";

        /** @return the register's number type */
        @AttributeDefinition(name = "Register: type", options = {
            @Option(label = "u16", value = "u16"), @Option(label = "s16", value = "s16"),
            @Option(label = "u32", value = "u32"), @Option(label = "s32", value = "s32"),
            @Option(label = "u64", value = "u64"), @Option(label = "s64", value = "s64"),
            @Option(label = "float32", value = "float32"), @Option(label = "float64", value = "float64")})
        String type() default "u16";

        /** @return the word order of values over several registers */
        @AttributeDefinition(name = "Register: word order", options = {
            @Option(label = "ABCD (most significant word first)", value = "ABCD"),
            @Option(label = "CDAB (word-swapped)", value = "CDAB")})
        String wordOrder() default "ABCD";

        /** @return what the register's values mean */
        @AttributeDefinition(name = "Register: levels",
                description = "Which values mean favorable, constrained and lost; any other value counts as lost. "
                        + "E.g. 0=favorable,1=constrained,2=lost.")
        String levels() default "0=favorable,1=constrained,2=lost";

        /** @return the limit register's address, empty for none */
        @AttributeDefinition(name = "Limit register", required = false,
                description = "Optional: a register read while constrained, carrying the cap in A or the maximum "
                        + "number of sessions. 0-based, decimal or hex; empty for none.")
        String limitRegister() default "";

        /** @return how the limit register is read: 3 or 4 */
        @AttributeDefinition(name = "Limit register: read", options = {
            @Option(label = "Holding register (function 03)", value = "3"),
            @Option(label = "Input register (function 04)", value = "4")})
        String limitFunction() default "3";

        /** @return the limit register's number type */
        @AttributeDefinition(name = "Limit register: type", description = "u16, s16, u32, s32, u64, s64, float32 or float64.")
        String limitType() default "u16";

        /** @return what the limit register carries */
        @AttributeDefinition(name = "Limit register: carries", options = {
            @Option(label = "Cap in A per phase", value = "amperes"),
            @Option(label = "Maximum number of sessions", value = "sessions")})
        String limitMeaning() default "amperes";

        /** @return what the limit register's raw value is multiplied by */
        @AttributeDefinition(name = "Limit register: scale", description = "e.g. 0.1 for tenths of an ampere.")
        double limitScale() default 1.0;

        /** @return the poll interval, ms */
        @AttributeDefinition(name = "Poll interval (ms)", min = "100")
        int pollIntervalMs() default 1000;

        /** @return the request timeout, ms */
        @AttributeDefinition(name = "Timeout (ms)", min = "10", max = "60000")
        int timeoutMs() default 1000;
    }

    private final SignalSettings settings;
    private final ModbusDevice device;
    private SignalStatus reported; // guarded by this
    private boolean unposted; // guarded by this: a change seen before Event Admin was bound goes out with the next poll

    // optional: without Event Admin the energy manager still reads the signal every cycle
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;

    /**
     * Checks the configuration and starts polling (called by Declarative Services).
     *
     * @param gateways the Modbus transport
     * @param config the configuration
     * @throws IllegalArgumentException (logged) naming every invalid setting
     */
    @Activate
    public ModbusSignalSource(@Reference ModbusGateways gateways, Config config) {
        try {
            this.settings = SignalSettings.of(config);
        } catch (IllegalArgumentException e) {
            String message = PID + ": configuration not valid, the grid-signal source does not start: " + e.getMessage();
            LOG.log(Level.ERROR, message);
            throw new IllegalArgumentException(message, e);
        }
        this.device = gateways.open(settings.device());
        device.onValues(values -> refresh());
        LOG.log(Level.INFO, () -> PID + ": grid signal '" + id() + "' from " + describe());
    }

    @Override
    public String id() {
        return settings.id();
    }

    @Override
    public Optional<GridSignal> gridSignal() {
        return refresh().signal();
    }

    /** @return the device's communication health */
    public DeviceHealth health() {
        return device.health();
    }

    /** @return the address and what is read, e.g. {@code 1@192.168.1.50:502 discrete input 0 (active-high)} */
    public String describe() {
        return settings.device().address() + " " + settings.input().describe();
    }

    /** @return the signal now, with the reason when it is lost, e.g. {@code LOST: the device does not answer: ...} */
    public String status() {
        return refresh().describe();
    }

    /**
     * Reads the device now, between polls (commissioning, tests).
     *
     * @return the signal after the read, lost when it failed
     */
    public CompletionStage<Optional<GridSignal>> readNow() {
        return device.readNow().handle((values, error) -> gridSignal());
    }

    /** The transport's health events: a device that stops or starts answering changes the signal. */
    @Override
    public void handleEvent(Event event) {
        if (id().equals(event.getProperty(ModbusGateways.PROP_DEVICE_ID))
                && settings.device().address().toString().equals(event.getProperty(ModbusGateways.PROP_ADDRESS))) {
            refresh();
        }
    }

    /** Works out the signal; tells the log and Event Admin when it changed. */
    private synchronized SignalStatus refresh() {
        SignalStatus now = SignalStatus.of(device.health(), device.lastValues(), settings.input());
        if (!now.sameSignal(reported) && now.signal().isPresent()) {
            LOG.log(now.signal().get().level() == GridSignalLevel.LOST ? Level.WARNING : Level.INFO,
                    () -> "grid signal '" + id() + "' is now " + now.describe());
            reported = now;
            unposted = true;
        }
        if (unposted) {
            unposted = !post(reported.signal().orElseThrow());
        }
        return now;
    }

    /** @return whether Event Admin was there to take it */
    private boolean post(GridSignal signal) {
        EventAdmin admin = events;
        if (admin == null) {
            return false;
        }
        admin.postEvent(new Event(Topics.SIGNAL_GRID, Map.of(Topics.PROP_SIGNAL_ID, id(), Topics.PROP_SIGNAL, signal,
                Topics.PROP_LEVEL, signal.level().name(), Topics.PROP_TIMESTAMP, signal.timestamp().toEpochMilli())));
        return true;
    }

    /** Stops polling. */
    @Deactivate
    void close() {
        device.close();
    }
}
