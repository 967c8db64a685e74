package io.ampgate.core.site;

import io.ampgate.api.site.ZoneKind;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.store.site.Station;
import io.ampgate.store.site.StationRepository;
import io.ampgate.store.site.ZoneConfig;
import io.ampgate.store.site.ZoneRepository;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/**
 * Gogo commands for the installer's electrical tree: {@code zone:list}, {@code zone:add},
 * {@code zone:set}, {@code zone:remove}, and {@code zone:station} to place a station in a zone.
 * Limits are amperes per phase: {@code 63} on every phase or {@code 63/63/40} for L1/L2/L3.
 */
@Component(service = ZoneCommands.class, property = {
        "osgi.command.scope=zone",
        "osgi.command.function=list",
        "osgi.command.function=add",
        "osgi.command.function=set",
        "osgi.command.function=remove",
        "osgi.command.function=station"})
public final class ZoneCommands {
    static final String OPTIONS = "options: name=TEXT kind=site|panel|group fallback=A[/A/A] meter=METER-ID "
            + "dynamic=A[/A/A] price=PER-KWH (- clears meter, dynamic, price)";

    private final ZoneRepository zones;
    private final StationRepository stations;

    // optional: the commands work without it, the energy manager then sees the change within 5 s
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;

    @Activate
    public ZoneCommands(@Reference ZoneRepository zones, @Reference StationRepository stations) {
        this.zones = zones;
        this.stations = stations;
    }

