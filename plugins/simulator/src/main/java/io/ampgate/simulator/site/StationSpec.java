package io.ampgate.simulator.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One simulated charging station as configured.
 *
 * @param id the OCPP identity
 * @param connectors how many connectors, numbered from 1
 * @param plugs the plug type of each connector (a label: Type2, Schuko, CCS...)
 * @param phases the phases the station is wired with, 1 or 3
 * @param maxCurrentA the rating of each connector, A per phase
 * @param vendor the vendor it boots with
 * @param model the model it boots with
 * @param rotation the site phase (1 to 3) of each of the station's phases L1, L2, L3
 */
public record StationSpec(String id, int connectors, List<String> plugs, int phases, double maxCurrentA,
        String vendor, String model, List<Integer> rotation) {

    public static final String DEFAULT_VENDOR = "Ampgate";
    public static final String DEFAULT_MODEL = "Simulated AC";
    public static final List<Integer> STANDARD_ROTATION = List.of(1, 2, 3);

    public StationSpec {
        if (id.isBlank() || connectors < 1 || connectors > 10 || plugs.size() != connectors
                || phases != 1 && phases != 3 || maxCurrentA < Charging.MIN_CURRENT_A
                || !new HashSet<>(rotation).equals(Set.of(1, 2, 3)) || rotation.size() != 3) {
            throw new IllegalArgumentException("station '" + id + "': an id, 1 to 10 connectors with a plug each, "
                    + "1 or 3 phases, at least 6 A, a rotation of L1, L2 and L3");
        }
        plugs = List.copyOf(plugs);
        rotation = List.copyOf(rotation);
    }

    /**
     * What a car drawing {@code drawA} on {@code phases} of the station's phases (from L1 on)
     * draws on each site phase, through the station's rotation.
     */
    public PhaseCurrents onSitePhases(double drawA, int phases) {
        PhaseCurrents site = PhaseCurrents.ZERO;
        for (int k = 0; k < Math.min(phases, this.phases); k++) {
            site = site.plusOn(rotation.get(k), drawA);
        }
        return site;
    }

    /** The stations of a list such as {@code CP1:2:Type2:3:32, CP2:1:Schuko:1:16:Acme:Wallbox 1:L2L3L1}. */
    public static List<StationSpec> parseList(String text) {
        List<StationSpec> stations = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            StationSpec station = parse(entry);
            if (!ids.add(station.id())) {
                throw new IllegalArgumentException("stations: '" + station.id() + "' is listed twice");
            }
            stations.add(station);
        }
        return stations;
    }

    /**
     * One station, {@code id:connectors:plug:phases:maxA[:vendor[:model[:rotation]]]}: the plug is
     * one for every connector or one per connector separated by '/', the rotation is written as
     * {@code L1L2L3}, {@code L2L3L1} or {@code L3L1L2}.
     */
    public static StationSpec parse(String entry) {
        String[] f = entry.trim().split(":", -1);
        if (f.length < 5 || f.length > 8) {
            throw new IllegalArgumentException("station '" + entry.trim()
                    + "': write id:connectors:plug:phases:maxA[:vendor[:model[:rotation]]], e.g. CP1:2:Type2:3:32");
        }
        try {
            int connectors = Integer.parseInt(f[1].trim());
            List<String> plugs = new ArrayList<>();
            for (String plug : f[2].split("/")) {
                plugs.add(plug.trim());
            }
            while (plugs.size() < connectors) {
                plugs.add(plugs.getLast());
            }
            return new StationSpec(f[0].trim(), connectors, plugs.subList(0, Math.min(plugs.size(), connectors)),
                    Integer.parseInt(f[3].trim()), Double.parseDouble(f[4].trim()),
                    f.length > 5 && !f[5].isBlank() ? f[5].trim() : DEFAULT_VENDOR,
                    f.length > 6 && !f[6].isBlank() ? f[6].trim() : DEFAULT_MODEL,
                    f.length > 7 ? rotation(f[7]) : STANDARD_ROTATION);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("station '" + entry.trim() + "': connectors, phases and maxA are numbers");
        }
    }

    private static List<Integer> rotation(String text) {
        String r = text.trim().toUpperCase(Locale.ROOT);
        if (!r.matches("(L[123]){3}")) {
            throw new IllegalArgumentException("a rotation is written like L2L3L1, not '" + text.trim() + "'");
        }
        return List.of(r.charAt(1) - '0', r.charAt(3) - '0', r.charAt(5) - '0');
    }
}
