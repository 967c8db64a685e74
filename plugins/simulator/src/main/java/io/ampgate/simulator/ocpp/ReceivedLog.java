package io.ampgate.simulator.ocpp;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * The last few things received, each with a sequence number (1, 2, ...), which tests can wait for
 * with a deadline. When full, the oldest entry goes.
 */
final class ReceivedLog<T> {

    private record Entry<T>(long sequence, T value) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition added = lock.newCondition();
    private final ArrayDeque<Entry<T>> entries = new ArrayDeque<>();
    private final int capacity;
    private long last;

    ReceivedLog(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
    }

    void add(T value) {
        lock.lock();
        try {
            last++;
            if (capacity > 0) {
                if (entries.size() == capacity) {
                    entries.removeFirst();
                }
                entries.addLast(new Entry<>(last, value));
                added.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The sequence number of the latest entry, 0 before the first. */
    long mark() {
        lock.lock();
        try {
            return last;
        } finally {
            lock.unlock();
        }
    }

    /** The entries kept, oldest first. */
    List<T> snapshot() {
        lock.lock();
        try {
            return entries.stream().map(Entry::value).toList();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The oldest kept entry after {@code mark} that matches, waiting for it until the timeout.
     *
     * @throws TimeoutException when none arrived in time; the message lists the last entries
     */
    T await(long mark, Predicate<? super T> matching, Duration timeout, String what)
            throws TimeoutException, InterruptedException {
        long left = timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                for (Entry<T> entry : entries) {
                    if (entry.sequence() > mark && matching.test(entry.value())) {
                        return entry.value();
                    }
                }
                if (left <= 0) {
                    throw new TimeoutException("no " + what + " after #" + mark + " within "
                            + timeout + "; last received: " + tail(5));
                }
                left = added.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    private List<T> tail(int count) {
        return entries.stream().skip(Math.max(0, entries.size() - count)).map(Entry::value).toList();
    }
}
