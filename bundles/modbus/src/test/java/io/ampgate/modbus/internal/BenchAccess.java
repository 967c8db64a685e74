package io.ampgate.modbus.internal;

import io.ampgate.modbus.ModbusDevice;
import java.util.function.LongConsumer;

/** For the benchmark: each poll's latency of a device the transport opened. */
public final class BenchAccess {
    private BenchAccess() {}

    public static void observeLatency(ModbusDevice device, LongConsumer nanos) {
        ((PolledDevice) device).observeLatency(nanos);
    }
}
