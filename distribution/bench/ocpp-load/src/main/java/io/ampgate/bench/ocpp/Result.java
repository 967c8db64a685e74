package io.ampgate.bench.ocpp;

import io.ampgate.bench.ocpp.Recorder.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The outcome of a run as text (Markdown tables, as docs/benchmarks.md has them) and the verdict:
 * it passes when every CALL of the steady state was answered and accepted, its p99 is under the
 * target, and the gateway's resident memory stayed under the target.
 */
record Result(String report, boolean passed) {

    /** Collects the parts of a result as the run produces them. */
    static final class Builder {
        private final Options options;
        private final StringBuilder out = new StringBuilder();
        private final List<String> missed = new ArrayList<>();

        Builder(Options options) {
            this.options = options;
        }

        Builder rampUp(Recorder recorder, int connected, int booted, long nanos) {
            line("Ramp-up: %d of %d stations connected, %d booted (Accepted) in %.1f s, %d at a time",
                    connected, options.stations(), booted, nanos / 1e9, options.batch());
            table(recorder);
            if (booted < options.stations()) {
                missed.add((options.stations() - booted) + " stations not connected and accepted");
            }
            return this;
        }

        Builder steady(Recorder recorder, long nanos, double gatewayCpu, double clientCpu, boolean drained) {
            Recorder.Action all = recorder.all();
            double seconds = nanos / 1e9;
            line("Steady state: %.0f s, %d CALLs, %.1f CALLs/s (and as many answers); gateway CPU %.0f %% "
                    + "of one core, load client %.0f %%", seconds, all.total(), all.total() / seconds,
                    100 * gatewayCpu / seconds, 100 * clientCpu / seconds);
            table(recorder);
            long bad = all.total() - all.count(Outcome.ANSWERED);
            if (bad > 0) {
                missed.add(bad + " CALLs of the steady state not answered, refused or answered with an error");
            }
            int[] sorted = all.sorted();
            if (sorted.length == 0 || percentile(sorted, 99) >= options.p99Target().toNanos() / 1000) {
                missed.add("p99 not under " + options.p99Target().toMillis() + " ms");
            }
            if (!drained) {
                missed.add("CALLs still waiting " + options.callTimeout().toSeconds() + " s after the end");
            }
            slowCalls(recorder);
            if (recorder.dropped() > 0) {
                line("(%d latencies not kept: over %d samples)", recorder.dropped(), Recorder.MAX_SAMPLES);
            }
            return this;
        }

        /** How the CALLs at or over the p99 target spread over the seconds: stalls, or general slowness. */
        private void slowCalls(Recorder recorder) {
            Map<Long, Long> bySecond = recorder.slowBySecond();
            long slow = bySecond.values().stream().mapToLong(Long::longValue).sum();
            String worst = bySecond.entrySet().stream().sorted(Map.Entry.<Long, Long>comparingByValue().reversed())
                    .limit(8).map(e -> e.getValue() + " at " + e.getKey() + " s").collect(Collectors.joining(", "));
            line("CALLs taking %d ms or more: %d, answered within %d distinct seconds; the worst seconds: %s",
                    options.p99Target().toMillis(), slow, bySecond.size(), slow == 0 ? "none" : worst);
            line("");
        }

        Builder memory(LoadRun.MemorySampler gateway, long clientPeakKb, long clientHeapKb) {
            long peak = gateway.stats().peakRssKb();
            line("Gateway: resident memory at most %d MB in %d samples every 2 s, peak (VmHWM) %d MB, "
                    + "at most %d threads", gateway.maxRssKb() / 1024, gateway.samples(), peak / 1024,
                    gateway.maxThreads());
            line("Load client: peak resident memory (VmHWM) %d MB, heap in use at the end %d MB",
                    clientPeakKb / 1024, clientHeapKb / 1024);
            long worst = Math.max(peak, gateway.maxRssKb());
            if (worst <= 0 || worst >= options.rssTargetMb() * 1024) {
                missed.add("gateway resident memory not under " + options.rssTargetMb() + " MB");
            }
            return this;
        }

        Builder fleet(Fleet fleet) {
            Map<String, Long> skipped = fleet.skipped();
            if (!skipped.isEmpty()) {
                line("Turns skipped because the previous one still waited: %s", skipped);
                missed.add("periodic messages skipped");
            }
            if (fleet.failureCount() > 0) {
                line("%d failures, the first ones:", fleet.failureCount());
                fleet.failures().forEach(f -> line("  %s", f));
            }
            if (fleet.overBudget()) {
                missed.add("the run's CALL budget was spent: the stations sent more than planned");
            }
            return this;
        }

        Result build() {
            line(missed.isEmpty() ? "PASSED: every target met" : "FAILED: " + String.join("; ", missed));
            return new Result(out.toString(), missed.isEmpty());
        }

        private void table(Recorder recorder) {
            line("");
            line("| %s | CALLs | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | not accepted | CALLERROR | unanswered |",
                    recorder.phase());
            line("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
            recorder.actions().forEach((action, a) -> row(action, a));
            row("all", recorder.all());
            line("");
        }

        private void row(String name, Recorder.Action a) {
            int[] sorted = a.sorted();
            line("| %s | %,d | %s | %s | %s | %s | %d | %d | %d |", name, a.total(), ms(sorted, 50), ms(sorted, 95),
                    ms(sorted, 99), ms(sorted, 100), a.count(Outcome.REFUSED), a.count(Outcome.CALL_ERROR),
                    a.count(Outcome.UNANSWERED));
        }

        private void line(String format, Object... args) {
            out.append(String.format(Locale.ROOT, format, args)).append('\n');
        }
    }

    /** The nearest-rank percentile of sorted values; 100 gives the largest. */
    static int percentile(int[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String ms(int[] sorted, int p) {
        return sorted.length == 0 ? "-" : String.format(Locale.ROOT, "%.1f", percentile(sorted, p) / 1000.0);
    }
}
