package io.ampgate.bench.ocpp;

import io.ampgate.simulator.ocpp.ChargePointSimulator;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One load run against a running gateway: connect and boot every station in batches (the ramp-up),
 * then the steady state for the configured time, then let the last CALLs finish and close every
 * connection. Every wait has a deadline; the stations' own loops end with the steady state.
 */
final class LoadRun {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(30);

    private final Options options;
    private final Fleet fleet;
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(2,
            r -> Thread.ofPlatform().daemon().name("load-timer").unstarted(r));
    private final MemorySampler gateway;
    private final List<LoadStation> booted = new ArrayList<>();

    LoadRun(Options options) {
        this.options = options;
        this.fleet = new Fleet(options);
        this.gateway = new MemorySampler(ProcessStats.of(options.gatewayPid()));
    }

    Result run() throws InterruptedException {
        gateway.start();
        HttpClient client = HttpClient.newHttpClient();
        List<LoadStation> stations = new ArrayList<>(options.stations());
        for (int n = 1; n <= options.stations(); n++) {
            stations.add(new LoadStation(ChargePointSimulator.builder(Seeder.stationId(n), options.uri())
                    .httpClient(client).scheduler(timers).logCapacity(0).connectTimeout(CONNECT_TIMEOUT)
                    .callTimeout(options.callTimeout()).build(), fleet, timers));
        }
        Result.Builder result = new Result.Builder(options);
        try {
            long rampStart = System.nanoTime();
            int connected = 0;
            for (int from = 0; from < stations.size(); from += options.batch()) {
                connected += rampUp(stations.subList(from, Math.min(stations.size(), from + options.batch())));
            }
            result.rampUp(fleet.recorder(), connected, booted.size(), System.nanoTime() - rampStart);
            progress("ramp-up done: " + connected + " connected, " + booted.size() + " booted");
            if (!booted.isEmpty()) {
                steadyState(result);
            }
        } finally {
            closeAll(stations);
            gateway.stop();
            timers.shutdownNow();
        }
        Runtime runtime = Runtime.getRuntime();
        return result.memory(gateway, ProcessStats.self().peakRssKb(),
                (runtime.totalMemory() - runtime.freeMemory()) / 1024).fleet(fleet).build();
    }

    private void steadyState(Result.Builder result) throws InterruptedException {
        Recorder steady = fleet.phase("steady state");
        ProcessStats self = ProcessStats.self();
        double gatewayCpu = gateway.stats().cpuSeconds();
        double clientCpu = self.cpuSeconds();
        long start = System.nanoTime();
        booted.forEach(LoadStation::start);
        waitSteadyState(start);
        booted.forEach(LoadStation::stop);
        long nanos = System.nanoTime() - start;
        boolean drained = drain();
        result.steady(steady, nanos, gateway.stats().cpuSeconds() - gatewayCpu, self.cpuSeconds() - clientCpu,
                drained);
    }

    /** Connects a batch, then boots those connected; returns how many connected. */
    private int rampUp(List<LoadStation> batch) throws InterruptedException {
        List<CompletableFuture<?>> connecting = new ArrayList<>();
        for (LoadStation station : batch) {
            connecting.add(station.simulator().connectAsync());
        }
        try {
            CompletableFuture.allOf(connecting.toArray(CompletableFuture[]::new))
                    .get(CONNECT_TIMEOUT.plusSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // counted below, station by station
        }
        List<LoadStation> open = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            CompletableFuture<?> c = connecting.get(i);
            if (c.isDone() && !c.isCompletedExceptionally()) {
                open.add(batch.get(i));
            } else {
                fleet.failed(batch.get(i).id(), "connect", c.isDone() ? c.exceptionNow() : new TimeoutException());
            }
        }
        CountDownLatch boots = new CountDownLatch(open.size());
        List<LoadStation> accepted = new ArrayList<>();
        for (LoadStation station : open) {
            station.boot(ok -> {
                if (ok) {
                    synchronized (accepted) {
                        accepted.add(station);
                    }
                }
                boots.countDown();
            });
        }
        if (!boots.await(options.callTimeout().multipliedBy(3).toMillis(), TimeUnit.MILLISECONDS)) {
            progress("boots of a batch did not all finish in time");
        }
        synchronized (accepted) {
            booted.addAll(accepted);
        }
        return open.size();
    }

    private void waitSteadyState(long start) throws InterruptedException {
        long end = start + options.steady().toNanos();
        for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
            Thread.sleep(Math.min(PROGRESS_EVERY.toMillis(), Math.max(1, (end - now) / 1_000_000)));
            Recorder.Action all = fleet.recorder().all();
            progress(String.format("steady state %d s: %d CALLs, %d not answered, gateway %d MB resident",
                    (System.nanoTime() - start) / 1_000_000_000L, all.total(),
                    all.count(Recorder.Outcome.UNANSWERED), gateway.stats().rssKb() / 1024));
        }
    }

    /** Waits until every station's last CALL has ended (at most the call timeout and a bit). */
    private boolean drain() throws InterruptedException {
        long deadline = System.nanoTime() + options.callTimeout().plusSeconds(5).toNanos();
        for (int polls = 0; polls < 10_000 && System.nanoTime() < deadline; polls++) {
            if (booted.stream().allMatch(LoadStation::idle)) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    private void closeAll(List<LoadStation> stations) {
        List<CompletableFuture<?>> closing = new ArrayList<>();
        for (LoadStation station : stations) {
            if (station.simulator().isOpen()) {
                closing.add(station.simulator().close());
            }
        }
        try {
            CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | InterruptedException e) {
            progress("not every connection closed cleanly: " + e);
        }
    }

    static void progress(String line) {
        System.err.println("ocpp-load: " + line);
    }

    /** Samples the gateway's resident memory and threads every 2 s on a thread of its own. */
    static final class MemorySampler {
        private final ProcessStats stats;
        private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().daemon().name("load-sampler").unstarted(r));
        private final AtomicInteger samples = new AtomicInteger();
        private volatile long maxRssKb = -1;
        private volatile long maxThreads = -1;

        MemorySampler(ProcessStats stats) {
            this.stats = stats;
        }

        void start() {
            thread.scheduleAtFixedRate(() -> {
                maxRssKb = Math.max(maxRssKb, stats.rssKb());
                maxThreads = Math.max(maxThreads, stats.threads());
                samples.incrementAndGet();
            }, 0, 2, TimeUnit.SECONDS);
        }

        void stop() {
            thread.shutdownNow();
        }

        ProcessStats stats() {
            return stats;
        }

        long maxRssKb() {
            return maxRssKb;
        }

        long maxThreads() {
            return maxThreads;
        }

        int samples() {
            return samples.get();
        }
    }
}
