package io.ampgate.modbus.internal;

import io.ampgate.api.device.DeviceHealth;
import io.ampgate.modbus.Block;
import io.ampgate.modbus.DeviceSettings;
import io.ampgate.modbus.ModbusAddress;
import io.ampgate.modbus.ModbusDevice;
import io.ampgate.modbus.ModbusGateways;
import io.ampgate.modbus.RegisterTable;
import io.ampgate.modbus.Values;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * The transport without OSGi: a worker per gateway key, made for the first device or test read on
 * it and stopped after the last one closes; the devices open now.
 */
public final class Transport implements ModbusGateways, AutoCloseable {
    private final Function<ModbusAddress.Gateway, Link> links;
    private final Clock clock;
    private final PolledDevice.HealthListener health;
    private final Map<String, GatewayWorker> workers = new HashMap<>();
    private final List<PolledDevice> devices = new ArrayList<>();
    private boolean closed;

    /**
     * @param clock for health and value timestamps
     * @param healthEvents told of every change of a device's health state, on its gateway's thread
     */
    public Transport(Clock clock, HealthEvents healthEvents) {
        this(J2modLink::new, clock, healthEvents);
    }

    Transport(Function<ModbusAddress.Gateway, Link> links, Clock clock, HealthEvents healthEvents) {
        this.links = links;
        this.clock = clock;
        this.health = (device, h) -> healthEvents.changed(device.settings(), h);
    }

    /** Where health changes go (Event Admin in the gateway). */
    public interface HealthEvents {
        void changed(DeviceSettings device, DeviceHealth health);
    }

    @Override
    public ModbusDevice open(DeviceSettings settings) {
        PolledDevice device;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the Modbus transport is stopped");
            }
            GatewayWorker worker = acquire(settings.address().gateway());
            device = new PolledDevice(settings, worker, clock, health, this::closed);
            devices.add(device);
        }
        health.changed(device, device.health());
        device.start();
        return device;
    }

    private void closed(PolledDevice device, GatewayWorker worker) {
        synchronized (this) {
            if (!devices.remove(device)) {
                return; // the transport stopped
            }
        }
        release(worker);
    }

    @Override
    public CompletionStage<Values> testRead(ModbusAddress address, RegisterTable table, Duration timeout,
            int maxRegisters) {
        List<Block> blocks;
        GatewayWorker worker;
        try {
            blocks = table.blocks(maxRegisters, 0);
            synchronized (this) {
                if (closed) {
                    throw new IllegalStateException("the Modbus transport is stopped");
                }
                worker = acquire(address.gateway());
            }
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<Values> result = worker.submit(() -> {
            Map<String, Double> numbers = new HashMap<>();
            Map<String, String> texts = new HashMap<>();
            for (Block block : blocks) {
                block.decode(worker.read(address.unitId(), block, timeout, 0), numbers, texts);
            }
            return new Values(clock.instant(), numbers, texts);
        });
        return result.whenComplete((v, e) -> release(worker));
    }

    /** @return the devices open now, in the order they were opened */
    public synchronized List<ModbusDevice> devices() {
        return List.copyOf(devices);
    }

    /** Stops every worker; open devices stop polling. */
    @Override
    public void close() {
        List<GatewayWorker> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(workers.values());
            workers.clear();
            devices.clear();
        }
        all.forEach(GatewayWorker::stop);
    }

    private GatewayWorker acquire(ModbusAddress.Gateway gateway) {
        GatewayWorker w = workers.computeIfAbsent(gateway.key(), k -> new GatewayWorker(k, links.apply(gateway)));
        w.users++;
        return w;
    }

    private void release(GatewayWorker worker) {
        boolean stop;
        synchronized (this) {
            stop = --worker.users == 0 && workers.get(worker.key()) == worker;
            if (stop) {
                workers.remove(worker.key());
            }
        }
        if (stop) {
            // not on the worker itself: stop() waits for it to end
            Thread.ofVirtual().name("modbus stop " + worker.key()).start(worker::stop);
        }
    }
}
