package io.ampgate.mqtt.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on 127.0.0.1 in front of the broker whose connections a test can cut, as a broken
 * network or a crashed gateway would: the broker sees its client go without a goodbye.
 */
public final class TcpRelay implements AutoCloseable {
    private final ServerSocket server;
    private final int target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    public TcpRelay(int targetPort) throws IOException {
        this.target = targetPort;
        this.server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "tcp-relay");
        accept.setDaemon(true);
        accept.start();
    }

    public String url() {
        return "tcp://127.0.0.1:" + server.getLocalPort();
    }

    /** Closes every relayed connection; new ones are still relayed. */
    public void cut() {
        open.forEach(TcpRelay::quietly);
        open.clear();
    }

    @Override
    public void close() {
        quietly(server);
        cut();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket inside = server.accept();
                Socket outside = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(inside);
                open.add(outside);
                pump(inside, outside);
                pump(outside, inside);
            } catch (IOException e) {
                // closed, or the broker is down: the client sees its connection fail
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // cut
            } finally {
                quietly(from);
                quietly(to);
            }
        }, "tcp-relay-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void quietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing
        }
    }
}
