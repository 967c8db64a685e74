package io.ampgate.ems.internal;

import io.ampgate.ems.Decision;
import java.util.Locale;
import java.util.Map;

/** A decision as people read it: one line for the log, a table for the shell. */
final class Decisions {

    private Decisions() {
    }

    static String summary(Decision d) {
        StringBuilder s = new StringBuilder();
        new java.util.TreeMap<>(d.connectors()).forEach((k, c) -> s.append(k).append(' ').append(String.format(Locale.ROOT, "%.1f", c.setpoint()))
                .append(" A ").append(c.reason()).append("; "));
        d.problems().forEach(p -> s.append("problem: ").append(p).append("; "));
        return s.isEmpty() ? "no connector wants power" : s.substring(0, s.length() - 2);
    }

    /** Whether two decisions give every connector the same reason and have the same alerts and problems. */
    static boolean sameReasons(Decision a, Decision b) {
        if (b == null || !a.alerts().equals(b.alerts()) || !a.problems().equals(b.problems())
                || !a.connectors().keySet().equals(b.connectors().keySet())) {
            return false;
        }
        return a.connectors().entrySet().stream()
                .allMatch(e -> e.getValue().reason().equals(b.connectors().get(e.getKey()).reason()));
    }

    static String table(Decision d) {
        StringBuilder out = new StringBuilder("decision at " + d.at() + "\n");
        out.append(String.format(Locale.ROOT, "%-16s %-20s %-20s %8s  %s%n", "ZONE", "CAP A (L1/L2/L3)",
                "GIVEN A (L1/L2/L3)", "SESSIONS", "CAPPED BY"));
        for (Map.Entry<String, Decision.ZoneDecision> e : new java.util.TreeMap<>(d.zones()).entrySet()) {
            Decision.ZoneDecision z = e.getValue();
            out.append(String.format(Locale.ROOT, "%-16s %-20s %-20s %8d  %s%n", e.getKey(), phases(z.cap()),
                    phases(z.allocated()), z.sessions(), String.join("; ", z.capBy().entrySet().stream()
                            .map(c -> c.getKey() + " " + c.getValue()).toList())));
        }
        out.append(String.format(Locale.ROOT, "%n%-20s %8s  %-20s %s%n", "CONNECTOR", "A", "REASON", "WHERE"));
        new java.util.TreeMap<>(d.connectors()).forEach((k, c) -> out.append(String.format(Locale.ROOT, "%-20s %8.1f  %-20s %s%n", k,
                c.setpoint(), c.reason(), c.detail())));
        d.problems().forEach(p -> out.append("problem: ").append(p).append('\n'));
        d.alerts().values().forEach(a -> out.append("alert: ").append(a).append('\n'));
        return out.toString().stripTrailing();
    }

    private static String phases(io.ampgate.api.unit.PhaseValues v) {
        return String.format(Locale.ROOT, "%.1f/%.1f/%.1f", v.l1(), v.l2(), v.l3());
    }
}
