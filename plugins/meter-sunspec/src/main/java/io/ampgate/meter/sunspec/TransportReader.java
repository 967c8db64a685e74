package io.ampgate.meter.sunspec;

import io.ampgate.modbus.DataType;
import io.ampgate.modbus.ModbusAddress;
import io.ampgate.modbus.ModbusGateways;
import io.ampgate.modbus.Register;
import io.ampgate.modbus.RegisterTable;
import io.ampgate.modbus.Values;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Discovery's reads through the Modbus transport: each read is a one-shot
 * {@link ModbusGateways#testRead} of {@code count} uint16 holding registers, in one request.
 */
public final class TransportReader implements RegisterReader {
    private final ModbusGateways gateways;
    private final ModbusAddress address;
    private final Duration timeout;

    /**
     * @param gateways the transport
     * @param address the device
     * @param timeout how long one request may take
     */
    public TransportReader(ModbusGateways gateways, ModbusAddress address, Duration timeout) {
        this.gateways = gateways;
        this.address = address;
        this.timeout = timeout;
    }

    @Override
    public int[] read(int start, int count) throws Exception {
        List<Register> words = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            words.add(Register.holding("w" + i, start + i, DataType.U16));
        }
        Values values;
        try {
            values = gateways.testRead(address, new RegisterTable(words), timeout, count).toCompletableFuture()
                    .get(timeout.toMillis() * 3 + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            throw new TimeoutException("no answer for registers " + start + ".." + (start + count - 1) + " from " + address);
        }
        int[] result = new int[count];
        for (int i = 0; i < count; i++) {
            result[i] = (int) values.number("w" + i);
        }
        return result;
    }
}
