package io.ampgate.modbus.internal;

import io.ampgate.api.device.DeviceHealth;
import io.ampgate.api.event.Topics;
import io.ampgate.modbus.DeviceSettings;
import io.ampgate.modbus.ModbusAddress;
import io.ampgate.modbus.ModbusDevice;
import io.ampgate.modbus.ModbusGateways;
import io.ampgate.modbus.RegisterTable;
import io.ampgate.modbus.Values;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The Modbus transport as a service: one thread per gateway, stopped with the component. Posts
 * {@link ModbusGateways#TOPIC_HEALTH} when Event Admin is there.
 */
@Component(service = {ModbusGateways.class, ModbusGatewaysComponent.class})
public final class ModbusGatewaysComponent implements ModbusGateways {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin eventAdmin;

    private final Transport transport = new Transport(Clock.systemUTC(), this::post);

    private void post(DeviceSettings device, DeviceHealth health) {
        EventAdmin admin = eventAdmin;
        if (admin != null) {
            admin.postEvent(new Event(TOPIC_HEALTH, Map.of(PROP_DEVICE_ID, device.id(),
                    PROP_ADDRESS, device.address().toString(), Topics.PROP_HEALTH, health,
                    Topics.PROP_TIMESTAMP, health.since().toEpochMilli())));
        }
    }

    @Deactivate
    void deactivate() {
        transport.close();
    }

    @Override
    public ModbusDevice open(DeviceSettings settings) {
        return transport.open(settings);
    }

    @Override
    public CompletionStage<Values> testRead(ModbusAddress address, RegisterTable table, Duration timeout,
            int maxRegisters) {
        return transport.testRead(address, table, timeout, maxRegisters);
    }

    /** @return the devices open now */
    List<ModbusDevice> devices() {
        return transport.devices();
    }
}
