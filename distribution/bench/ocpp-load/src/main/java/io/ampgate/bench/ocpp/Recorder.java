package io.ampgate.bench.ocpp;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * What happened to the CALLs of one phase of the run, per action: the round-trip time of every
 * answered CALL (microseconds, kept exactly, up to {@link #MAX_SAMPLES} in all) and how many were
 * refused (a CALLRESULT that is not Accepted), answered with a CALLERROR or never answered.
 */
final class Recorder {

    /** The most latencies kept; beyond, CALLs are still counted but their times dropped (and said so). */
    static final int MAX_SAMPLES = 20_000_000;

    /** How a CALL ended. */
    enum Outcome { ANSWERED, REFUSED, CALL_ERROR, UNANSWERED }

    /** The counts and latencies of one action. */
    static final class Action {
        private int[] micros = new int[1024];
        private int size;
        private final long[] outcomes = new long[Outcome.values().length];

        long count(Outcome outcome) {
            return outcomes[outcome.ordinal()];
        }

        long total() {
            return Arrays.stream(outcomes).sum();
        }

        /** The latencies in microseconds, sorted. */
        int[] sorted() {
            int[] copy = Arrays.copyOf(micros, size);
            Arrays.sort(copy);
            return copy;
        }
    }

    private final String phase;
    private final long slowNanos;
    private final long start = System.nanoTime();
    private final Map<String, Action> actions = new TreeMap<>();
    private final Map<Long, Long> slowBySecond = new TreeMap<>();
    private int samples;
    private long dropped;

    /** A recorder that also counts, per second of the phase, the CALLs at or over {@code slowNanos}. */
    Recorder(String phase, long slowNanos) {
        this.phase = phase;
        this.slowNanos = slowNanos;
    }

    String phase() {
        return phase;
    }

    /**
     * Records one CALL.
     *
     * @param nanos send to answer; ignored for {@link Outcome#UNANSWERED}
     */
    synchronized void record(String action, long nanos, Outcome outcome) {
        Action a = actions.computeIfAbsent(action, k -> new Action());
        a.outcomes[outcome.ordinal()]++;
        if (outcome == Outcome.UNANSWERED) {
            return;
        }
        if (nanos >= slowNanos) {
            slowBySecond.merge((System.nanoTime() - start) / 1_000_000_000L, 1L, Long::sum);
        }
        if (samples >= MAX_SAMPLES) {
            dropped++;
            return;
        }
        if (a.size == a.micros.length) {
            a.micros = Arrays.copyOf(a.micros, a.size * 2);
        }
        a.micros[a.size++] = (int) Math.min(Integer.MAX_VALUE, nanos / 1000);
        samples++;
    }

    /** The actions seen, by name. */
    synchronized Map<String, Action> actions() {
        return new TreeMap<>(actions);
    }

    /** Every action together. */
    synchronized Action all() {
        Action sum = new Action();
        for (Action a : actions.values()) {
            for (int i = 0; i < a.outcomes.length; i++) {
                sum.outcomes[i] += a.outcomes[i];
            }
            sum.micros = Arrays.copyOf(sum.micros, Math.max(sum.micros.length, sum.size + a.size));
            System.arraycopy(a.micros, 0, sum.micros, sum.size, a.size);
            sum.size += a.size;
        }
        return sum;
    }

    /** The slow CALLs per second of the phase in which they were answered (seconds without any left out). */
    synchronized Map<Long, Long> slowBySecond() {
        return new TreeMap<>(slowBySecond);
    }

    /** Latencies not kept because {@link #MAX_SAMPLES} was reached. */
    synchronized long dropped() {
        return dropped;
    }
}
