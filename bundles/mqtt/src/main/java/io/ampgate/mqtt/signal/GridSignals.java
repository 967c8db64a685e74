package io.ampgate.mqtt.signal;

import io.ampgate.api.signal.GridSignalLevel;
import java.util.Locale;

/** Grid signals in the log's words. */
final class GridSignals {

    private GridSignals() {}

    static String describe(SignalRequest r) {
        StringBuilder s = new StringBuilder(r.level().name());
        if (r.level() == GridSignalLevel.CONSTRAINED) {
            if (!Double.isNaN(r.cap().max())) {
                s.append(String.format(Locale.ROOT, " cap %.1f/%.1f/%.1f A", r.cap().l1(), r.cap().l2(), r.cap().l3()));
            }
            r.maxSessions().ifPresent(n -> s.append(", at most ").append(n).append(" sessions"));
        }
        if (!r.validFor().isZero()) {
            s.append(", for ").append(r.validFor().toSeconds()).append(" s");
        }
        return s.toString();
    }
}
