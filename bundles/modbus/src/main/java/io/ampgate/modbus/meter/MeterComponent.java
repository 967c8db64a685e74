package io.ampgate.modbus.meter;

import io.ampgate.api.device.DeviceHealth;
import io.ampgate.api.meter.Meter;
import io.ampgate.api.meter.MeterInfo;
import io.ampgate.api.meter.MeterReading;
import io.ampgate.modbus.ModbusGateways;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The base of a meter plugin's Declarative Services component: checks the configuration (an
 * invalid one is logged and stops the component from activating), opens the device through the
 * transport and serves the {@link Meter} from its polls. The plugin's component supplies its
 * settings in its constructor and calls {@link #close()} when it is deactivated.
 */
public abstract class MeterComponent implements Meter {
    private static final System.Logger LOG = System.getLogger(MeterComponent.class.getName());

    private final MeterSettings settings;
    private final ModbusMeter meter;

    /**
     * Checks the settings, opens the device and starts polling it.
     *
     * @param gateways the transport
     * @param pid the plugin's configuration PID, for the log
     * @param settings builds the settings from the configuration; may throw when it is invalid
     * @throws IllegalArgumentException (logged) when the configuration is invalid
     */
    protected MeterComponent(ModbusGateways gateways, String pid, Supplier<MeterSettings> settings) {
        try {
            this.settings = settings.get();
        } catch (RuntimeException e) {
            String message = pid + ": configuration not valid, the meter does not start: " + e.getMessage();
            LOG.log(System.Logger.Level.ERROR, message);
            throw new IllegalArgumentException(message, e);
        }
        this.meter = ModbusMeter.standard(this.settings.info(), gateways.open(this.settings.device()),
                this.settings.options());
        LOG.log(System.Logger.Level.INFO, () -> pid + ": meter '" + info().id() + "' (" + info().model() + ") at "
                + this.settings.device().address());
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

    /**
     * Reads the device now, between polls (commissioning, tests).
     *
     * @return the reading; fails with a {@link io.ampgate.modbus.ModbusException}
     */
    public CompletionStage<MeterReading> readNow() {
        return meter.readNow();
    }

    /** @return the checked settings */
    public MeterSettings settings() {
        return settings;
    }

    /** Stops polling the device; call it from the component's deactivate method. */
    protected void close() {
        meter.device().close();
    }
}
