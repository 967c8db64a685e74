package io.ampgate.strategy.pv;

import io.ampgate.api.ems.ConnectorSnapshot;
import io.ampgate.api.ems.Constraints;
import io.ampgate.api.ems.EmsSnapshot;
import io.ampgate.api.ems.Strategy;
import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.site.Zone;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The "pv" strategy: the connectors it manages charge from the local PV surplus. The surplus is
 * what the site exports plus what the managed connectors already draw, at most the PV production:
 * {@code min(production, EV draw - site meter power)}, never negative. Start and stop thresholds
 * with delays (hysteresis in time, driven by the cycles' times) switch PV charging on and off;
 * while it is on, each managed connector gets at least the minimum charging power (continuity).
 * Without fresh PV or site meter data it restricts nothing (standard behaviour) and says so.
 */
@Component(
        service = Strategy.class,
        configurationPid = PvStrategy.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = Strategy.PROP_ID + "=" + PvStrategy.ID,
        immediate = true) // a bad setting shows when the plugin is enabled, not at the first cycle
@Designate(ocd = PvStrategy.Config.class)
public class PvStrategy implements Strategy {

    /** The configuration PID. */
    public static final String PID = "io.ampgate.strategy.pv";

    /** The strategy id. */
    public static final String ID = "pv";

    /** A car drawing at least this on a phase charges; below is a car's standby or noise. */
    private static final double CHARGING_A = 1.0;

    /** How the managed connectors use the surplus. */
    public enum Mode {
        /** Charge from the surplus only; pause while PV charging is off. */
        SURPLUS_ONLY,
        /** Always charge at the minimum power; add the surplus while PV charging is on. */
        MINIMUM_PLUS_SURPLUS
    }

    /** The settings form. */
    @ObjectClassDefinition(
            name = "Strategy: PV surplus",
            description = "Charges the chosen stations from the local PV surplus (export to the grid).")
    public @interface Config {
        /** @return the mode */
        @AttributeDefinition(name = "Mode")
        Mode mode() default Mode.SURPLUS_ONLY;

        /** @return the surplus that starts PV charging, W */
        @AttributeDefinition(name = "Start threshold (W)", min = "0")
        double startThresholdW() default 1400.0;

        /** @return how long the surplus must stay at or above the start threshold, s */
        @AttributeDefinition(name = "Start delay (s)", min = "0")
        double startDelaySeconds() default 60.0;

        /** @return the surplus below which PV charging stops, W; at most the start threshold */
        @AttributeDefinition(name = "Stop threshold (W)", min = "0")
        double stopThresholdW() default 700.0;

        /** @return how long the surplus must stay below the stop threshold, s */
        @AttributeDefinition(name = "Stop delay (s)", min = "0")
        double stopDelaySeconds() default 300.0;

        /** @return the power each managed connector keeps while PV charging is on, W */
        @AttributeDefinition(name = "Minimum charging power (W)", min = "0",
                description = "Kept while PV charging is on (continuity), and always in MINIMUM_PLUS_SURPLUS.")
        double minimumPowerW() default 1380.0;

        /** @return the nominal phase-to-neutral voltage used to turn power into current, V */
        @AttributeDefinition(name = "Nominal voltage (V)", min = "100", max = "400")
        double voltage() default 230.0;

        /** @return how old a PV or site meter reading may be, s */
        @AttributeDefinition(name = "PV data timeout (s)", min = "1",
                description = "Older PV or site meter data counts as lost: no PV restriction.")
        double dataTimeoutSeconds() default 30.0;

        /** @return the stations PV manages; empty for all */
        @AttributeDefinition(name = "Included stations", required = false,
                description = "Station ids PV manages; empty for every station.")
        String[] includedStations() default {};

        /** @return the stations PV never limits */
        @AttributeDefinition(name = "Excluded stations", required = false,
                description = "Station ids PV never limits; wins over the included list.")
        String[] excludedStations() default {};

        /** @return whether VIP stations and sessions started with a VIP badge are excluded */
        @AttributeDefinition(name = "Exclude VIP stations and badges")
        boolean excludeVip() default true;
    }

    private final Mode mode;
    private final double minimumW;
    private final double volts;
    private final Duration timeout;
    private final Set<String> included;
    private final Set<String> excluded;
    private final boolean excludeVip;
    private final Hysteresis hysteresis;

    /**
     * Creates the strategy (called by Declarative Services).
     *
     * @param config the configuration, or the defaults without one
     * @throws IllegalArgumentException naming the setting that is wrong
     */
    @Activate
    public PvStrategy(Config config) {
        double startW = watts(config.startThresholdW(), "startThresholdW");
        double stopW = watts(config.stopThresholdW(), "stopThresholdW");
        if (stopW > startW) {
            throw new IllegalArgumentException(PID + ": stopThresholdW (" + stopW
                    + ") must not be above startThresholdW (" + startW + ")");
        }
        this.mode = config.mode();
        if (mode == null) {
            throw new IllegalArgumentException(PID + ": mode must be SURPLUS_ONLY or MINIMUM_PLUS_SURPLUS");
        }
        this.minimumW = watts(config.minimumPowerW(), "minimumPowerW");
        this.volts = config.voltage();
        if (!(volts >= 100 && volts <= 400)) {
            throw new IllegalArgumentException(PID + ": voltage must be from 100 to 400 V, was " + volts);
        }
        this.timeout = seconds(config.dataTimeoutSeconds(), "dataTimeoutSeconds", 1);
        this.included = stations(config.includedStations());
        this.excluded = stations(config.excludedStations());
        this.excludeVip = config.excludeVip();
        this.hysteresis = new Hysteresis(startW, seconds(config.startDelaySeconds(), "startDelaySeconds", 0), stopW,
                seconds(config.stopDelaySeconds(), "stopDelaySeconds", 0));
    }

    /** The station ids of a list; an entry may hold several, separated by commas (a .cfg line). */
    private static Set<String> stations(String[] entries) {
        return entries == null ? Set.of() : Arrays.stream(entries).flatMap(e -> Arrays.stream(e.split(",")))
                .map(String::strip).filter(id -> !id.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    private static double watts(double w, String name) {
        if (!(w >= 0 && w <= 1_000_000)) {
            throw new IllegalArgumentException(PID + ": " + name + " must be from 0 to 1000000 W, was " + w);
        }
        return w;
    }

    private static Duration seconds(double s, String name, double min) {
        if (!(s >= min && s <= 86_400)) {
            throw new IllegalArgumentException(PID + ": " + name + " must be from " + (int) min + " to 86400 s, was " + s);
        }
        return Duration.ofMillis(Math.round(s * 1000));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public synchronized void shape(EmsSnapshot snapshot, Constraints constraints) {
        List<ConnectorSnapshot> managed = snapshot.connectors().stream().filter(this::manages).toList();
        double evDrawW = 0;
        int activePhases = 0;
        for (ConnectorSnapshot c : managed) {
            evDrawW += c.siteCurrent().map(a -> Double.isNaN(a) ? 0 : Math.max(0, a)).sum() * volts;
            activePhases += c.wantsPower() ? c.phasesInUse().size() : 0;
        }
        String lost = lostData(snapshot);
        if (lost != null) {
            hysteresis.interrupt();
            constraints.alert("data-lost", "pv: " + lost + "; standard behaviour, no PV restriction");
            return;
        }
        double productionW = 0;
        for (MeterReading r : snapshot.pvReadings().values()) {
            productionW += fresh(snapshot, r) ? Math.max(0, -power(r)) : 0;
        }
        double gridW = power(snapshot.zoneReading(snapshot.root().orElseThrow().id()).orElseThrow());
        double surplusW = Math.max(0, Math.min(productionW, evDrawW - gridW));
        Duration pending = hysteresis.pending(snapshot.time());
        boolean on = hysteresis.update(snapshot.time(), surplusW);
        String state = String.format(Locale.ROOT, "pv: surplus %.0f W (PV %.0f W, site %.0f W), %s", surplusW,
                productionW, gridW, on ? "charging on surplus" : "waiting for surplus");
        for (ConnectorSnapshot c : managed) {
            int phases = c.phasesInUse().size();
            double minimumA = minimumW / (volts * phases);
            double shareA = surplusW / (volts * (activePhases > 0 ? activePhases : phases));
            if (on) {
                double capA = Math.max(minimumA, shareA);
                String why = shareA < minimumA ? " (minimum power for continuity)" : "";
                if (capA < c.info().minCurrent() && charging(c)) {
                    // continuity: a car that charges is not paused before PV charging stops
                    capA = c.info().minCurrent();
                    why = " (the car's minimum current, for continuity)";
                }
                double probeA = c.info().minCurrent();
                if (!c.phasesKnown() && capA < probeA && surplusW >= probeA * volts) {
                    // the car has not drawn yet, so every wired phase counts; the surplus would carry it on
                    // one phase: start it at its minimum and learn its phases, rather than wait forever
                    capA = probeA;
                    why = " (starting at the minimum until the car's phases are known)";
                }
                constraints.capConnector(c.stationId(), c.connector(), capA, state + String.format(Locale.ROOT,
                        ": %.1f A%s", capA, why));
            } else if (mode == Mode.MINIMUM_PLUS_SURPLUS) {
                constraints.capConnector(c.stationId(), c.connector(), minimumA,
                        state + String.format(Locale.ROOT, ": minimum %.1f A", minimumA));
            } else {
                constraints.capConnector(c.stationId(), c.connector(), 0, state + (pending.isZero() ? ""
                        : String.format(Locale.ROOT, " (above start threshold for %d s)", pending.toSeconds())));
            }
        }
    }

    /** Whether the car draws current now (more than a car's standby on its fullest phase). */
    private static boolean charging(ConnectorSnapshot c) {
        double a = c.state().current().max();
        return a >= CHARGING_A;
    }

    private boolean manages(ConnectorSnapshot c) {
        return (included.isEmpty() || included.contains(c.stationId())) && !excluded.contains(c.stationId())
                && !(excludeVip && c.isVip());
    }

    /** Why the PV data cannot be used, or {@code null} if it can. */
    private String lostData(EmsSnapshot snapshot) {
        Optional<Zone> root = snapshot.root();
        Optional<MeterReading> site = root.flatMap(z -> snapshot.zoneReading(z.id()));
        if (site.isEmpty()) {
            return "PV data lost, no site meter reading";
        }
        if (!fresh(snapshot, site.get()) || Double.isNaN(power(site.get()))) {
            return "PV data lost, site meter " + root.get().meterId() + " " + staleness(snapshot, site.get());
        }
        Map<String, MeterReading> pv = snapshot.pvReadings();
        if (pv.isEmpty()) {
            return "PV data lost, no PV meter reading";
        }
        if (pv.values().stream().noneMatch(r -> fresh(snapshot, r) && !Double.isNaN(power(r)))) {
            return "PV data lost, PV meter " + String.join(", ", pv.keySet().stream().sorted().toList()) + " "
                    + staleness(snapshot, pv.values().iterator().next());
        }
        return null;
    }

    private String staleness(EmsSnapshot snapshot, MeterReading r) {
        return fresh(snapshot, r) ? "reports no power"
                : String.format(Locale.ROOT, "silent for %d s (timeout %d s)", r.age(snapshot.time()).toSeconds(),
                        timeout.toSeconds());
    }

    private boolean fresh(EmsSnapshot snapshot, MeterReading r) {
        return r.age(snapshot.time()).compareTo(timeout) <= 0;
    }

    /** The reading's active power, W: the total, or the sum of the phases; {@code NaN} if neither. */
    private static double power(MeterReading r) {
        return Double.isNaN(r.totalActivePower()) ? r.activePower().sum() : r.totalActivePower();
    }
}
