package io.ampgate.simulator.ocpp;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The repeated messages of one simulator, on a scheduler that many simulators share. A turn is
 * skipped while not connected or while the previous turn's message waits for its answer, so a
 * slow central system never makes messages pile up.
 */
final class Repeater {

    private final ScheduledExecutorService scheduler;
    private final BooleanSupplier connected;
    private final List<ScheduledFuture<?>> tasks = new CopyOnWriteArrayList<>();

    Repeater(ScheduledExecutorService scheduler, BooleanSupplier connected) {
        this.scheduler = scheduler;
        this.connected = connected;
    }

    ScheduledFuture<?> repeat(Duration period, Supplier<? extends CompletionStage<?>> action) {
        AtomicReference<CompletableFuture<?>> last =
                new AtomicReference<>(CompletableFuture.completedFuture(null));
        ScheduledFuture<?> task = scheduler.scheduleAtFixedRate(() -> {
            if (connected.getAsBoolean() && last.get().isDone()) {
                try {
                    last.set(action.get().toCompletableFuture());
                } catch (RuntimeException e) {
                    // a failing turn must not end the task: the scheduler would drop it silently
                    last.set(CompletableFuture.failedFuture(e));
                }
            }
        }, period.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS);
        tasks.add(task);
        tasks.removeIf(ScheduledFuture::isDone);
        return task;
    }

    void cancelAll() {
        tasks.forEach(task -> task.cancel(false));
        tasks.clear();
    }
}
