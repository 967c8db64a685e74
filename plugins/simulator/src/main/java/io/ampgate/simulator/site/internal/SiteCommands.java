package io.ampgate.simulator.site.internal;

import io.ampgate.simulator.site.CarVisit;
import io.ampgate.simulator.site.GridLevel;
import io.ampgate.simulator.site.SimulatedSite;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The shell's {@code sim:} commands: show the simulated site, bring and take cars, hold the grid signal. */
@Component(service = SiteCommands.class, property = {"osgi.command.scope=sim", "osgi.command.function=status",
        "osgi.command.function=arrive", "osgi.command.function=leave", "osgi.command.function=signal"})
public final class SiteCommands {

    /** How long a car brought from the shell stays. */
    static final Duration STAY = Duration.ofHours(2);

    private final SimulatedSite site;

    @Activate
    public SiteCommands(@Reference SimulatedSite site) {
        this.site = site;
    }

    /** {@code sim:status}: the site meter, the Modbus addresses, and every connector. */
    public String status() {
        return site.describe();
    }

    /** {@code sim:arrive CP1 1}: a car wanting 20 kWh, three-phase, 16 A, with the first badge. */
    public String arrive(String station, int connector) {
        List<String> badges = site.settings().arrivals().badges();
        return arrive(station, connector, 20, 3, 16, badges.isEmpty() ? "-" : badges.getFirst());
    }

    /** {@code sim:arrive CP1 1 30 1 32 BADGE}: a car wanting that energy (kWh), on those phases, at most that current (A), with that badge ("-": none). */
    public String arrive(String station, int connector, double kWh, int phases, double maxA, String badge) {
        Instant now = site.clock().instant();
        CarVisit car = new CarVisit(now, now.plus(STAY), kWh * 1000, phases, maxA, "-".equals(badge) ? "" : badge);
        return site.plugIn(station, connector, car) ? station + "/" + connector + ": plugged in, " + car
                : station + "/" + connector + " is taken or unavailable: the car goes elsewhere";
    }

    /** {@code sim:leave CP1 1}: the car there leaves. */
    public String leave(String station, int connector) {
        site.unplug(station, connector);
        return station + "/" + connector + ": the car left";
    }

    /** {@code sim:signal constrained}: holds the grid signal; {@code sim:signal schedule} follows the schedule again. */
    public String signal(String level) {
        if ("schedule".equalsIgnoreCase(level.trim())) {
            site.overrideSignal(null);
            return "grid signal follows the schedule";
        }
        GridLevel held = GridLevel.parse(level);
        site.overrideSignal(held);
        return "grid signal held at " + held + " (register " + held.register() + ") until 'sim:signal schedule'";
    }
}
