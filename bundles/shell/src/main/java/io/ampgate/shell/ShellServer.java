package io.ampgate.shell;

import io.ampgate.shell.protocol.ShellClient;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.felix.service.command.CommandProcessor;
import org.osgi.service.log.Logger;

/** Listens on a Unix domain socket and gives each client its own Gogo session. Plain Java: start, then stop. */
final class ShellServer {

    static final Duration STOP_WAIT = Duration.ofSeconds(2);

    private final Path socket;
    private final CommandProcessor processor;
    private final Logger logger;
    private final Map<ClientConnection, Thread> clients = new ConcurrentHashMap<>();
    private final AtomicInteger clientCount = new AtomicInteger();
    private ServerSocketChannel server;
    private Thread acceptor;

    ShellServer(Path socket, CommandProcessor processor, Logger logger) {
        this.socket = socket.toAbsolutePath();
        this.processor = processor;
        this.logger = logger;
    }

    /** Binds the socket (owner-only, 0600, in a 0700 folder if it creates one) and starts accepting. */
    synchronized void start() throws IOException {
        Path parent = socket.getParent();
        if (!Files.isDirectory(parent)) {
            Files.createDirectories(parent, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwx------"));
        }
        removeStaleSocket();
        // Bind in a private folder and set the mode before the socket appears under its name,
        // so that no other user can connect in between.
        Path staging = Files.createTempDirectory(parent, ".shell",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path bound = staging.resolve("s");
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.bind(UnixDomainSocketAddress.of(bound));
            Files.setPosixFilePermissions(bound, PosixFilePermissions.fromString("rw-------"));
            Files.move(bound, socket, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        } finally {
            Files.deleteIfExists(bound);
            Files.deleteIfExists(staging);
        }
        server = channel;
        acceptor = Thread.ofVirtual().name("ampgate-shell-accept").start(() -> accept(channel));
        logger.info("Shell listening on {}", socket);
    }

    /** Stops accepting, removes the socket file, closes every client and waits for their threads (bounded). */
    synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            logger.warn("Closing the shell socket {}: {}", socket, e.toString());
        }
        server = null;
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        join(acceptor, deadline); // from here on no client is added
        clients.forEach((client, thread) -> {
            client.close();
            thread.interrupt();
        });
        clients.values().forEach(thread -> join(thread, deadline));
        logger.info("Shell stopped on {}", socket);
    }

    private void accept(ServerSocketChannel channel) {
        while (channel.isOpen()) {
            try {
                SocketChannel connection = channel.accept();
                ClientConnection client = new ClientConnection(connection, processor, logger);
                Thread thread = Thread.ofVirtual().name("ampgate-shell-client-" + clientCount.incrementAndGet())
                        .unstarted(() -> {
                            try {
                                client.run();
                            } finally {
                                clients.remove(client);
                            }
                        });
                clients.put(client, thread);
                thread.start();
            } catch (ClosedChannelException e) {
                return; // stopped
            } catch (IOException e) {
                logger.warn("Accepting a shell client on {}: {}", socket, e.toString());
            }
        }
    }

    private void removeStaleSocket() throws IOException {
        if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.readAttributes(socket, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()) {
            throw new IOException(socket + " exists and is not a socket; not replacing it");
        }
        if (ShellClient.isListening(socket)) {
            throw new IOException("another process already listens on " + socket);
        }
        logger.info("Removing the stale shell socket {}", socket);
        Files.delete(socket);
    }

    private void join(Thread thread, long deadline) {
        try {
            if (!thread.join(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                logger.warn("Shell thread {} did not end in time", thread.getName());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
