package io.ampgate.strategy.greenup;

import io.ampgate.api.ems.Constraints;
import io.ampgate.api.ems.EmsSnapshot;
import io.ampgate.api.ems.Strategy;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The green-up (traffic light) strategy as a Declarative Services component. It keeps the
 * {@link GreenUpState} between cycles and lets {@link GreenUpCore} do the work. Needs a
 * configuration: without I_max and I_chg it has nothing to compare the meter with.
 */
@Component(
        service = Strategy.class,
        configurationPid = GreenUpStrategy.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = {Strategy.PROP_ID + "=" + GreenUpStrategy.ID, "osgi.command.scope=greenup",
            "osgi.command.function=mode"})
@Designate(ocd = GreenUpStrategy.Config.class)
public class GreenUpStrategy implements Strategy {
    private static final Logger LOG = System.getLogger(GreenUpStrategy.class.getName());

    /** The configuration PID. */
    public static final String PID = "io.ampgate.strategy.greenup";

    /** The strategy id. */
    public static final String ID = "green-up";

    /** The settings form. */
    @ObjectClassDefinition(
            name = "Green-up (traffic light)",
            description = "Green admits new sessions, yellow holds them and reduces running sessions by steps "
                    + "so that a waiting one can start, red reduces and then stops sessions that have had "
                    + "their minimum charge.")
    public @interface Config {
        /** @return the zone, empty for the root */
        @AttributeDefinition(name = "Zone",
                description = "Zone id whose meter measures the total consumption and whose stations are "
                        + "managed. Empty: the site (root zone).", required = false)
        String zone() default "";

        /** @return I_max */
        @AttributeDefinition(name = "Maximum current available, I_max (A)",
                description = "Rated current of the installation (or of its part for charging), on the most "
                        + "loaded phase. At or above it the light is red.", min = "0")
        double maxCurrent();

        /** @return I_chg */
        @AttributeDefinition(name = "Maximum current for charging, I_chg (A)",
                description = "At or above it the light is yellow: no new session starts. At most I_max.",
                min = "0")
        double chargingCurrent();

        /** @return the hysteresis */
        @AttributeDefinition(name = "Hysteresis (% of I_max)",
                description = "To leave a colour the current must pass the threshold by this much.",
                min = "0", max = "100")
        double hysteresisPercent() default 0;

        /** @return the first step */
        @AttributeDefinition(name = "First reduction step (% of rated current)", min = "0", max = "100")
        double firstStepPercent() default 75;

        /** @return the second step */
        @AttributeDefinition(name = "Second reduction step (% of rated current)",
                description = "Below the first step.", min = "0", max = "100")
        double secondStepPercent() default 50;

        /** @return the minimum charge */
        @AttributeDefinition(name = "Minimum guaranteed charge (Ah)",
                description = "Red stops no session that has received less.", min = "0")
        double minimumChargeAh() default 32;

        /** @return the settle time */
        @AttributeDefinition(name = "Time between actions (s)",
                description = "Green-up takes one action (reduce, raise, stop, admit) and waits this long for "
                        + "the meter to show its effect before the next one.", min = "0")
        int settleSeconds() default 10;

        /** @return the per-station modes */
        @AttributeDefinition(name = "Session modes",
                description = "One entry per station or connector, or several separated by commas: "
                        + "CP1=priority, CP2=wait, CP3/2=priority. "
                        + "Modes: start (default) or wait; normal (default) or priority.", required = false)
        String[] sessionModes() default {};
    }

    private final GreenUpSettings settings;
    private GreenUpState state = GreenUpState.INITIAL;
    private volatile GreenUpCore.Result last;
    private String lastAction;

    /**
     * Creates the strategy from its configuration (called by Declarative Services).
     *
     * @param config the configuration
     * @throws IllegalArgumentException if the configuration is invalid; the message says what to fix
     */
    @Activate
    public GreenUpStrategy(Config config) {
        this(settings(config));
    }

    GreenUpStrategy(GreenUpSettings settings) {
        this.settings = settings;
    }

