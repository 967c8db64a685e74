package io.ampgate.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.simulator.modbus.ModbusSlaveSimulator;
import io.ampgate.simulator.ocpp.ChargePointSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * A running gateway on a 63 A site (fallback 20 A), with dynamic limits unless a test chooses other
 * strategies: its grid meter, an SDM630
 * simulated on Modbus TCP and read by meter-eastron, sees the building's base load (10/8/6 A) plus
 * three cars charging on simulated OCPP stations of 32 A: CP-D1 and CP-D2 three-phase 32 A cars,
 * CP-D3 a single-phase 16 A car on L1. The meters' silence shows after 3 s (instead of 10 s).
 */
final class MeteredSite implements AutoCloseable {
    static final double LIMIT = 63;
    static final double FALLBACK = 20;
    static final double[] BASE_LOAD = {10, 8, 6};

    final Site site;
    final ModbusSlaveSimulator slave;
    final SiteMeterModel meter;
    final List<ChargePointSimulator> cars = new ArrayList<>();
    private List<Long> pauseMarks = List.of();

    private MeteredSite(Site site, ModbusSlaveSimulator slave) {
        this.site = site;
        this.slave = slave;
        this.meter = new SiteMeterModel(slave.unit(1), LIMIT, BASE_LOAD[0], BASE_LOAD[1], BASE_LOAD[2]);
    }

    /** A plugin the test enables, its settings ({@code conf/<pid>.cfg}, none if null) and the component that shows it runs. */
    record Plugin(String name, String pid, String settings, String component) {
    }

    /** What a test does on the site before the cars come, e.g. add a PV inverter. */
    @FunctionalInterface
    interface Step {
        void run(MeteredSite site) throws Exception;
    }

    static final Plugin DYNAMIC = new Plugin("strategy-dynamic", "io.ampgate.strategy.dynamic",
            "meterTimeoutSeconds = 3\n", "io.ampgate.strategy.dynamic.DynamicLimitStrategy");

    /**
     * Starts the gateway on {@code site} with dynamic limits and brings the cars to charging; the
     * grid meter polled every {@code poll}, the site's model refreshed for at most {@code runFor}.
     */
    static MeteredSite start(Site site, ModbusSlaveSimulator slave, Duration poll, Duration runFor) throws Exception {
        return start(site, slave, poll, runFor, "", List.of(DYNAMIC), s -> {
        });
    }

    /**
     * Starts the gateway on {@code site} with the energy manager's {@code emsSettings} (lines of its
     * cfg file, besides the 3 s meter timeout) and the strategy {@code plugins}, runs
     * {@code beforeCars} once the site zone and its grid meter are there, then brings the cars to
     * charging.
     */
    static MeteredSite start(Site site, ModbusSlaveSimulator slave, Duration poll, Duration runFor, String emsSettings,
            List<Plugin> plugins, Step beforeCars) throws Exception {
        MeteredSite s = new MeteredSite(site, slave);
        try {
            s.start(poll, runFor, emsSettings, plugins, beforeCars);
            return s;
        } catch (Throwable t) {
            s.close();
            throw t;
        }
    }

