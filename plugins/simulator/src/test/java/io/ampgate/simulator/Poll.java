package io.ampgate.simulator;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition until a deadline, looking every 10 ms; the tests never sleep and hope. */
public final class Poll {

    private Poll() {
    }

    /** Returns once {@code condition} holds; fails with {@code what} when it still does not at the deadline. */
    public static void until(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            Thread.sleep(10);
        }
    }
}
