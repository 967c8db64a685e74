package io.ampgate.modbus.meter;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The meter models a plugin supports, published as a service even while no meter of the plugin
 * is configured: what the commissioning screen lists and what {@code modbus:probe} tests an address
 * with before the installer saves a configuration.
 */
@ConsumerType
public interface MeterCatalog {

    /** @return the factory PID of the plugin's meters, e.g. {@code io.ampgate.meter.eastron} */
    String pid();

    /** @return its models with their register tables */
    List<MeterModel> models();
}
