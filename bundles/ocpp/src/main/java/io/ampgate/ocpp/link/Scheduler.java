package io.ampgate.ocpp.link;

import java.time.Duration;

/** Runs something later: a scheduled executor in the gateway, a virtual clock in tests. */
@FunctionalInterface
public interface Scheduler {

    /**
     * Runs {@code task} after {@code delay}.
     *
     * @return a handle that cancels it (a no-op once it ran)
     */
    Runnable schedule(Runnable task, Duration delay);
}
