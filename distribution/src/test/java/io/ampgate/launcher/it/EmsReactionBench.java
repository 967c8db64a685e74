package io.ampgate.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.simulator.modbus.ModbusSlaveSimulator;
import io.ampgate.simulator.ocpp.ChargePointSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a test ({@code ./test} does not run it; {@code distribution/bench/ems-reaction.sh}
 * does): the energy manager's end-to-end reaction on the running gateway. On {@link MeteredSite}
 * with the grid meter polled every second, each repetition waits for the cars to settle, waits a
 * random 0-1 s (so that the step falls anywhere between two polls and two cycles), raises the load
 * on L1 by 30 A in the simulated meter's registers, and measures until every station has received
 * the SetChargingProfile that lowers it; then the load goes back down and the cars rise again. The
 * time is split at the first poll of the meter's currents after the step. Target: one meter poll +
 * 200 ms. Also reported: how far and how long the site went over its limit (from the step to the
 * correction, and while the cars rose again) and whether a car was paused on the way.
 *
 * <p>{@code -Dbench.repetitions} (30) and {@code -Dbench.minutes} (10) bound the run; the report goes
 * to the console and to {@code target/ems-reaction.txt}, the gateway's log to
 * {@code target/ems-reaction-gateway.log}.
 */
class EmsReactionBench {
    static final Duration POLL = Duration.ofSeconds(1);

    /**
     * One repetition: from the step to the meter's next poll and to the last corrected profile;
     * the overload from the step on (the reaction window), the worst overload while the cars rose
     * again after the step back (none expected), and whether a car was paused on the way.
     */
    record Sample(long toPollNanos, long toProfileNanos, SiteMeterModel.Overload step, SiteMeterModel.Overload rise,
            boolean paused) {
    }

    @Test
    void reactionFromAMeterStepToTheCorrectedProfile(@TempDir Path dir) throws Exception {
        int repetitions = Integer.getInteger("bench.repetitions", 30);
        Duration atMost = Duration.ofMinutes(Integer.getInteger("bench.minutes", 10));
        long end = System.nanoTime() + atMost.toNanos();
        String loadBefore = loadAverage();
        List<Sample> samples = new ArrayList<>();
        String measured;
        try (Site site = new Site(dir); ModbusSlaveSimulator slave = ModbusSlaveSimulator.listen()) {
            measured = energyManagerBuilt(site.home);
            site.run(s -> {
                try (MeteredSite metered = MeteredSite.start(s, slave, POLL, atMost.plusMinutes(5))) {
                    Random random = new Random(7);
                    metered.awaitSettled("the cars settled");
                    for (int i = 0; i < repetitions && System.nanoTime() - end < 0; i++) {
                        Thread.sleep(random.nextInt(1000));
                        samples.add(repetition(metered));
                    }
                    Files.writeString(Path.of("target/ems-reaction-gateway.log"), s.log());
                }
            });
        }
        String report = report(samples, loadBefore, loadAverage()) + measured;
        System.out.println(report);
        Files.writeString(Path.of("target/ems-reaction.txt"), report);
        assertThat(samples).isNotEmpty();
    }

    /** A step of 30 A on L1, then back, until the cars have settled again. */
    private static Sample repetition(MeteredSite s) throws Exception {
        List<Double> before = s.limits();
        List<Long> marks = s.cars.stream().map(ChargePointSimulator::textMark).toList();
        long requests = s.slave.requestCount();
        s.meter.takeOverload();
        s.loadOnL1(MeteredSite.BASE_LOAD[0] + 30);
        long stepped = System.nanoTime();
        long polled = awaitCurrentsPolled(s.slave, requests);
        for (int k = 0; k < s.cars.size(); k++) {
            double was = before.get(k);
            s.cars.get(k).awaitText(marks.get(k), text -> ChargePoints.profileLimit(text) < was - 0.05,
                    Duration.ofSeconds(15));
        }
        long corrected = System.nanoTime();
        Await.until("the site within its limit after the step", Duration.ofSeconds(10), s.meter::withinBreaker);
        SiteMeterModel.Overload step = s.meter.takeOverload();
        s.loadOnL1(MeteredSite.BASE_LOAD[0]);
        // a car paused on the way stays paused for the minimum off time (60 s)
        s.awaitSettled("the cars settled after the step back", Duration.ofSeconds(90));
        SiteMeterModel.Overload rise = s.meter.takeOverload();
        boolean paused = false;
        for (int k = 0; k < s.cars.size(); k++) {
            paused |= ChargePoints.receivedLimitBelow(s.cars.get(k), marks.get(k), 6.0);
        }
        return new Sample(polled - stepped, corrected - stepped, step, rise, paused);
    }

