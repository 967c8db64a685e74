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
import java.util.concurrent.TimeUnit;

/**
 * A running gateway on a 63 A site (fallback 20 A) with dynamic limits: its grid meter, an SDM630
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

    /**
     * Starts the gateway on {@code site} and brings the cars to charging; the grid meter polled
     * every {@code poll}, the site's model refreshed for at most {@code runFor}.
     */
    static MeteredSite start(Site site, ModbusSlaveSimulator slave, Duration poll, Duration runFor) throws Exception {
        MeteredSite s = new MeteredSite(site, slave);
        try {
            s.start(poll, runFor);
            return s;
        } catch (Throwable t) {
            s.close();
            throw t;
        }
    }

    private void start(Duration poll, Duration runFor) throws Exception {
        Files.writeString(site.base.resolve("conf/io.ampgate.ems.cfg"), "meterTimeoutSeconds = 3\n");
        Files.writeString(site.base.resolve("conf/io.ampgate.strategy.dynamic.cfg"), "meterTimeoutSeconds = 3\n");
        assertThat(site.ampgate("start").exit()).isZero();
        Await.until("the configured OCPP server", Duration.ofSeconds(60),
                () -> site.log().contains("listening on 127.0.0.1: ws " + site.ocppPort));
        assertThat(site.ampgate("plugin", "enable", "meter-eastron").exit()).isZero();
        assertThat(site.ampgate("plugin", "enable", "strategy-dynamic").exit()).isZero();
        Await.until("the dynamic strategy", Duration.ofSeconds(30),
                () -> site.exec("scr:list").out().contains("io.ampgate.strategy.dynamic.DynamicLimitStrategy"));
        Files.writeString(site.base.resolve("conf/io.ampgate.meter.eastron-grid.cfg"), """
                ampgate.meter.id = grid
                name = Grid connection
                ampgate.meter.role = SITE
                address = %s
                model = SDM630
                pollInterval = %d
                """.formatted(slave.address(1), poll.toMillis()));
        Await.until("the grid meter online", Duration.ofSeconds(30),
                () -> site.exec("meter list").out().contains("ONLINE"));
        // the gateway records the meter in the site's database once its plugin runs it: then a zone may name it
        Await.until("the site zone with the grid meter", Duration.ofSeconds(10), () -> site.exec("zone:add site - "
                + LIMIT + " name=Main fallback=" + FALLBACK + " meter=grid").exit() == 0);
        cars.add(ChargePoints.join(site, "CP-D1", "site", "32"));
        cars.add(ChargePoints.join(site, "CP-D2", "site", "32"));
        cars.add(ChargePoints.join(site, "CP-D3", "site", "32"));
        meter.car(cars.get(0), 32, false).car(cars.get(1), 32, false).car(cars.get(2), 16, true)
                .refreshEvery(Duration.ofMillis(200), runFor);
        for (ChargePointSimulator cp : cars) {
            cp.statusNotification(1, "Charging", "NoError").get(10, TimeUnit.SECONDS);
        }
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
            long end = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (settled()) {
                if (System.nanoTime() - end > 0) {
                    return true;
                }
                Thread.sleep(100);
            }
            return false;
        });
    }

    private boolean settled() {
        double fullest = Arrays.stream(meter.total()).max().orElseThrow();
        return meter.withinBreaker() && fullest > LIMIT - 4 && limits().stream().allMatch(l -> l >= 6);
    }

    @Override
    public void close() {
        meter.close();
        cars.forEach(ChargePointSimulator::abort);
    }
}
