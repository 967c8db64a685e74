package io.ampgate.api.meter;

import io.ampgate.api.device.DeviceHealth;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An energy meter, registered as an OSGi service by a meter driver (one service per configured
 * meter), with the service properties {@link #PROP_ID} and {@link #PROP_ROLE}.
 *
 * <p>The methods return what the driver already has: they never block on the device. The driver
 * polls the device on its own schedule and also posts each new reading as an
 * {@code io/ampgate/meter/READING} event (see {@code io.ampgate.api.event.Topics}).
 */
@ConsumerType
public interface Meter {

    /** Service property: the meter id, equal to {@code info().id()} (String). */
    String PROP_ID = "ampgate.meter.id";

    /** Service property: the meter role, the name of a {@link MeterRole} constant (String). */
    String PROP_ROLE = "ampgate.meter.role";

    /**
     * The meter's identity and role.
     *
     * @return the info; constant for the life of the service
     */
    MeterInfo info();

    /**
     * The most recent successful reading. It is kept, with its old timestamp, while the device does
     * not answer: the caller judges staleness from {@link MeterReading#timestamp()} and
     * {@link #health()}.
     *
     * @return the last reading; empty until the first successful read
     */
    Optional<MeterReading> lastReading();

    /**
     * The communication health of the meter.
     *
     * @return the current health
     */
    DeviceHealth health();
}