    /** When the meter's currents (the block at register 0) were next read after {@code requests} requests. */
    private static long awaitCurrentsPolled(ModbusSlaveSimulator slave, long requests) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() - deadline < 0) {
            long count = slave.requestCount();
            if (count > requests) {
                List<ModbusSlaveSimulator.Request> log = slave.requests();
                List<ModbusSlaveSimulator.Request> since = log.subList(Math.max(0, log.size() - (int) (count - requests)),
                        log.size());
                if (since.stream().anyMatch(r -> r.address() == 0)) {
                    return System.nanoTime();
                }
            }
            Thread.sleep(1);
        }
        throw new AssertionError("the meter was not polled within 5 s of the step");
    }

    private static String report(List<Sample> samples, String loadBefore, String loadAfter) {
        long target = POLL.plusMillis(200).toNanos();
        long[] toProfile = samples.stream().mapToLong(Sample::toProfileNanos).sorted().toArray();
        long[] toPoll = samples.stream().mapToLong(Sample::toPollNanos).sorted().toArray();
        long[] pollToProfile = samples.stream().mapToLong(x -> x.toProfileNanos() - x.toPollNanos()).sorted().toArray();
        long within = samples.stream().filter(x -> x.toProfileNanos() <= target).count();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "EMS reaction: %d steps of +30 A on L1, meter polled every %d ms, "
                + "load average before %s, after %s%n", samples.size(), POLL.toMillis(), loadBefore, loadAfter));
        out.append(String.format(Locale.ROOT, "%-34s %8s %8s %8s %8s%n", "ms", "min", "median", "p95", "max"));
        out.append(row("step -> corrected profile (all 3)", toProfile));
        out.append(row("  step -> next poll of the meter", toPoll));
        out.append(row("  that poll -> corrected profile", pollToProfile));
        out.append(String.format(Locale.ROOT, "target %d ms (one poll + 200 ms): %d of %d steps within%n",
                target / 1_000_000, within, samples.size()));
        out.append(String.format(Locale.ROOT, "over the limit from the step to the correction: median %.1f A s, worst %.1f A s%n",
                median(samples.stream().mapToDouble(x -> x.step().ampSeconds())),
                samples.stream().mapToDouble(x -> x.step().ampSeconds()).max().orElse(0)));
        out.append(String.format(Locale.ROOT, "over the limit while the cars rose again: %d of %d repetitions, worst %.1f A, %.1f A s%n",
                samples.stream().filter(x -> x.rise().ampSeconds() > 0).count(), samples.size(),
                samples.stream().mapToDouble(x -> x.rise().worstA()).max().orElse(0),
                samples.stream().mapToDouble(x -> x.rise().ampSeconds()).max().orElse(0)));
        out.append(String.format(Locale.ROOT, "repetitions in which a car was paused (a profile below 6 A): %d of %d%n",
                samples.stream().filter(Sample::paused).count(), samples.size()));
        out.append("each repetition (ms to poll / to profile, A over the limit while rising; * a car paused):\n");
        samples.forEach(x -> out.append(String.format(Locale.ROOT, " %d/%d %.1f%s", x.toPollNanos() / 1_000_000,
                x.toProfileNanos() / 1_000_000, x.rise().worstA(), x.paused() ? "*" : "")));
        return out.append('\n').toString();
    }

    private static String row(String what, long[] sorted) {
        return String.format(Locale.ROOT, "%-34s %8.0f %8.0f %8.0f %8.0f%n", what, ms(sorted[0]),
                ms(sorted[(sorted.length - 1) / 2]), ms(sorted[(int) Math.ceil(0.95 * sorted.length) - 1]),
                ms(sorted[sorted.length - 1]));
    }

    private static double median(DoubleStream values) {
        double[] sorted = values.sorted().toArray();
        return sorted.length == 0 ? 0 : sorted[(sorted.length - 1) / 2];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Which energy manager was measured: the distribution is built from the installed artifacts. */
    private static String energyManagerBuilt(Path distribution) throws Exception {
        try (var jars = Files.list(distribution.resolve("bundles"))) {
            Path ems = jars.filter(p -> p.getFileName().toString().startsWith("io.ampgate.ems-")).findFirst().orElseThrow();
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(ems));
            return "measured: " + ems.getFileName() + ", SHA-256 " + HexFormat.of().formatHex(sha, 0, 6) + "\n";
        }
    }

    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }
}
