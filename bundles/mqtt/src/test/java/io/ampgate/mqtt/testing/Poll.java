package io.ampgate.mqtt.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition with a deadline, checking it often: no sleeping and hoping. */
public final class Poll {
    public static final Duration DEADLINE = Duration.ofSeconds(20);

    private Poll() {}

    public static void until(String what, BooleanSupplier condition) {
        until(what, condition, () -> "");
    }

    /** @param detail what to add to the failure message, e.g. the broker's log */
    public static void until(String what, BooleanSupplier condition, Supplier<String> detail) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + DEADLINE.toSeconds() + " s: " + what + "\n" + detail.get());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what, e);
            }
        }
    }
}