    private void start(Duration poll, Duration runFor, String emsSettings, List<Plugin> plugins, Step beforeCars)
            throws Exception {
        Files.writeString(site.base.resolve("conf/io.ampgate.ems.cfg"), "meterTimeoutSeconds = 3\n" + emsSettings);
        for (Plugin plugin : plugins) {
            if (plugin.settings() != null) {
                Files.writeString(site.base.resolve("conf/" + plugin.pid() + ".cfg"), plugin.settings());
            }
        }
        assertThat(site.ampgate("start").exit()).isZero();
        Await.until("the configured OCPP server", Duration.ofSeconds(60),
                () -> site.log().contains("listening on 127.0.0.1: ws " + site.ocppPort));
        assertThat(site.ampgate("plugin", "enable", "meter-eastron").exit()).isZero();
        for (Plugin plugin : plugins) {
            assertThat(site.ampgate("plugin", "enable", plugin.name()).exit()).isZero();
            Await.until(plugin.name() + " running", Duration.ofSeconds(30),
                    () -> site.exec("scr:list").out().contains(plugin.component()));
        }
        Files.writeString(site.base.resolve("conf/io.ampgate.meter.eastron-grid.cfg"), """
                ampgate.meter.id = grid
                name = Grid connection
                ampgate.meter.role = SITE
                address = %s
                model = SDM630
                pollInterval = %d
                """.formatted(slave.address(1), poll.toMillis()));
        awaitMeterOnline("grid", Duration.ofSeconds(30));
        // the gateway records the meter in the site's database once its plugin runs it: then a zone may name it
        Await.until("the site zone with the grid meter", Duration.ofSeconds(10), () -> site.exec("zone:add site - "
                + LIMIT + " name=Main fallback=" + FALLBACK + " meter=grid").exit() == 0);
        beforeCars.run(this);
        cars.add(ChargePoints.join(site, "CP-D1", "site", "32"));
        cars.add(ChargePoints.join(site, "CP-D2", "site", "32"));
        cars.add(ChargePoints.join(site, "CP-D3", "site", "32"));
        meter.car(cars.get(0), 32, false).car(cars.get(1), 32, false).car(cars.get(2), 16, true)
                .refreshEvery(Duration.ofMillis(200), runFor);
        for (ChargePointSimulator cp : cars) {
            cp.statusNotification(1, "Charging", "NoError").get(10, TimeUnit.SECONDS);
        }
    }

    /** Waits until {@code meter list} shows the meter {@code id} ONLINE. */
    void awaitMeterOnline(String id, Duration within) throws Exception {
        Await.until("meter " + id + " online", within, () -> site.exec("meter list").out().lines()
                .anyMatch(l -> l.startsWith(id + " ") && l.contains(" ONLINE ")));
    }

    /** From now on a car paused (sent a profile below 6 A) fails {@link #awaitSettled} at once. */
    void forbidPauses() {
        pauseMarks = cars.stream().map(ChargePointSimulator::textMark).toList();
    }

    private void checkNoCarPaused() throws InterruptedException {
        for (int k = 0; k < pauseMarks.size(); k++) {
            if (ChargePoints.receivedLimitBelow(cars.get(k), pauseMarks.get(k), 6)) {
                throw new AssertionError(cars.get(k).identity() + " was paused (sent a profile below 6 A) although the"
                        + " site has room for 6 A per car; limits now " + limits() + ", total " + Arrays.toString(meter.total()));
            }
        }
    }

    /** Changes the building's load on L1 (L2 and L3 stay at the base load). */
    void loadOnL1(double amps) {
        meter.baseLoad(amps, BASE_LOAD[1], BASE_LOAD[2]);
    }

    /** The limits the stations got last, CP-D1 to CP-D3 (-1 before any). */
    List<Double> limits() {
        return cars.stream().map(ChargePoints::limit).toList();
    }

    /**
     * Waits until every car charges (at 6 A at least), the site is within its limit with little
     * left over on its fullest phase, and it stays so for two seconds (no setpoint moving any more).
     */
    void awaitSettled(String what) throws Exception {
        awaitSettled(what, Duration.ofSeconds(20));
    }

    /** {@link #awaitSettled(String)} within a time of one's own. */
    void awaitSettled(String what, Duration within) throws Exception {
        Await.until(what, within, () -> {
            checkNoCarPaused();
            return holdsFor(Duration.ofSeconds(2), this::settled);
        });
    }

    private boolean settled() {
        double fullest = Arrays.stream(meter.total()).max().orElseThrow();
        return meter.withinBreaker() && fullest > LIMIT - 4 && limits().stream().allMatch(l -> l >= 6);
    }

    /**
     * Waits (60 s at most) until {@code state} holds and the cars' limits have not moved for
     * {@code hold}, which a test makes longer than the time its strategy takes between two steps.
     */
    void awaitSteady(Duration hold, String what, Callable<Boolean> state) throws Exception {
        Await.until(what, Duration.ofSeconds(60), () -> {
            List<Double> before = limits();
            return holdsFor(hold, () -> state.call() && limits().equals(before));
        });
    }

    /** Whether {@code condition} holds now and keeps holding for {@code hold} (looked at every 100 ms). */
    private static boolean holdsFor(Duration hold, Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + hold.toNanos();
        while (condition.call()) {
            if (System.nanoTime() - end > 0) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    @Override
    public void close() {
        meter.close();
        cars.forEach(ChargePointSimulator::abort);
    }
}
