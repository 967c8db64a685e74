package io.ampgate.signal.modbus;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code signal:modbus}: every configured Modbus grid-signal source with its device's health, its
 * address and what it reads, and the signal it gives now (with the reason when lost).
 */
@Component(service = SignalCommands.class,
        property = {"osgi.command.scope=signal", "osgi.command.function=modbus"})
public final class SignalCommands {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    volatile List<ModbusSignalSource> sources = List.of();

    /** @return one block a source, sorted by id */
    public String modbus() {
        List<ModbusSignalSource> all = sources.stream().sorted(Comparator.comparing(ModbusSignalSource::id)).toList();
        if (all.isEmpty()) {
            return "no Modbus grid-signal source is configured (conf/" + ModbusSignalSource.PID + "-<name>.cfg)";
        }
        StringBuilder out = new StringBuilder();
        for (ModbusSignalSource s : all) {
            // a lost signal's line says why: the device's error, or the value it refused
            out.append(String.format(Locale.ROOT, "%s  %s since %s%n    reads %s%n    signal %s%n", s.id(),
                    s.health().state(), s.health().since(), s.describe(), s.status()));
        }
        return out.toString();
    }
}
