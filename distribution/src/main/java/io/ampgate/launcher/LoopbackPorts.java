package io.ampgate.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** TCP ports on 127.0.0.1 that nothing listens on now, for the demo's simulated devices. */
final class LoopbackPorts {
    private LoopbackPorts() {}

    /** Whether a server could listen on {@code port} of 127.0.0.1 right now. */
    static boolean isFree(int port) {
        if (port < 1 || port > 65535) {
            return false;
        }
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code preferred} if it is free and not in {@code avoid}, else a free port the system picks. */
    static int preferredOrFree(int preferred, Set<Integer> avoid) {
        return !avoid.contains(preferred) && isFree(preferred) ? preferred : free(1, avoid).get(0);
    }

    /**
     * {@code count} distinct free ports, none of them in {@code avoid}: ports a gateway will open
     * later (HTTP, OCPP) are not bound yet, so the system could hand them out again.
     */
    static List<Integer> free(int count, Set<Integer> avoid) {
        Set<Integer> taken = new HashSet<>(avoid);
        List<Integer> ports = new ArrayList<>();
        for (int attempt = 0; ports.size() < count; attempt++) {
            if (attempt > 100 * count) {
                throw new IllegalStateException("found only " + ports.size() + " free ports on 127.0.0.1 of " + count);
            }
            int port = systemPick();
            if (taken.add(port)) {
                ports.add(port);
            }
        }
        return ports;
    }

    private static int systemPick() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a port on 127.0.0.1", e);
        }
    }
}
