package io.ampgate.ems.cycle;

import io.ampgate.api.ems.Constraints;
import io.ampgate.api.unit.Phase;
import io.ampgate.api.unit.PhaseValues;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What every strategy of one cycle asked for, composed so that strategies only tighten: a zone's cap
 * per phase is the smallest any strategy gave (and remembers which strategy and why); a connector's
 * maximum is the smallest, its minimum the largest, and a maximum below the minimum wins (a cap is a
 * safety limit, a minimum only a wish); weights multiply; one denial of admission is enough; a zone's
 * session limit is the smallest. Each strategy writes through {@link #as(String)}, so every limit
 * names the strategy that set it; its alerts are kept by strategy and id.
 */
public final class ComposedConstraints {

    /** A limit and who set it. */
    public record Bound(double value, String strategy, String reason) {
        String why() {
            return named(strategy, reason);
        }
    }

    /** What one connector may get. */
    public record ConnectorBounds(Bound min, Bound max, double weight, String deniedBy) {
    }

    private final Map<String, Map<Phase, Bound>> zoneCaps = new TreeMap<>();
    private final Map<String, Bound> sessionLimits = new TreeMap<>();
    private final Map<String, Bound> connectorMin = new HashMap<>();
    private final Map<String, Bound> connectorMax = new HashMap<>();
    private final Map<String, Double> weights = new HashMap<>();
    private final Map<String, String> denials = new HashMap<>();
    private final Map<String, String> alerts = new TreeMap<>();

    /**
     * The view a strategy writes through.
     *
     * @param strategy the strategy's id, named in every limit it sets
     * @return the strategy's {@link Constraints}
     */
    public Constraints as(String strategy) {
        return new Constraints() {
            @Override
            public void capZone(String zoneId, PhaseValues cap, String reason) {
                Map<Phase, Bound> caps = zoneCaps.computeIfAbsent(zoneId, z -> new TreeMap<>());
                for (Phase p : Phase.values()) {
                    double a = cap.get(p);
                    if (!Double.isNaN(a)) {
                        lower(caps, p, new Bound(Math.max(0, a), strategy, reason));
                    }
                }
            }

            @Override
            public void boundConnector(String stationId, int connector, double minA, double maxA, String reason) {
                String key = key(stationId, connector);
                if (minA > 0) {
                    Bound old = connectorMin.get(key);
                    if (old == null || minA > old.value()) {
                        connectorMin.put(key, new Bound(minA, strategy, reason));
                    }
                }
                if (Double.isFinite(maxA)) {
                    lower(connectorMax, key, new Bound(Math.max(0, maxA), strategy, reason));
                }
            }

            @Override
            public void weight(String stationId, int connector, double weight, String reason) {
                if (weight > 0 && Double.isFinite(weight)) {
                    weights.merge(key(stationId, connector), weight, (a, b) -> a * b);
                }
            }

            @Override
            public void denyAdmission(String stationId, int connector, String reason) {
                denials.putIfAbsent(key(stationId, connector), named(strategy, reason));
            }

            @Override
            public void limitSessions(String zoneId, int max, String reason) {
                lower(sessionLimits, zoneId, new Bound(Math.max(0, max), strategy, reason));
            }

            @Override
            public void alert(String id, String message) {
                alerts.put(strategy + ":" + id, named(strategy, message));
            }
        };
    }

    /** The strategies' alerts of this cycle, by "strategy:id". */
    public Map<String, String> alerts() {
        return Map.copyOf(alerts);
    }

    /** "strategy: reason", unless the reason names its strategy already ("pv: surplus ..."). */
    static String named(String strategy, String reason) {
        return reason.startsWith(strategy + ":") ? reason : strategy + ": " + reason;
    }

    private static <K> void lower(Map<K, Bound> map, K key, Bound candidate) {
        Bound old = map.get(key);
        if (old == null || candidate.value() < old.value()) {
            map.put(key, candidate);
        }
    }

    /** @return the key of a connector, {@code station/connector} */
    public static String key(String stationId, int connector) {
        return stationId + "/" + connector;
    }

    /**
     * A zone's cap on one phase.
     *
     * @return the smallest cap any strategy gave, or empty if none capped it
     */
    public Optional<Bound> zoneCap(String zoneId, Phase phase) {
        return Optional.ofNullable(zoneCaps.getOrDefault(zoneId, Map.of()).get(phase));
    }

    /** @return the zone's cap per phase, NaN where no strategy capped it */
    public PhaseValues zoneCap(String zoneId) {
        Map<Phase, Bound> caps = zoneCaps.getOrDefault(zoneId, Map.of());
        return PhaseValues.of(value(caps.get(Phase.L1)), value(caps.get(Phase.L2)), value(caps.get(Phase.L3)));
    }

    /** @return the smallest session limit of a zone, or empty */
    public Optional<Bound> sessionLimit(String zoneId) {
        return Optional.ofNullable(sessionLimits.get(zoneId));
    }

    /**
     * A connector's composed bounds: a maximum below the minimum wins (the minimum is dropped).
     *
     * @param stationId the station
     * @param connector the connector
     * @return its bounds; {@code null} min or max where no strategy set one
     */
    public ConnectorBounds connector(String stationId, int connector) {
        String key = key(stationId, connector);
        Bound min = connectorMin.get(key);
        Bound max = connectorMax.get(key);
        if (min != null && max != null && max.value() < min.value()) {
            min = null;
        }
        return new ConnectorBounds(min, max, weights.getOrDefault(key, 1.0), denials.get(key));
    }

    private static double value(Bound b) {
        return b == null ? Double.NaN : b.value();
    }
}
