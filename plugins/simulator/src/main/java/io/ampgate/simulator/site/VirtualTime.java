package io.ampgate.simulator.site;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.PriorityQueue;

/**
 * A clock that moves only when told, and the tasks due on it: {@link #advance} runs every task
 * due up to the new time, in time order (in the order they were scheduled when due together), on
 * the caller's thread, with the clock set to each task's time while it runs. Tasks may be
 * scheduled from any thread. For tests: an hour of site passes in a fraction of a second.
 */
public final class VirtualTime implements SiteScheduler {

    private final class Entry implements Task, Comparable<Entry> {
        final Runnable task;
        final Duration period;
        final long sequence;
        Instant due;
        volatile boolean cancelled;

        Entry(Runnable task, Instant due, Duration period) {
            this.task = task;
            this.due = due;
            this.period = period;
            this.sequence = ++scheduled;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public int compareTo(Entry other) {
            int byTime = due.compareTo(other.due);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }

    /** This time's clock in a zone: it moves with {@link #advance}, whatever its zone. */
    private final class VirtualClock extends Clock {
        private final ZoneId zone;

        VirtualClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new VirtualClock(other);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private final Clock clock = new VirtualClock(ZoneOffset.UTC);
    private volatile Instant now;
    private long scheduled;

    public VirtualTime(Instant start) {
        this.now = start;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return now;
    }

    @Override
    public synchronized Task after(Duration delay, Runnable task) {
        Entry entry = new Entry(task, now.plus(delay), null);
        queue.add(entry);
        return entry;
    }

    @Override
    public synchronized Task every(Duration period, Runnable task) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("not a period: " + period);
        }
        Entry entry = new Entry(task, now.plus(period), period);
        queue.add(entry);
        return entry;
    }

    /** Moves the clock {@code duration} on, running every task due on the way. */
    public void advance(Duration duration) {
        Instant target = now.plus(duration);
        while (true) {
            Entry next;
            synchronized (this) {
                next = queue.peek();
                if (next == null || next.due.isAfter(target)) {
                    now = target;
                    return;
                }
                queue.poll();
                if (next.due.isAfter(now)) {
                    now = next.due;
                }
            }
            if (!next.cancelled) {
                next.task.run();
                synchronized (this) {
                    if (next.period != null && !next.cancelled) {
                        next.due = next.due.plus(next.period);
                        queue.add(next);
                    }
                }
            }
        }
    }
}
