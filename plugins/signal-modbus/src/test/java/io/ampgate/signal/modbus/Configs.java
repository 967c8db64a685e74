package io.ampgate.signal.modbus;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** Configurations as Declarative Services hands them: the given settings, the form's defaults for the rest. */
final class Configs {

    private Configs() {
    }

    static ModbusSignalSource.Config config(Map<String, ?> settings) {
        Map<String, Object> values = new HashMap<>(settings);
        return (ModbusSignalSource.Config) Proxy.newProxyInstance(ModbusSignalSource.Config.class.getClassLoader(),
                new Class<?>[] {ModbusSignalSource.Config.class},
                (proxy, method, args) -> values.containsKey(method.getName()) ? values.get(method.getName())
                        : method.getDefaultValue());
    }

    /**
     * A configuration written as in a test table: {@code function=3;register=100;limitScale=0.1}.
     * Numbers go to the settings that take numbers.
     */
    static ModbusSignalSource.Config parse(String id, String address, String settings) {
        Map<String, Object> values = new HashMap<>(Map.of("ampgate_signal_id", id, "address", address));
        for (String pair : settings.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = pair.substring(0, eq).strip();
            String value = pair.substring(eq + 1).strip();
            values.put(key, switch (key) {
                case "limitScale" -> Double.parseDouble(value);
                case "pollIntervalMs", "timeoutMs" -> Integer.parseInt(value);
                default -> value;
            });
        }
        return config(values);
    }
}
