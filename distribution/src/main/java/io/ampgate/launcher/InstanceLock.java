package io.ampgate.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One gateway per data folder: an OS file lock held for the life of the process (released by
 * the kernel even on SIGKILL), plus a pid file for {@code bin/ampgate stop} and {@code status}.
 */
public final class InstanceLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;
    private final Path pidFile;

    private InstanceLock(FileChannel channel, FileLock lock, Path pidFile) {
        this.channel = channel;
        this.lock = lock;
        this.pidFile = pidFile;
    }

    /** Takes the lock, or returns empty when another process holds it. */
    public static Optional<InstanceLock> tryAcquire(Layout layout) throws IOException {
        Files.createDirectories(layout.run());
        FileChannel channel = FileChannel.open(layout.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        Files.writeString(layout.pidFile(), ProcessHandle.current().pid() + "\n", StandardCharsets.US_ASCII);
        return Optional.of(new InstanceLock(channel, lock, layout.pidFile()));
    }

    /** True when some process holds the lock of this data folder right now. */
    public static boolean isHeld(Layout layout) throws IOException {
        if (!Files.exists(layout.lockFile())) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(layout.lockFile(), StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        }
    }

    /** The pid written by the holder, if any. */
    public static Optional<Long> recordedPid(Layout layout) {
        try {
            return Optional.of(Long.parseLong(Files.readString(layout.pidFile()).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(pidFile);
        lock.release();
        channel.close();
    }
}
