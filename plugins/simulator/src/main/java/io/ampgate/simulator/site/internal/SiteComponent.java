package io.ampgate.simulator.site.internal;

import io.ampgate.simulator.site.ArrivalPlan;
import io.ampgate.simulator.site.BaseLoad;
import io.ampgate.simulator.site.Clouds;
import io.ampgate.simulator.site.Daylight;
import io.ampgate.simulator.site.GridSignalSchedule;
import io.ampgate.simulator.site.PvCurve;
import io.ampgate.simulator.site.RealTimeScheduler;
import io.ampgate.simulator.site.SimulatedSite;
import io.ampgate.simulator.site.SiteSettings;
import io.ampgate.simulator.site.SiteSettings.Endpoint;
import io.ampgate.simulator.site.StationSpec;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The simulated site in the gateway, in real time, while its configuration exists: enabling the
 * plugin alone simulates nothing. The running site is a {@link SimulatedSite} service (registered
 * here rather than by Declarative Services, so that the settings, the OCPP password among them,
 * do not become service properties); {@link SiteCommands} steer it from the shell.
 */
@Component(service = {}, configurationPid = SiteComponent.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true)
@Designate(ocd = SiteConfig.class)
public final class SiteComponent {

    /** The configuration PID. */
    public static final String PID = "io.ampgate.simulator.site";

    private static final Logger LOG = System.getLogger(SiteComponent.class.getName());

    private final RealTimeScheduler time;
    private final SimulatedSite site;
    private final ServiceRegistration<SimulatedSite> registration;

    @Activate
    public SiteComponent(SiteConfig config, BundleContext context) throws IOException {
        time = new RealTimeScheduler();
        try {
            site = start(config, time);
        } catch (IOException | RuntimeException e) {
            time.close();
            throw e;
        }
        registration = context.registerService(SimulatedSite.class, site, null);
    }

    /** The site of {@code config}, started on {@code time}; logs and throws what keeps it from starting. */
    static SimulatedSite start(SiteConfig config, RealTimeScheduler time) throws IOException {
        SiteSettings settings;
        try {
            settings = settings(config);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, PID + ": configuration not valid, the simulated site does not start: " + e.getMessage());
            throw e;
        }
        SimulatedSite site;
        try {
            site = SimulatedSite.start(settings, time);
        } catch (IOException e) {
            LOG.log(Level.ERROR, PID + ": the simulated site cannot start (a Modbus port taken?): " + e);
            throw e;
        }
        LOG.log(Level.INFO, "simulated site: {0} station(s) connecting to {1}; Modbus on 127.0.0.1: {2}",
                settings.stations().size(), settings.ocppUri(), site.modbusAddresses());
        return site;
    }

    /** The site's settings from the form; throws IllegalArgumentException naming what is wrong. */
    static SiteSettings settings(SiteConfig c) {
        long seed = c.seed();
        ZoneId zone = c.timeZone().isBlank() ? ZoneId.systemDefault() : ZoneId.of(c.timeZone().trim());
        Daylight daylight = c.pvHours().isBlank() ? new Daylight.Sun(c.latitude(), c.longitude())
                : Daylight.Hours.parse(c.pvHours());
        List<String> badges = Arrays.stream(c.badges().split(",")).map(String::trim).filter(b -> !b.isEmpty())
                .toList();
        return SiteSettings.builder()
                .seed(seed)
                .zone(zone)
                .volts(c.voltage())
                .ocpp(URI.create("ws://127.0.0.1:" + c.ocppPort() + "/"), c.ocppPassword())
                .meterValuesInterval(Duration.ofSeconds(c.meterValuesSeconds()))
                .stations(StationSpec.parseList(c.stations()))
                .arrivals(new ArrivalPlan(seed, c.visitsPerDay(), c.singlePhaseShare(), c.minEnergyKWh() * 1000,
                        c.maxEnergyKWh() * 1000, badges))
                .carOnRemoteStart(c.carOnRemoteStart())
                .baseLoad(new BaseLoad(c.baseLoadNightA(), c.baseLoadDayA(), c.baseLoadImbalancePercent() / 100,
                        c.baseLoadNoisePercent() / 100, seed))
                .pv(new PvCurve(c.pvPeakKw() * 1000, daylight, new Clouds(c.cloudiness(), seed)))
                .signalSchedule(GridSignalSchedule.parse(c.gridSignalSchedule()))
                .modbus(new Endpoint(c.siteMeterPort(), c.siteMeterUnit()), new Endpoint(c.pvPort(), c.pvUnit()),
                        new Endpoint(c.gridSignalPort(), c.gridSignalUnit()), c.gridSignalRegister())
                .build();
    }

    @Deactivate
    void stop() {
        registration.unregister();
        site.close();
        time.close();
    }
}
