package io.ampgate.api.signal;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A source of the grid signal (a Modbus register or digital input, an MQTT topic, an API call),
 * registered as an OSGi service by its plugin with the service property {@link #PROP_ID}. PV
 * production is not a signal: it comes from a {@link io.ampgate.api.meter.Meter} with role
 * {@link io.ampgate.api.meter.MeterRole#PV}.
 *
 * <p>The source posts every new signal as an {@code io/ampgate/signal/GRID} event as well.
 */
@ConsumerType
public interface SignalSource {

    /** Service property: the source id, equal to {@link #id()} (String). */
    String PROP_ID = "ampgate.signal.id";

    /**
     * The source's configured id, unique on the site.
     *
     * @return the id, non-blank
     */
    String id();

    /**
     * The current grid signal. A source that loses its input reports a {@link GridSignalLevel#LOST}
     * signal; the energy manager also treats a signal whose timestamp is older than its configured
     * timeout as lost. Never blocks.
     *
     * @return the last signal; empty until the first one
     */
    Optional<GridSignal> gridSignal();
}
