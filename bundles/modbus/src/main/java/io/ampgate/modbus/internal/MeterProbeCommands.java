package io.ampgate.modbus.internal;

import io.ampgate.api.meter.MeterReading;
import io.ampgate.modbus.ModbusAddress;
import io.ampgate.modbus.ModbusGateways;
import io.ampgate.modbus.Values;
import io.ampgate.modbus.meter.MeterCatalog;
import io.ampgate.modbus.meter.MeterModel;
import io.ampgate.modbus.meter.MeterOptions;
import io.ampgate.modbus.meter.MeterReadings;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Commissioning from the shell: {@code modbus:models} lists the meter models of the enabled
 * plugins, {@code modbus:probe <model> <address>} reads a model's whole table once at an address
 * and prints every value and the reading it makes, before anything is configured.
 */
@Component(service = MeterProbeCommands.class, property = {
        "osgi.command.scope=modbus",
        "osgi.command.function=models",
        "osgi.command.function=probe"})
public final class MeterProbeCommands {
    private final ModbusGateways gateways;
    private final List<MeterCatalog> catalogs = new CopyOnWriteArrayList<>();

    @Activate
    public MeterProbeCommands(@Reference ModbusGateways gateways) {
        this.gateways = gateways;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCatalog(MeterCatalog catalog) {
        catalogs.add(catalog);
    }

    void removeCatalog(MeterCatalog catalog) {
        catalogs.remove(catalog);
    }

    public String models() {
        Map<String, String> lines = new TreeMap<>();
        for (MeterCatalog c : catalogs) {
            for (MeterModel m : c.models()) {
                lines.put(c.pid() + " " + m.model(), String.format(Locale.ROOT, "%-32s %-14s %-20s %6d %8d  %s",
                        c.pid(), m.model(), m.manufacturer(), m.table().registers().size(), m.maxRegisters(),
                        m.serialDefaults()));
            }
        }
        if (lines.isEmpty()) {
            return "no meter models: enable a meter plugin (bin/ampgate plugin enable meter-eastron)";
        }
        return String.format(Locale.ROOT, "%-32s %-14s %-20s %6s %8s  %s%n", "PLUGIN", "MODEL", "MANUFACTURER", "VALUES",
                "MAX REGS", "SERIAL") + String.join("\n", lines.values());
    }

    public String probe(String model, String address) throws InterruptedException {
        MeterModel found = find(model);
        ModbusAddress where = ModbusAddress.parse(address);
        Values values;
        try {
            values = gateways.testRead(where, found.table(), Duration.ofSeconds(2), found.maxRegisters())
                    .toCompletableFuture().get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(found.model() + " at " + where + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(found.model() + " at " + where + ": no answer within 20 s");
        }
        StringBuilder out = new StringBuilder(found.manufacturer() + " " + found.model() + " at " + where + "\n");
        found.table().registers().forEach(r -> out.append(String.format(Locale.ROOT, "  %-16s %14s %s%n", r.name(),
                r.type() == io.ampgate.modbus.DataType.STRING ? values.text(r.name())
                        : String.format(Locale.ROOT, "%.3f", values.number(r.name())), r.unit())));
        MeterReading reading = MeterReadings.of(values, MeterOptions.standard());
        out.append(String.format(Locale.ROOT, "reading: U %s V  I %s A  P %.0f W  E+ %.0f Wh  E- %.0f Wh",
                phases(reading.voltage()), phases(reading.current()), reading.totalActivePower(),
                reading.importEnergyWh(), reading.exportEnergyWh()));
        return out.toString();
    }

    private MeterModel find(String name) {
        List<MeterModel> matches = catalogs.stream().flatMap(c -> c.models().stream())
                .filter(m -> m.model().equalsIgnoreCase(name)).toList();
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("no enabled meter plugin has a model '" + name + "': see modbus:models");
        }
        return matches.get(0);
    }

    private static String phases(io.ampgate.api.unit.PhaseValues v) {
        return String.format(Locale.ROOT, "%.1f/%.1f/%.1f", v.l1(), v.l2(), v.l3());
    }
}
