package io.ampgate.simulator.site;

import java.time.Clock;
import java.time.Duration;

/**
 * The time of a simulated site: its clock, and tasks run later or periodically on it.
 * {@link RealTimeScheduler} runs them in real time for the demo; {@link VirtualTime} runs them
 * when a test advances its clock, faster than real time and in a deterministic order.
 */
public interface SiteScheduler {

    /** A task scheduled; cancelling stops it from running again. */
    interface Task {
        void cancel();
    }

    /** The clock every timestamp and every curve of the site reads. */
    Clock clock();

    /** Runs {@code task} once, {@code delay} from now. */
    Task after(Duration delay, Runnable task);

    /** Runs {@code task} every {@code period}, the first time one period from now. */
    Task every(Duration period, Runnable task);
}
