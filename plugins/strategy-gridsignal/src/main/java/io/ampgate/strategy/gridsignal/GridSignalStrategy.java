package io.ampgate.strategy.gridsignal;

import io.ampgate.api.ems.Constraints;
import io.ampgate.api.ems.EmsSnapshot;
import io.ampgate.api.ems.Strategy;
import io.ampgate.api.signal.GridSignal;
import io.ampgate.api.site.Zone;
import io.ampgate.api.unit.PhaseValues;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The "grid-signal" strategy: reads {@link EmsSnapshot#gridSignal()} and restricts the root zone.
 * Favorable: nothing. Constrained: the signal's own cap and session limit, or without them the
 * configured reduced mode. Lost (the source says so, no signal at all, or one older than the
 * timeout): a conservative fallback cap. Composition by the minimum makes it outrank every other
 * strategy.
 */
@Component(
        service = Strategy.class,
        configurationPid = GridSignalStrategy.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = Strategy.PROP_ID + "=" + GridSignalStrategy.ID,
        immediate = true) // a bad setting shows when the plugin is enabled, not at the first cycle
@Designate(ocd = GridSignalStrategy.Config.class)
public class GridSignalStrategy implements Strategy {

    /** The configuration PID. */
    public static final String PID = "io.ampgate.strategy.gridsignal";

    /** The strategy id. */
    public static final String ID = "grid-signal";

    /** The settings form. */
    @ObjectClassDefinition(
            name = "Strategy: grid signal",
            description = "Restricts the site while the grid operator's signal is constrained or lost.")
    public @interface Config {
        /** @return how old the signal may be before it counts as lost, in s */
        @AttributeDefinition(name = "Signal timeout (s)", min = "1",
                description = "A signal not issued or confirmed for longer counts as lost.")
        double signalTimeoutSeconds() default 300.0;

        /** @return the reduced-mode cap of the site, A per phase (one value or L1, L2, L3; none: no cap) */
        @AttributeDefinition(name = "Reduced mode: site cap (A per phase)", required = false, cardinality = 3,
                description = "Applied while CONSTRAINED when the signal carries no cap and no session limit. "
                        + "One value for every phase, or three values L1, L2, L3 (a list or separated by commas); empty for no current cap.")
        String[] reducedCap() default {"16"};

        /** @return the reduced-mode maximum number of sessions drawing current, -1 for none */
        @AttributeDefinition(name = "Reduced mode: maximum sessions", min = "-1",
                description = "Applied with the reduced-mode cap; -1 for no session limit.")
        int reducedMaxSessions() default -1;

        /** @return the lost-signal cap of the site, A per phase (one value or L1, L2, L3; none: the fallback) */
        @AttributeDefinition(name = "Lost signal: site cap (A per phase)", required = false, cardinality = 3,
                description = "Applied, with the site zone's fallback limit, while the signal is lost. "
                        + "One value or three values L1, L2, L3 (a list or separated by commas); empty for the site zone's fallback limit alone.")
        String[] lostCap() default {};
    }

    private final Duration timeout;
    private final PhaseValues reducedCap;
    private final OptionalInt reducedMaxSessions;
    private final PhaseValues lostCap;

    /**
     * Creates the strategy (called by Declarative Services).
     *
     * @param config the configuration, or the defaults without one
     * @throws IllegalArgumentException naming the setting that is wrong
     */
    @Activate
    public GridSignalStrategy(Config config) {
        double seconds = config.signalTimeoutSeconds();
        if (!(seconds >= 1 && seconds <= 86_400)) {
            throw new IllegalArgumentException(PID + ": signalTimeoutSeconds must be from 1 to 86400, was " + seconds);
        }
        this.timeout = Duration.ofMillis(Math.round(seconds * 1000));
        this.reducedCap = perPhase(config.reducedCap(), "reducedCap");
        if (config.reducedMaxSessions() < -1) {
            throw new IllegalArgumentException(PID + ": reducedMaxSessions must be -1 (none) or >= 0, was "
                    + config.reducedMaxSessions());
        }
        this.reducedMaxSessions = config.reducedMaxSessions() < 0
                ? OptionalInt.empty() : OptionalInt.of(config.reducedMaxSessions());
        if (reducedCap.equals(PhaseValues.none()) && reducedMaxSessions.isEmpty()) {
            throw new IllegalArgumentException(PID + ": the reduced mode restricts nothing; set reducedCap"
                    + " or reducedMaxSessions");
        }
        this.lostCap = perPhase(config.lostCap(), "lostCap");
    }

    /** One or three currents from a list whose entries may each hold several, separated by commas. */
    private static PhaseValues perPhase(String[] entries, String name) {
        List<String> parts = entries == null ? List.of() : Arrays.stream(entries)
                .flatMap(e -> Arrays.stream(e.split(","))).map(String::strip).filter(p -> !p.isEmpty()).toList();
        double[] v = new double[parts.size()];
        for (int i = 0; i < v.length; i++) {
            try {
                v[i] = Double.parseDouble(parts.get(i));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(PID + ": " + name + " takes currents in A, not '" + parts.get(i) + "'");
            }
            if (!(v[i] >= 0 && v[i] <= 10_000)) {
                throw new IllegalArgumentException(PID + ": " + name + " must be from 0 to 10000 A, was " + v[i]);
            }
        }
        return switch (v.length) {
            case 0 -> PhaseValues.none();
            case 1 -> PhaseValues.all(v[0]);
            case 3 -> PhaseValues.of(v[0], v[1], v[2]);
            default -> throw new IllegalArgumentException(PID + ": " + name
                    + " takes one value (every phase) or three (L1, L2, L3), not " + v.length);
        };
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void shape(EmsSnapshot snapshot, Constraints constraints) {
        Optional<Zone> root = snapshot.root();
        if (root.isEmpty()) {
            return;
        }
        String site = root.get().id();
        Optional<GridSignal> signal = snapshot.gridSignal();
        String lost = null;
        if (signal.isEmpty()) {
            lost = "no signal received";
        } else if (signal.get().timestamp().plus(timeout).isBefore(snapshot.time())) {
            lost = String.format(Locale.ROOT, "last signal (%s) %d s old, timeout %d s", signal.get().level(),
                    Duration.between(signal.get().timestamp(), snapshot.time()).toSeconds(), timeout.toSeconds());
        } else {
            switch (signal.get().level()) {
                case FAVORABLE -> { }
                case LOST -> lost = "the source reports the signal lost";
                case CONSTRAINED -> constrained(signal.get(), site, constraints);
            }
        }
        if (lost != null) {
            PhaseValues cap = root.get().fallbackLimit().min(lostCap);
            constraints.capZone(site, cap, "grid signal LOST: " + lost + ", fallback " + format(cap) + " A");
        }
    }

    private void constrained(GridSignal signal, String site, Constraints constraints) {
        boolean own = !signal.cap().equals(PhaseValues.none()) || signal.maxSessions().isPresent();
        PhaseValues cap = own ? signal.cap() : reducedCap;
        OptionalInt sessions = own ? signal.maxSessions() : reducedMaxSessions;
        String from = own ? " (from the signal)" : " (reduced mode)";
        if (!cap.equals(PhaseValues.none())) {
            constraints.capZone(site, cap, "grid signal CONSTRAINED: site at " + format(cap) + " A" + from);
        }
        if (sessions.isPresent()) {
            constraints.limitSessions(site, sessions.getAsInt(),
                    "grid signal CONSTRAINED: at most " + sessions.getAsInt() + " sessions" + from);
        }
    }

    private static String format(PhaseValues v) {
        return String.format(Locale.ROOT, "%s/%s/%s", one(v.l1()), one(v.l2()), one(v.l3()));
    }

    private static String one(double a) {
        return Double.isNaN(a) ? "-" : String.format(Locale.ROOT, "%.1f", a);
    }
}