    public String list() {
        List<ZoneConfig> all = zones.list();
        if (all.isEmpty()) {
            return "no zones (add the site's: zone:add site - 100 name=\"Main board\")";
        }
        String format = "%-14s %-14s %-6s %-16s %-16s %-10s %-10s %s%n";
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, format, "ZONE", "PARENT", "KIND", "LIMIT A",
                "FALLBACK A", "METER", "PRICE", "STATIONS"));
        for (ZoneConfig z : all) {
            List<String> in = stations.listByZone(z.id()).stream().map(Station::id).toList();
            out.append(String.format(Locale.ROOT, format, z.id(), z.parentId() == null ? "-" : z.parentId(),
                    z.kind().name().toLowerCase(Locale.ROOT), phases(z.staticLimit()), phases(z.fallbackLimit()),
                    z.meterId() == null ? "-" : z.meterId(), z.energyPrice() == null ? "-" : z.energyPrice().toPlainString(),
                    String.join(",", in)));
        }
        return out.toString().replaceAll(" +\n", "\n").stripTrailing();
    }

    /** Adds a zone under a parent ({@code -} for the site's root zone) with its limit per phase. */
    public String add(String id, String parent, String limit, String... options) {
        boolean root = parent.equals("-");
        PhaseValues amps = amps(limit, "limit");
        ZoneConfig zone = new ZoneConfig(id, root ? null : parent, null, root ? ZoneKind.SITE : ZoneKind.PANEL, amps,
                null, null, amps, null);
        ZoneConfig saved = zones.save(apply(zone, options));
        SiteChanges.post(events);
        return "added zone " + saved.id() + " (" + phases(saved.staticLimit()) + " A)";
    }

    public String set(String id, String... options) {
        if (options.length == 0) {
            throw new IllegalArgumentException("nothing to change; " + OPTIONS + ", limit=A[/A/A]");
        }
        ZoneConfig saved = zones.save(apply(find(id), options));
        SiteChanges.post(events);
        return "changed zone " + saved.id();
    }

    public String remove(String id) {
        if (!zones.delete(find(id).id())) {
            throw new IllegalArgumentException("there is no zone " + id);
        }
        SiteChanges.post(events);
        return "removed zone " + id;
    }

    /** Places a station's connectors in a zone ({@code -}: in none; the energy manager then leaves it alone). */
    public String station(String stationId, String zoneId) {
        Station s = stations.find(stationId).orElseThrow(() -> new IllegalArgumentException("there is no station "
                + stationId + " (it appears once it has connected: ocpp:stations)"));
        String zone = zoneId.equals("-") ? null : find(zoneId).id();
        stations.save(new Station(s.id(), s.name(), zone, s.vip(), s.currentLimit(), s.registered(), s.vendor(), s.model(),
                s.chargePointSerial(), s.chargeBoxSerial(), s.firmwareVersion(), s.ipAddress(), s.lastSeen(), s.cpoUrl(),
                s.protocol(), s.connectors()));
        SiteChanges.post(events);
        return zone == null ? "station " + s.id() + " is in no zone" : "station " + s.id() + " is in zone " + zone;
    }

    private ZoneConfig find(String id) {
        return zones.find(id).orElseThrow(() -> new IllegalArgumentException("there is no zone " + id));
    }

    private static ZoneConfig apply(ZoneConfig z, String... options) {
        ZoneConfig r = z;
        for (String option : options) {
            int eq = option.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("'" + option + "' is not name=value; " + OPTIONS);
            }
            String name = option.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String v = option.substring(eq + 1).strip();
            r = switch (name) {
                case "name" -> new ZoneConfig(r.id(), r.parentId(), v, r.kind(), r.staticLimit(), r.dynamicLimit(),
                        r.meterId(), r.fallbackLimit(), r.energyPrice());
                case "kind" -> new ZoneConfig(r.id(), r.parentId(), r.name(), kind(v), r.staticLimit(), r.dynamicLimit(),
                        r.meterId(), r.fallbackLimit(), r.energyPrice());
                case "limit" -> new ZoneConfig(r.id(), r.parentId(), r.name(), r.kind(), amps(v, name), r.dynamicLimit(),
                        r.meterId(), r.fallbackLimit(), r.energyPrice());
                case "fallback" -> new ZoneConfig(r.id(), r.parentId(), r.name(), r.kind(), r.staticLimit(),
                        r.dynamicLimit(), r.meterId(), amps(v, name), r.energyPrice());
                case "meter" -> new ZoneConfig(r.id(), r.parentId(), r.name(), r.kind(), r.staticLimit(),
                        v.equals("-") ? null : r.dynamicLimit(), v.equals("-") ? null : v, r.fallbackLimit(), r.energyPrice());
                case "dynamic" -> new ZoneConfig(r.id(), r.parentId(), r.name(), r.kind(), r.staticLimit(),
                        v.equals("-") ? null : amps(v, name), r.meterId(), r.fallbackLimit(), r.energyPrice());
                case "price" -> new ZoneConfig(r.id(), r.parentId(), r.name(), r.kind(), r.staticLimit(), r.dynamicLimit(),
                        r.meterId(), r.fallbackLimit(), v.equals("-") ? null : price(v));
                default -> throw new IllegalArgumentException("unknown option '" + name + "'; " + OPTIONS);
            };
        }
        return r;
    }

    static PhaseValues amps(String text, String what) {
        String[] parts = text.split("/");
        try {
            if (parts.length == 1) {
                return PhaseValues.all(positive(Double.parseDouble(parts[0].strip()), text, what));
            }
            if (parts.length == 3) {
                return PhaseValues.of(positive(Double.parseDouble(parts[0].strip()), text, what),
                        positive(Double.parseDouble(parts[1].strip()), text, what),
                        positive(Double.parseDouble(parts[2].strip()), text, what));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(what + " '" + text + "' is not amperes: write 63, or 63/63/40 for L1/L2/L3");
    }

    private static double positive(double a, String text, String what) {
        if (!(a >= 0) || Double.isInfinite(a)) {
            throw new IllegalArgumentException(what + " '" + text + "' must be 0 A or more");
        }
        return a;
    }

    private static ZoneKind kind(String v) {
        try {
            return ZoneKind.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind '" + v + "' is not site, panel or group", e);
        }
    }

    private static BigDecimal price(String v) {
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("price '" + v + "' is not a number, e.g. 0.25", e);
        }
    }

    private static String phases(PhaseValues v) {
        if (Double.isNaN(v.max())) {
            return "-";
        }
        return v.l1() == v.l2() && v.l2() == v.l3() ? fmt(v.l1()) : fmt(v.l1()) + "/" + fmt(v.l2()) + "/" + fmt(v.l3());
    }

    private static String fmt(double a) {
        return a == Math.rint(a) ? Long.toString((long) a) : Double.toString(a);
    }
}
