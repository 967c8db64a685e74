package io.ampgate.launcher.it;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waiting for a condition with a deadline: the tests never sleep and hope. */
final class Await {

    private Await() {
    }

    /**
     * Checks {@code done} every 100 ms until it holds.
     *
     * @return how long it took
     * @throws AssertionError naming {@code what} when it did not hold within {@code within}
     */
    static Duration until(String what, Duration within, Callable<Boolean> done) throws Exception {
        long start = System.nanoTime();
        long deadline = start + within.toNanos();
        while (!done.call()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("waited " + within.toSeconds() + " s for " + what);
            }
            Thread.sleep(100);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
