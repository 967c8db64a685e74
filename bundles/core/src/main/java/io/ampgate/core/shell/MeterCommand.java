package io.ampgate.core.shell;

import io.ampgate.api.meter.Meter;
import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.unit.PhaseValues;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** {@code ampgate:meter list}: every meter the enabled plugins provide, with its last reading. */
@Component(service = MeterCommand.class, property = {
        "osgi.command.scope=ampgate",
        "osgi.command.function=meter"})
public final class MeterCommand {
    private final List<Meter> meters = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addMeter(Meter meter) {
        meters.add(meter);
    }

    void removeMeter(Meter meter) {
        meters.remove(meter);
    }

    public String meter(String action) {
        if (!"list".equals(action)) {
            throw new IllegalArgumentException("usage: meter list");
        }
        return render(meters);
    }

    static String render(List<Meter> meters) {
        if (meters.isEmpty()) {
            return "no meters (enable a meter plugin: plugin list)";
        }
        StringBuilder out = new StringBuilder(String.format("%-16s %-24s %-6s %-10s %s%n", "ID", "NAME", "ROLE", "HEALTH", "READING"));
        meters.stream().sorted(Comparator.comparing(m -> m.info().id())).forEach(m -> out.append(String.format(
                "%-16s %-24s %-6s %-10s %s%n", m.info().id(), m.info().name(), m.info().role(),
                m.health().state(), m.lastReading().map(MeterCommand::reading).orElse("no reading yet"))));
        return out.toString().stripTrailing();
    }

    static String reading(MeterReading r) {
        return String.format(Locale.ROOT, "U %s V  I %s A  P %.0f W  E+ %.0f Wh  E- %.0f Wh  at %s",
                phases(r.voltage()), phases(r.current()), r.totalActivePower(), r.importEnergyWh(), r.exportEnergyWh(), r.timestamp());
    }

    private static String phases(PhaseValues v) {
        return String.format(Locale.ROOT, "%.1f/%.1f/%.1f", v.l1(), v.l2(), v.l3());
    }
}
