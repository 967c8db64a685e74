package io.ampgate.signal.modbus;

import io.ampgate.modbus.DataType;
import io.ampgate.modbus.DeviceSettings;
import io.ampgate.modbus.FunctionCode;
import io.ampgate.modbus.ModbusAddress;
import io.ampgate.modbus.Register;
import io.ampgate.modbus.WordOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A signal source's configuration, checked: its id, the device to poll and what its input means.
 *
 * @param id the source id, unique on the site
 * @param device where and how the device is polled (its id is the source id)
 * @param input what is read and what it means
 */
record SignalSettings(String id, DeviceSettings device, SignalInput input) {

    /** How many times a failed request is repeated within one poll, as for meters. */
    static final int RETRIES = 1;

    /**
     * Checks a configuration; every problem is named in the exception's message.
     *
     * @param c the configuration
     * @return the settings
     * @throws IllegalArgumentException listing what is wrong
     */
    static SignalSettings of(ModbusSignalSource.Config c) {
        List<String> errors = new ArrayList<>();
        String id = Fields.strip(c.ampgate_signal_id());
        if (id.isEmpty()) {
            errors.add("ampgate.signal.id is empty: give the source an id, unique on the site");
        }
        ModbusAddress address = checked(errors, () -> address(c.address()));
        FunctionCode function = checked(errors, () -> Fields.function("function", c.function(), false));
        WordOrder order = checked(errors, () -> Fields.order(c.wordOrder()));
        Register level = null;
        LevelMap levels = null;
        if (function != null && function.bits()) {
            level = checked(errors, () -> register(SignalInput.LEVEL, "register", function, c.register(), DataType.BITS,
                    WordOrder.ABCD));
            levels = checked(errors, () -> LevelMap.bit(Fields.activeHigh(c.polarity())));
        } else if (function != null) {
            DataType type = checked(errors, () -> Fields.type("type", c.type()));
            if (type != null && order != null) {
                level = checked(errors, () -> register(SignalInput.LEVEL, "register", function, c.register(), type, order));
            }
            levels = checked(errors, () -> LevelMap.parse(c.levels()));
        }
        Optional<Limit> limit = Fields.strip(c.limitRegister()).isEmpty() ? Optional.empty()
                : Optional.ofNullable(checked(errors, () -> limit(c, order)));
        if (c.pollIntervalMs() < 100) {
            errors.add("pollIntervalMs must be at least 100, not " + c.pollIntervalMs());
        }
        if (c.timeoutMs() < 10 || c.timeoutMs() > 60_000) {
            errors.add("timeoutMs must be 10 to 60000, not " + c.timeoutMs());
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("grid signal '" + id + "': " + String.join("; ", errors));
        }
        SignalInput input = new SignalInput(level, levels, limit);
        DeviceSettings device = new DeviceSettings(id, address, input.table(), Duration.ofMillis(c.pollIntervalMs()),
                Duration.ofMillis(c.timeoutMs()), RETRIES, 125, 0);
        return new SignalSettings(id, device, input);
    }

    private static ModbusAddress address(String text) {
        if (Fields.strip(text).isEmpty()) {
            throw new IllegalArgumentException("address is empty: write unit@host:port (1@192.168.1.50:502)"
                    + " or unit@serialport:baud:framing (1@/dev/ttyUSB0:9600:8N1)");
        }
        try {
            return ModbusAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("address: " + e.getMessage(), e);
        }
    }

    private static Limit limit(ModbusSignalSource.Config c, WordOrder order) {
        FunctionCode function = Fields.function("limitFunction", c.limitFunction(), true);
        DataType type = Fields.type("limitType", c.limitType());
        Limit.Meaning meaning = switch (Fields.strip(c.limitMeaning()).toLowerCase(Locale.ROOT)) {
            case "amperes", "a" -> Limit.Meaning.AMPERES;
            case "sessions" -> Limit.Meaning.SESSIONS;
            default -> throw new IllegalArgumentException("limitMeaning '" + Fields.strip(c.limitMeaning())
                    + "' is not amperes (a cap in A per phase) or sessions (how many cars may charge)");
        };
        if (c.limitScale() == 0 || !Double.isFinite(c.limitScale())) {
            throw new IllegalArgumentException("limitScale must be a number other than 0, not " + c.limitScale());
        }
        Register r = register(SignalInput.LIMIT, "limitRegister", function, c.limitRegister(), type,
                order == null ? WordOrder.ABCD : order);
        return new Limit(r.scaled(c.limitScale()), meaning);
    }

    private static Register register(String name, String setting, FunctionCode function, String address, DataType type,
            WordOrder order) {
        int at = Fields.address(setting, address);
        if (at + type.words() - 1 > 0xFFFF) {
            throw new IllegalArgumentException(setting + ": a " + type.name().toLowerCase(Locale.ROOT) + " at " + at
                    + " ends past register 65535");
        }
        return new Register(name, function, at, type, type.words(), order, 1, -1, "");
    }

    /** Runs a check; its message goes into the list and the result is {@code null} when it fails. */
    private static <T> T checked(List<String> errors, Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            errors.add(e.getMessage());
            return null;
        }
    }
}
