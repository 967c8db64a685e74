package io.ampgate.bench.ocpp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the stations of a run share: the options, the random spreads, the recorder of the current
 * phase, the budget of CALLs that bounds the whole run, and the count of skipped turns and of
 * failures (with the first few of them in words).
 */
final class Fleet {

    private static final int FAILURES_KEPT = 10;

    private final Options options;
    private final Random random;
    private final AtomicLong budget;
    private final Map<String, Long> skipped = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private long failureCount;
    private volatile boolean overBudget;
    private volatile Recorder recorder;

    Fleet(Options options) {
        this.options = options;
        this.random = new Random(options.seed());
        this.budget = new AtomicLong(options.stations() * callsPerStation());
        this.recorder = new Recorder("ramp-up", options.p99Target().toNanos());
    }

    /** An upper bound on one station's CALLs over the whole run, with room to spare. */
    private long callsPerStation() {
        Duration cycle = options.sessionMin().plus(options.pauseMin());
        long sessions = options.steady().toSeconds() / Math.max(1, cycle.toSeconds()) + 2;
        return turnsWithin(options.heartbeat()) + turnsWithin(options.meterValues()) + 5 * sessions + 10;
    }

    Options options() {
        return options;
    }

    /** How many turns a message repeated every {@code period} has in the steady state, at most. */
    long turnsWithin(Duration period) {
        return options.steady().toNanos() / Math.max(1, period.toNanos()) + 1;
    }

    /** A duration drawn evenly between {@code min} and {@code max}. */
    synchronized Duration between(Duration min, Duration max) {
        long span = max.minus(min).toMillis();
        return min.plusMillis(span <= 0 ? 0 : (long) (random.nextDouble() * span));
    }

    /** A badge number drawn evenly from 1 to the number of badges. */
    synchronized int randomBadge() {
        return 1 + random.nextInt(options.badges());
    }

    Recorder recorder() {
        return recorder;
    }

    /** From now on, CALLs are recorded in a new phase. */
    Recorder phase(String name) {
        recorder = new Recorder(name, options.p99Target().toNanos());
        return recorder;
    }

    /** Takes one CALL from the budget; {@code false} (and the run fails) when it is spent. */
    boolean spend() {
        if (budget.decrementAndGet() >= 0) {
            return true;
        }
        overBudget = true;
        return false;
    }

    boolean overBudget() {
        return overBudget;
    }

    synchronized void skipped(String action) {
        skipped.merge(action, 1L, Long::sum);
    }

    synchronized Map<String, Long> skipped() {
        return new TreeMap<>(skipped);
    }

    synchronized void failed(String station, String action, Throwable failure) {
        failureCount++;
        if (failures.size() < FAILURES_KEPT) {
            failures.add(station + " " + action + ": " + failure);
        }
    }

    synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    synchronized long failureCount() {
        return failureCount;
    }
}
