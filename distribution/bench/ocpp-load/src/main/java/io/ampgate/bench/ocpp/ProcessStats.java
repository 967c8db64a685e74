package io.ampgate.bench.ocpp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Memory and CPU time of a process from Linux's {@code /proc/PID/status} and {@code /proc/PID/stat}.
 * A process that is gone reads as -1.
 */
final class ProcessStats {

    /** Clock ticks per second of {@code /proc/PID/stat} (USER_HZ, 100 on every Linux we run on). */
    private static final double TICKS_PER_SECOND = 100;

    private final Path folder;

    private ProcessStats(Path folder) {
        this.folder = folder;
    }

    /** The process {@code pid}. */
    static ProcessStats of(long pid) {
        return new ProcessStats(Path.of("/proc", Long.toString(pid)));
    }

    /** This JVM. */
    static ProcessStats self() {
        return new ProcessStats(Path.of("/proc/self"));
    }

    /** Resident memory now, in kB. */
    long rssKb() {
        return statusKb("VmRSS:");
    }

    /** The most resident memory so far (high-water mark), in kB. */
    long peakRssKb() {
        return statusKb("VmHWM:");
    }

    /** The threads the process has now. */
    long threads() {
        return statusKb("Threads:");
    }

    /** User and system CPU time used so far, in seconds. */
    double cpuSeconds() {
        try {
            String stat = Files.readString(folder.resolve("stat"));
            // the command name in parentheses may hold spaces: count fields after the last ')'
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" +");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private long statusKb(String key) {
        try {
            for (String line : Files.readAllLines(folder.resolve("status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).replace("kB", "").trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
