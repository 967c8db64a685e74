package io.ampgate.ems.scenario;

import static io.ampgate.ems.scenario.SimSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.unit.PhaseRotation;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.ems.scenario.SimSite.Car;
import io.ampgate.strategy.dynamic.DynamicLimitStrategy;
import io.ampgate.strategy.pv.PvStrategy;
import io.ampgate.strategy.staticlimit.StaticLimitStrategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A simulated day, 86,400 cycles of 1 s: a 63 A site with a meter and a 40 A carport below it, a
 * building whose load follows a daily profile with minute-to-minute noise and kettle spikes on L1,
 * 9 kWp of PV with clouds, ten cars (single- and three-phase, rotated stations) arriving and
 * leaving; strategies static, dynamic and PV (surplus only, on CP5). Reports the overload integral
 * and the energy delivered (docs/benchmarks.md, "Energy management: overload integral over a
 * simulated day"); the overload outside the reaction window must be 0.
 */
class SimulatedDayTest {
    private static final long DAY = 86_400;

    private static long h(double hours) {
        return Math.round(hours * 3600);
    }

    @Test
    void aSimulatedDay() throws IOException {
        Random random = new Random(42);
        double[][] noise = new double[1440][3];
        for (double[] minute : noise) {
            for (int p = 0; p < 3; p++) {
                minute[p] = random.nextDouble() * 4;
            }
        }
        boolean[] cloudy = new boolean[1440];
        for (int m = 0; m < 1440; ) {
            int run = 1 + random.nextInt(20);
            boolean c = random.nextDouble() < 0.35;
            for (int i = 0; i < run && m < 1440; i++, m++) {
                cloudy[m] = c;
            }
        }
        SimSite site = new SimSite().zone("site", null, 63, true, 16).zone("carport", "site", 40, false, 16)
                .base("site", s -> {
                    double hour = s / 3600.0;
                    PhaseValues profile = hour < 7 ? PhaseValues.of(6, 5, 7)
                            : hour < 9 ? PhaseValues.of(25, 20, 22)
                            : hour < 17 ? PhaseValues.of(6, 7, 5)
                            : hour < 21 ? PhaseValues.of(38, 30, 34)
                            : PhaseValues.of(10, 8, 9);
                    double[] n = noise[(int) (s / 60)];
                    boolean kettle = hour >= 6 && hour < 23 && (s / 60) % 37 < 4;
                    return profile.plus(PhaseValues.of(n[0] + (kettle ? 12 : 0), n[1], n[2]));
                })
                .station("CP1", "carport", PhaseRotation.L1_L2_L3).station("CP2", "carport", PhaseRotation.L2_L3_L1)
                .station("CP3", "carport", PhaseRotation.L3_L1_L2).station("CP4", "carport", PhaseRotation.L1_L2_L3)
                .station("CP5", "site", PhaseRotation.L2_L3_L1).station("CP6", "site", PhaseRotation.L3_L1_L2)
                .car("CP1", new Car("car1", 3, 16, 10_000, h(7.5), h(17), false))
                .car("CP2", new Car("car2", 1, 32, 7_000, h(8), h(12), false))
                .car("CP3", new Car("car3", 3, 32, 15_000, h(8.25), h(18), false))
                .car("CP4", new Car("car4", 3, 32, 12_000, h(9), h(16), false))
                .car("CP5", new Car("car5", 1, 16, 10_000, h(9.5), h(19.5), false))
                .car("CP6", new Car("car6", 3, 32, 22_000, h(7), h(15), true))
                .car("CP2", new Car("car7", 3, 32, 12_000, h(15.5), h(22), false))
                .car("CP4", new Car("car8", 3, 32, 35_000, h(17.5), DAY, false))
                .car("CP6", new Car("car9", 1, 32, 15_000, h(18), DAY, true))
                .car("CP1", new Car("car10", 3, 16, 10_000, h(19), DAY, false))
                .strategy(new StaticLimitStrategy(config(StaticLimitStrategy.Config.class, Map.of())))
                .strategy(new DynamicLimitStrategy(config(DynamicLimitStrategy.Config.class, Map.of())))
                .strategy(new PvStrategy(config(PvStrategy.Config.class, Map.of("includedStations",
                        new String[] {"CP5"}))));
        site.pvWatts = s -> {
            double hour = s / 3600.0;
            double sun = hour > 6 && hour < 20 ? 9000 * Math.sin(Math.PI * (hour - 6) / 14) : 0;
            return sun * (cloudy[(int) (s / 60)] ? 0.2 : 1);
        };

        long started = System.nanoTime();
        site.run(DAY);
        double seconds = (System.nanoTime() - started) / 1e9;

        String perCar = site.cars.stream().map(c -> String.format(Locale.ROOT, "%s %.1f/%.1f", c.name,
                c.gotWh / 1000, c.wantWh / 1000)).collect(Collectors.joining(", "));
        String report = String.format(Locale.ROOT, "simulated day: %d cycles in %.1f s; overload integral %.1f A s"
                + " (outside the reaction window %.1f A s, %d s); energy delivered %.1f kWh (%s kWh delivered/wanted)",
                DAY, seconds, site.overloadAs, site.overloadOutsideWindowAs, site.overloadSecondsOutsideWindow.size(),
                site.energyWh() / 1000, perCar);
        System.out.println(report);
        Path out = Path.of("target", "simulated-day.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report + System.lineSeparator());

        assertThat(site.overloadSecondsOutsideWindow).as("seconds overloaded outside the reaction window").isEmpty();
        assertThat(site.overloadOutsideWindowAs).isZero();
        assertThat(site.car("car2").gotWh).as("car2 full before it leaves").isGreaterThanOrEqualTo(7_000);
        assertThat(site.car("car5").gotWh).as("car5 charged on PV").isPositive();
        assertThat(site.energyWh()).isGreaterThan(100_000);
    }
}
