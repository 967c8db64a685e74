package io.ampgate.modbus.internal;

import io.ampgate.modbus.Block;
import io.ampgate.modbus.FunctionCode;
import io.ampgate.modbus.ModbusException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that talks to one gateway (a TCP endpoint or a serial line): every poll, test read
 * and write for any unit id behind it runs here, one after the other, so requests never
 * interleave. Gateways have a worker each and never wait for one another.
 */
final class GatewayWorker {
    private final String key;
    private final Link link;
    private final ScheduledThreadPoolExecutor executor;
    /** Devices and one-shot reads using it; guarded by the transport. */
    int users;

    GatewayWorker(String key, Link link) {
        this.key = key;
        this.link = link;
        this.executor = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().daemon().name("modbus " + key).factory());
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    String key() {
        return key;
    }

    /** Runs a task on the worker; the future fails with what it throws. */
    <T> CompletableFuture<T> submit(Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    result.complete(task.call());
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new ModbusException(ModbusException.Kind.UNREACHABLE,
                    "the Modbus transport is stopping", e));
        }
        return result;
    }

    /** Runs a task on the worker after a delay; null once the worker stopped. */
    ScheduledFuture<?> schedule(Runnable task, long delayNanos) {
        try {
            return executor.schedule(task, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            return null;
        }
    }

    /**
     * Reads one block, repeating a failed request up to {@code retries} times. An exception
     * response is not repeated (the device answered), nor a gateway that cannot be reached.
     * Worker thread only.
     */
    int[] read(int unit, Block block, Duration timeout, int retries) throws ModbusException {
        return attempt(retries, () -> link.read(unit, block.function(), block.start(), block.count(), millis(timeout)));
    }

    /** Reads a run of registers or bits with retries. Worker thread only. */
    int[] read(int unit, FunctionCode function, int start, int count, Duration timeout, int retries)
            throws ModbusException {
        return attempt(retries, () -> link.read(unit, function, start, count, millis(timeout)));
    }

    /** Writes with retries. Worker thread only. */
    void write(int unit, FunctionCode function, int address, int[] words, Duration timeout, int retries)
            throws ModbusException {
        attempt(retries, () -> {
            link.write(unit, function, address, words, millis(timeout));
            return null;
        });
    }

    private interface Request<T> {
        T run() throws ModbusException;
    }

    private static <T> T attempt(int retries, Request<T> request) throws ModbusException {
        ModbusException last = null;
        for (int attempt = 0; attempt <= retries; attempt++) {
            try {
                return request.run();
            } catch (ModbusException e) {
                last = e;
                if (e.kind() == ModbusException.Kind.EXCEPTION_RESPONSE
                        || e.getMessage().startsWith(J2modLink.CANNOT_CONNECT)) {
                    throw e;
                }
            }
        }
        throw last;
    }

    private static int millis(Duration timeout) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    }

    /** Stops the thread and closes the connection, ending a request in progress. */
    void stop() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(50, TimeUnit.MILLISECONDS)) {
                link.abort(); // a request waiting for its answer ends now
                executor.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (executor.isTerminated()) {
            link.close();
        }
    }
}
