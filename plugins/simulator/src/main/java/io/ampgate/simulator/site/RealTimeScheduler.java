package io.ampgate.simulator.site;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The site in real time, on the system clock: one daemon thread, stopped by {@link #close()}. A
 * task that throws is logged and keeps its schedule.
 */
public final class RealTimeScheduler implements SiteScheduler, AutoCloseable {

    private static final Logger LOG = System.getLogger(RealTimeScheduler.class.getName());

    private final Clock clock;
    private final ScheduledExecutorService executor;

    public RealTimeScheduler() {
        this(Clock.systemUTC());
    }

    public RealTimeScheduler(Clock clock) {
        this.clock = clock;
        this.executor = Executors.newSingleThreadScheduledExecutor(
                task -> Thread.ofPlatform().daemon().name("simulated-site").unstarted(task));
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Task after(Duration delay, Runnable task) {
        var future = executor.schedule(guarded(task), delay.toNanos(), TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public Task every(Duration period, Runnable task) {
        var future = executor.scheduleAtFixedRate(guarded(task), period.toNanos(), period.toNanos(),
                TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                // the executor would drop a periodic task that throws, silently
                LOG.log(Level.WARNING, "simulated site: a task failed", e);
            }
        };
    }
}
