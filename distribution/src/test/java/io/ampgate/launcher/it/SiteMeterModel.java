package io.ampgate.launcher.it;

import io.ampgate.simulator.modbus.Area;
import io.ampgate.simulator.modbus.Order;
import io.ampgate.simulator.modbus.SimulatedUnit;
import io.ampgate.simulator.ocpp.ChargePointSimulator;
import io.ampgate.simulator.site.PvInverter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The test's model of a site behind its grid meter, an Eastron SDM630 simulated on a Modbus slave:
 * per phase the building's base load plus what every car draws, less what a PV inverter behind the
 * meter produces (spread evenly on the three phases; the meter then shows export as negative power,
 * as an SDM630 does). A car draws the limit its station
 * last received, at most its own maximum (nothing before its first limit); a single-phase car draws
 * on L1. Each refresh writes the meter's registers and, for every car whose draw changed, sends its
 * station's MeterValues, so that the gateway knows the cars' share of what the meter reads.
 */
final class SiteMeterModel implements AutoCloseable {
    static final double VOLTS = 230.0;

    /** A car charging on connector 1 of a simulated station. */
    record Car(ChargePointSimulator station, double maxA, boolean singlePhase) {
        /** The current it draws on each of L1, L2, L3. */
        double[] draw() {
            double a = Math.max(0, Math.min(ChargePoints.limit(station), maxA));
            return singlePhase ? new double[] {a, 0, 0} : new double[] {a, a, a};
        }
    }

    /** How far the site went over its main breaker's rating: the worst excess on a phase, and the integral over phases. */
    record Overload(double worstA, double ampSeconds) {
    }

    private final SimulatedUnit meter;
    private final List<Car> cars = new ArrayList<>();
    private final List<Double> reported = new ArrayList<>();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "site-meter-model");
        t.setDaemon(true);
        return t;
    });
    private final double breakerA;
    private double[] baseLoad;
    private PvInverter inverter;
    private double productionW;
    private long refreshed = System.nanoTime();
    private Overload overload = new Overload(0, 0);

    /**
     * A model writing to {@code meter} (strict: it answers only the registers of the SDM630's table)
     * of a site whose main breaker is rated {@code breakerA} per phase.
     */
    SiteMeterModel(SimulatedUnit meter, double breakerA, double l1, double l2, double l3) {
        this.meter = meter.strict(true);
        this.breakerA = breakerA;
        this.baseLoad = new double[] {l1, l2, l3};
        meter.setFloat32(Area.INPUT_REGISTERS, 72, 1234.5, Order.ABCD).setFloat32(Area.INPUT_REGISTERS, 74, 0, Order.ABCD);
        refresh();
    }

    synchronized SiteMeterModel car(ChargePointSimulator station, double maxA, boolean singlePhase) {
        cars.add(new Car(station, maxA, singlePhase));
        reported.add(Double.NaN);
        return this;
    }

    /** Changes the building's load and writes it to the meter at once. */
    synchronized void baseLoad(double l1, double l2, double l3) {
        baseLoad = new double[] {l1, l2, l3};
        refresh();
    }

    /** Puts a PV inverter behind the meter; it shows what the site produces from the next refresh on. */
    synchronized SiteMeterModel inverter(PvInverter pv) {
        inverter = pv;
        refresh();
        return this;
    }

    /** Changes the PV production and writes it to the meters at once. */
    synchronized void production(double watts) {
        productionW = watts;
        refresh();
    }

    /** What the meter measures now, A on L1, L2, L3 (negative where the phase exports). */
    synchronized double[] total() {
        double[] total = baseLoad.clone();
        for (int p = 0; p < 3; p++) {
            total[p] -= productionW / 3 / VOLTS;
        }
        for (Car car : cars) {
            double[] draw = car.draw();
            for (int p = 0; p < 3; p++) {
                total[p] += draw[p];
            }
        }
        return total;
    }

    /** What the meter measures now in all, W (negative while the site exports). */
    double power() {
        return VOLTS * Arrays.stream(total()).sum();
    }

    /** Whether the meter measures at most the breaker's rating on every phase. */
    boolean withinBreaker() {
        return Arrays.stream(total()).allMatch(a -> a <= breakerA + 0.01);
    }

    /** The overload since the last call (as the refreshes saw it), and a fresh count from now. */
    synchronized Overload takeOverload() {
        Overload taken = overload;
        overload = new Overload(0, 0);
        return taken;
    }

    /** Refreshes every {@code period} from now on, for at most {@code atMost}. */
    SiteMeterModel refreshEvery(Duration period, Duration atMost) {
        refresher.scheduleAtFixedRate(this::refresh, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        refresher.schedule(refresher::shutdown, atMost.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /**
     * Writes voltages, currents and powers in one write (the meter answers a poll with all or none
     * of them), the total power, and the cars' MeterValues where their draw changed.
     */
    synchronized void refresh() {
        double[] total = total();
        long now = System.nanoTime();
        double seconds = (now - refreshed) / 1e9;
        refreshed = now;
        for (double a : total) {
            double excess = a - breakerA;
            if (excess > 0.01) {
                overload = new Overload(Math.max(overload.worstA(), excess), overload.ampSeconds() + excess * seconds);
            }
        }
        int[] words = new int[18]; // 0-5 voltage, 6-11 current, 12-17 power: float32 ABCD, two words each
        for (int p = 0; p < 3; p++) {
            float32(words, 2 * p, VOLTS);
            float32(words, 6 + 2 * p, total[p]);
            float32(words, 12 + 2 * p, VOLTS * total[p]);
        }
        meter.setRegisters(Area.INPUT_REGISTERS, 0, words);
        meter.setFloat32(Area.INPUT_REGISTERS, 52, VOLTS * (total[0] + total[1] + total[2]), Order.ABCD);
        if (inverter != null) {
            inverter.update(Duration.ofNanos((long) (seconds * 1e9)), productionW, new double[] {VOLTS, VOLTS, VOLTS});
        }
        for (int i = 0; i < cars.size(); i++) {
            Car car = cars.get(i);
            double[] draw = car.draw();
            if (draw[0] != reported.get(i)) {
                reported.set(i, draw[0]);
                car.station().meterValues(1, null, 0, VOLTS * (draw[0] + draw[1] + draw[2]), draw);
            }
        }
    }

    private static void float32(int[] words, int at, double value) {
        int bits = Float.floatToIntBits((float) value);
        words[at] = bits >>> 16;
        words[at + 1] = bits & 0xFFFF;
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
