package io.ampgate.ems.internal;

import io.ampgate.api.signal.GridSignal;
import io.ampgate.api.signal.GridSignalLevel;
import io.ampgate.api.signal.SignalSource;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.ems.GridSignalInput;
import io.ampgate.api.event.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The grid signal set through the service API or the shell ({@code ems:signal}): a held signal is
 * re-stamped at every read, one given for a while expires and then is no signal at all.
 */
@Component(service = {SignalSource.class, GridSignalInput.class, ApiSignalSource.class},
        property = {SignalSource.PROP_ID + "=api", "osgi.command.scope=ems", "osgi.command.function=signal"})
public final class ApiSignalSource implements SignalSource, GridSignalInput {

    private record Given(GridSignalLevel level, PhaseValues cap, OptionalInt maxSessions, Instant until) {
    }

    private final Clock clock;
    private volatile Given given;

    // the cycle listens to this topic and runs at once; no reference to the energy manager, which
    // references every SignalSource (a service cycle SCR would report)
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile org.osgi.service.event.EventAdmin events;

    @Activate
    public ApiSignalSource() {
        this(Clock.systemUTC());
    }

    ApiSignalSource(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String id() {
        return "api";
    }

    @Override
    public Optional<GridSignal> gridSignal() {
        Given g = given;
        Instant now = clock.instant();
        if (g == null || (g.until() != null && now.isAfter(g.until()))) {
            return Optional.empty();
        }
        return Optional.of(new GridSignal(g.level(), now, g.level() == GridSignalLevel.CONSTRAINED ? g.cap()
                : PhaseValues.none(), g.level() == GridSignalLevel.CONSTRAINED ? g.maxSessions() : OptionalInt.empty()));
    }

    @Override
    public void set(GridSignalLevel level, PhaseValues cap, OptionalInt maxSessions, Duration validFor) {
        // checked now, so a wrong signal is refused to the caller and never reaches the cycle
        new GridSignal(level, clock.instant(), level == GridSignalLevel.CONSTRAINED ? cap : PhaseValues.none(),
                level == GridSignalLevel.CONSTRAINED ? maxSessions : OptionalInt.empty());
        given = new Given(level, cap, maxSessions, validFor.isZero() ? null : clock.instant().plus(validFor));
        changed();
    }

    @Override
    public void clear() {
        given = null;
        changed();
    }

    private void changed() {
        org.osgi.service.event.EventAdmin admin = events;
        if (admin != null) {
            java.util.Map<String, Object> props = new java.util.HashMap<>();
            props.put(Topics.PROP_SIGNAL_ID, id());
            props.put(Topics.PROP_TIMESTAMP, clock.millis());
            gridSignal().ifPresent(s -> {
                props.put(Topics.PROP_SIGNAL, s);
                props.put(Topics.PROP_LEVEL, s.level().name());
            });
            admin.postEvent(new org.osgi.service.event.Event(Topics.SIGNAL_GRID, props));
        }
    }

    /** {@code ems:signal}: shows the signal given here. */
    public String signal() {
        return gridSignal().map(s -> s.level() + (s.level() == GridSignalLevel.CONSTRAINED ? cap(s.cap())
                + s.maxSessions().stream().mapToObj(n -> ", at most " + n + " sessions").findFirst().orElse("") : ""))
                .orElse("no grid signal is given through the API or the shell");
    }

    /**
     * {@code ems:signal favorable|lost|clear} or {@code ems:signal constrained <cap A[/A/A]|-> [max sessions]}: held until changed.
     */
    public String signal(String level, String... args) {
        switch (level.toLowerCase(Locale.ROOT)) {
            case "clear" -> clear();
            case "favorable" -> set(GridSignalLevel.FAVORABLE, PhaseValues.none(), OptionalInt.empty(), Duration.ZERO);
            case "lost" -> set(GridSignalLevel.LOST, PhaseValues.none(), OptionalInt.empty(), Duration.ZERO);
            case "constrained" -> {
                if (args.length == 0) {
                    throw new IllegalArgumentException("ems:signal constrained <cap A, e.g. 40 or 40/40/32, or -> [max sessions]");
                }
                PhaseValues cap = args[0].equals("-") ? PhaseValues.none() : amps(args[0]);
                OptionalInt max = args.length > 1 ? OptionalInt.of(Integer.parseInt(args[1])) : OptionalInt.empty();
                set(GridSignalLevel.CONSTRAINED, cap, max, Duration.ZERO);
            }
            default -> throw new IllegalArgumentException("'" + level + "': use favorable, constrained, lost or clear");
        }
        return signal();
    }

    private static String cap(PhaseValues cap) {
        return Double.isNaN(cap.max()) ? "" : String.format(Locale.ROOT, " cap %.1f/%.1f/%.1f A", cap.l1(), cap.l2(), cap.l3());
    }

    private static PhaseValues amps(String text) {
        String[] p = text.split("/");
        try {
            return p.length == 3 ? PhaseValues.of(Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]))
                    : PhaseValues.all(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cap '" + text + "' is not amperes: write 40 or 40/40/32", e);
        }
    }
}
