package io.ampgate.modbus.internal;

import io.ampgate.api.device.DeviceHealth;
import io.ampgate.modbus.DataType;
import io.ampgate.modbus.FunctionCode;
import io.ampgate.modbus.ModbusAddress;
import io.ampgate.modbus.ModbusDevice;
import io.ampgate.modbus.ModbusGateways;
import io.ampgate.modbus.Register;
import io.ampgate.modbus.RegisterTable;
import io.ampgate.modbus.Values;
import io.ampgate.modbus.WordOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gogo commands: {@code modbus:test <address> <fc> <register> [count] [type] [order]} reads
 * registers once and prints them raw and decoded; {@code modbus:devices} lists the polled devices.
 */
@Component(service = ModbusCommands.class, property = {
        "osgi.command.scope=modbus",
        "osgi.command.function=test",
        "osgi.command.function=devices"})
public final class ModbusCommands {
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final ModbusGateways gateways;
    private final Supplier<List<ModbusDevice>> devices;

    @Activate
    public ModbusCommands(@Reference ModbusGatewaysComponent gateways) {
        this(gateways, gateways::devices);
    }

    ModbusCommands(ModbusGateways gateways, Supplier<List<ModbusDevice>> devices) {
        this.gateways = gateways;
        this.devices = devices;
    }

    public String test(String address, int fc, int register) {
        return test(address, fc, register, 1, null, null);
    }

    public String test(String address, int fc, int register, int count) {
        return test(address, fc, register, count, null, null);
    }

    public String test(String address, int fc, int register, int count, String type) {
        return test(address, fc, register, count, type, "ABCD");
    }

    public String test(String address, int fc, int register, String type) {
        return test(address, fc, register, 0, type, "ABCD");
    }

    public String test(String address, int fc, int register, String type, String order) {
        return test(address, fc, register, 0, type, order);
    }

    /**
     * Reads {@code count} registers (or bits) from {@code register} on with function {@code fc}
     * (1 to 4) and prints them; with a type, also the value they make.
     */
    public String test(String address, int fc, int register, int count, String type, String order) {
        ModbusAddress where;
        FunctionCode function;
        DataType dataType = null;
        WordOrder wordOrder;
        try {
            where = ModbusAddress.parse(address);
            function = FunctionCode.of(fc);
            if (function.write()) {
                throw new IllegalArgumentException("modbus:test reads: use function 1, 2, 3 or 4");
            }
            if (type != null) {
                dataType = DataType.valueOf(type.toUpperCase(Locale.ROOT));
            }
            wordOrder = order == null ? WordOrder.ABCD : WordOrder.valueOf(order.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return "error: " + e.getMessage() + "\n" + usage();
        }
        int n = count > 0 ? count : dataType == null || dataType.words() == 0 ? 1 : dataType.words();
        if (n > (function.bits() ? 2000 : 125)) {
            return "error: at most 125 registers (2000 bits) in one request";
        }
        List<Register> raw = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            raw.add(new Register(Integer.toString(i), function, register + i, function.bits() ? DataType.BITS
                    : DataType.U16, 1, WordOrder.ABCD, 1, -1, ""));
        }
        Values values;
        try {
            values = gateways.testRead(where, new RegisterTable(raw), TIMEOUT, 125).toCompletableFuture()
                    .get(TIMEOUT.multipliedBy(3).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return "error: " + e.getCause().getMessage();
        } catch (TimeoutException e) {
            return "error: no answer";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        int[] words = new int[n];
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            words[i] = (int) values.number(Integer.toString(i));
            out.append(String.format(Locale.ROOT, "%5d  0x%04X  %5d%n", register + i, words[i], words[i]));
        }
        if (dataType != null && !function.bits()) {
            int span = dataType == DataType.STRING ? n : dataType.words();
            if (span > n) {
                return out + "error: " + dataType + " needs " + span + " registers";
            }
            Register r = new Register("value", function, register, dataType, span, wordOrder, 1, 0, "");
            out.append(dataType).append(' ').append(wordOrder).append(" = ")
                    .append(dataType == DataType.STRING ? "\"" + r.text(words, 0) + "\"" : format(r.decode(words, 0)))
                    .append('\n');
        }
        return out.toString();
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String usage() {
        return "usage: modbus:test <address> <fc> <register> [count] [type] [order]\n"
                + "  e.g. modbus:test 1@127.0.0.1:5020 4 0 2 float32 ABCD\n"
                + "  address: unit@host[:502] or unit@/dev/ttyUSB0[:9600:8N1]; fc 1-4; register 0-based;\n"
                + "  type: u16 s16 u32 s32 u64 s64 float32 float64 string bits; order: ABCD or CDAB";
    }

    /** Lists the polled devices: id, address, health, since, last poll, last error. */
    public String devices() {
        List<ModbusDevice> all = devices.get();
        if (all.isEmpty()) {
            return "no Modbus devices are polled";
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-20s %-28s %-11s %-24s %-24s %s%n",
                "DEVICE", "ADDRESS", "HEALTH", "SINCE", "LAST POLL", "LAST ERROR"));
        for (ModbusDevice d : all) {
            DeviceHealth h = d.health();
            String lastPoll = d instanceof PolledDevice p ? p.lastPoll().map(Object::toString).orElse("-") : "-";
            out.append(String.format(Locale.ROOT, "%-20s %-28s %-11s %-24s %-24s %s%n", d.settings().id(),
                    d.settings().address(), h.state(), h.since(), lastPoll, h.lastError() == null ? "" : h.lastError()));
        }
        return out.toString();
    }
}