    static GreenUpSettings settings(Config c) {
        List<Set<String>> modes = GreenUpSettings.parseModes(c.sessionModes());
        return new GreenUpSettings(c.zone(), c.maxCurrent(), c.chargingCurrent(), c.hysteresisPercent(),
                c.firstStepPercent(), c.secondStepPercent(), c.minimumChargeAh(),
                Duration.ofSeconds(Math.max(-1, c.settleSeconds())), modes.get(0), modes.get(1));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public synchronized void shape(EmsSnapshot snapshot, Constraints constraints) {
        GreenUpCore.Result result = GreenUpCore.step(settings, state, snapshot);
        GreenUpCore.Result previous = last;
        state = result.state();
        last = result;
        // the log gets changes: a new colour, and every action, not each cycle
        if (previous == null || previous.colour() != result.colour()) {
            LOG.log(Level.INFO, "green-up: " + light(result));
        }
        if (result.action() != null) {
            lastAction = result.action() + " at " + snapshot.time();
            LOG.log(Level.INFO, "green-up: " + result.action() + "; " + light(result));
        }
        for (GreenUpCore.Directive d : result.directives()) {
            if (!Double.isNaN(d.maxA())) {
                constraints.capConnector(d.stationId(), d.connector(), d.maxA(), d.reason());
            }
            if (d.deny()) {
                constraints.denyAdmission(d.stationId(), d.connector(), d.reason());
            }
        }
    }

    /**
     * Shell {@code greenup:mode}: the sessions under green-up with their modes.
     *
     * @return one line per session
     */
    public synchronized String mode() {
        StringBuilder out = new StringBuilder();
        if (last != null) {
            out.append(light(last)).append(lastAction == null ? "" : "; last action: " + lastAction).append('\n');
        }
        if (state.sessions().isEmpty()) {
            return out.append("no session under green-up").toString();
        }
        state.sessions().forEach((key, s) -> {
            int slash = key.lastIndexOf('/');
            String station = key.substring(0, slash);
            int connector = Integer.parseInt(key.substring(slash + 1));
            boolean wait = settings.isWait(station, connector, s);
            boolean priority = settings.isPriority(station, connector, s);
            out.append(String.format(Locale.ROOT, "%-16s %-6s %-9s %-11s %-9s step %d  %5.1f Ah%n", key,
                    wait ? "wait" : "start", priority ? "priority" : "normal",
                    s.operatorWait() == null && s.operatorPriority() == null ? "" : "(operator)",
                    s.stopped() ? "stopped" : s.admitted() ? "charging" : "waiting", s.step(), s.deliveredAh()));
        });
        return out.toString().stripTrailing();
    }

    /**
     * Shell {@code greenup:mode <station>[/<connector>] start|wait|normal|priority}: the operator's
     * choice for the session running there, until it ends.
     *
     * @param where the station, or station/connector (connector 1 by default)
     * @param mode start, wait, normal or priority
     * @return what was set
     * @throws IllegalArgumentException for an unknown mode or a connector without a session
     */
    public synchronized String mode(String where, String mode) {
        int slash = where.lastIndexOf('/');
        String station = slash < 0 ? where : where.substring(0, slash);
        int connector;
        try {
            connector = slash < 0 ? 1 : Integer.parseInt(where.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + where + "': give a station or station/connector, e.g. CP1/2");
        }
        state = switch (mode.toLowerCase(Locale.ROOT)) {
            case "start" -> state.withOperatorMode(station, connector, false, null);
            case "wait" -> state.withOperatorMode(station, connector, true, null);
            case "normal" -> state.withOperatorMode(station, connector, null, false);
            case "priority" -> state.withOperatorMode(station, connector, null, true);
            default -> throw new IllegalArgumentException("'" + mode + "': the mode must be start, wait, normal or priority");
        };
        return station + "/" + connector + ": " + mode.toLowerCase(Locale.ROOT)
                + " for this session (from the next cycle)";
    }

    /** E.g. "light YELLOW at 58.0 A (I_chg 50.0 A, I_max 60.0 A, band 1.2 A)". */
    private String light(GreenUpCore.Result r) {
        return String.format(Locale.ROOT, "light %s %s (I_chg %.1f A, I_max %.1f A, band %.1f A)", r.colour(),
                Double.isNaN(r.amps()) ? "without a meter reading" : String.format(Locale.ROOT, "at %.1f A", r.amps()),
                settings.chargingCurrent(), settings.maxCurrent(), settings.hysteresisA());
    }

    /**
     * The outcome of the last cycle, for diagnostics.
     *
     * @return the last result, or {@code null} before the first cycle
     */
    public GreenUpCore.Result lastResult() {
        return last;
    }
}
