package io.ampgate.ocpp.link;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A scheduler on a virtual clock: tasks run when the test advances time. */
final class ManualScheduler implements Scheduler {

    private record Task(long dueMillis, Runnable run, boolean[] cancelled) {
    }

    private final List<Task> tasks = new ArrayList<>();
    private long nowMillis;

    @Override
    public synchronized Runnable schedule(Runnable task, Duration delay) {
        boolean[] cancelled = {false};
        tasks.add(new Task(nowMillis + delay.toMillis(), task, cancelled));
        return () -> cancelled[0] = true;
    }

    void advance(Duration by) {
        List<Task> due = new ArrayList<>();
        synchronized (this) {
            nowMillis += by.toMillis();
            for (Task t : List.copyOf(tasks)) {
                if (t.dueMillis <= nowMillis) {
                    tasks.remove(t);
                    if (!t.cancelled[0]) {
                        due.add(t);
                    }
                }
            }
        }
        due.forEach(t -> t.run.run());
    }

    synchronized long pending() {
        return tasks.stream().filter(t -> !t.cancelled[0]).count();
    }
}
