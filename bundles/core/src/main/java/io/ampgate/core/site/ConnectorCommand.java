package io.ampgate.core.site;

import io.ampgate.api.station.PlugType;
import io.ampgate.api.unit.PhaseRotation;
import io.ampgate.api.unit.Wiring;
import io.ampgate.store.site.Connector;
import io.ampgate.store.site.Station;
import io.ampgate.store.site.StationRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/**
 * {@code zone:connector <station> <n> <max A> [phases=1|3] [rotation=L1L2L3|L2L3L1|L3L1L2] [min=A]
 * [plug=TYPE_2] [manageable=true|false]}: describes a station's connector the way the energy manager
 * needs it (how much it may draw, on which site phases). Replaces a connector with the same number.
 */
@Component(service = ConnectorCommand.class, property = {
        "osgi.command.scope=zone",
        "osgi.command.function=connector"})
public final class ConnectorCommand {
    private final StationRepository stations;

    // optional: the commands work without it, the energy manager then sees the change within 5 s
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;

    @Activate
    public ConnectorCommand(@Reference StationRepository stations) {
        this.stations = stations;
    }

    public String connector(String stationId, int number, double maxA, String... options) {
        Station s = stations.find(stationId).orElseThrow(() -> new IllegalArgumentException("there is no station "
                + stationId));
        Wiring wiring = Wiring.THREE_PHASE;
        PhaseRotation rotation = PhaseRotation.L1_L2_L3;
        PlugType plug = PlugType.TYPE_2;
        double min = io.ampgate.api.station.ConnectorInfo.IEC_61851_MIN_CURRENT;
        boolean manageable = true;
        for (String option : options) {
            String[] nv = option.split("=", 2);
            String v = nv.length == 2 ? nv[1].strip() : "";
            switch (nv[0].strip().toLowerCase(Locale.ROOT)) {
                case "phases" -> wiring = switch (v) {
                    case "1" -> Wiring.SINGLE_PHASE;
                    case "3" -> Wiring.THREE_PHASE;
                    default -> throw new IllegalArgumentException("phases=" + v + ": write 1 or 3");
                };
                case "rotation" -> rotation = rotation(v);
                case "min" -> min = Double.parseDouble(v);
                case "plug" -> plug = PlugType.valueOf(v.toUpperCase(Locale.ROOT));
                case "manageable" -> manageable = Boolean.parseBoolean(v);
                default -> throw new IllegalArgumentException("unknown option '" + nv[0] + "'; options: phases=1|3 "
                        + "rotation=L1L2L3|L2L3L1|L3L1L2 min=A plug=TYPE_2 manageable=true|false");
            }
        }
        Connector base = Connector.of(number, plug, wiring, rotation, maxA);
        Connector c = new Connector(number, plug, wiring, rotation, maxA, min, manageable, base.smartCharging(), null,
                "", "");
        List<Connector> connectors = new ArrayList<>(s.connectors().stream().filter(x -> x.number() != number).toList());
        connectors.add(c);
        stations.save(new Station(s.id(), s.name(), s.zoneId(), s.vip(), s.currentLimit(), s.registered(), s.vendor(),
                s.model(), s.chargePointSerial(), s.chargeBoxSerial(), s.firmwareVersion(), s.ipAddress(), s.lastSeen(),
                s.cpoUrl(), s.protocol(), connectors));
        SiteChanges.post(events);
        return "station " + s.id() + " connector " + number + ": " + (wiring == Wiring.SINGLE_PHASE ? "1" : "3")
                + " phase(s), " + rotation + ", " + min + "-" + maxA + " A" + (manageable ? "" : ", not manageable");
    }

    private static PhaseRotation rotation(String v) {
        String key = v.toUpperCase(Locale.ROOT).replace("_", "");
        for (PhaseRotation r : PhaseRotation.values()) {
            if (r.name().replace("_", "").equals(key)) {
                return r;
            }
        }
        throw new IllegalArgumentException("rotation=" + v + ": write L1L2L3, L2L3L1 or L3L1L2");
    }
}
