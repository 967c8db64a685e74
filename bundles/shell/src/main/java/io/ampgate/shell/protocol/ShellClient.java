package io.ampgate.shell.protocol;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The client side of the shell socket, used by {@code bin/ampgate exec} and {@code bin/ampgate shell}. */
public final class ShellClient {

    /** Exit code when no gateway listens on the socket. */
    public static final int NOT_RUNNING = 3;

    private ShellClient() {}

    /** Whether a gateway accepts connections on {@code socket}. */
    public static boolean isListening(Path socket) {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            return channel.isConnected();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Runs one command; returns its exit code ({@link Frames#STATUS_OK}, ...) or {@link #NOT_RUNNING}. */
    public static int exec(Path socket, String command, PrintStream out, PrintStream err) throws IOException {
        SocketChannel channel = connect(socket, err);
        if (channel == null) {
            return NOT_RUNNING;
        }
        try (channel) {
            InputStream in = new BufferedInputStream(Channels.newInputStream(channel));
            Frames.write(Channels.newOutputStream(channel), Frames.EXEC, command);
            return relay(in, out, err);
        }
    }

    /** Reads lines from {@code in} and runs each; {@code exit}, {@code quit} or the end of input stop. */
    public static int interactive(Path socket, InputStream in, PrintStream out, PrintStream err) throws IOException {
        SocketChannel channel = connect(socket, err);
        if (channel == null) {
            return NOT_RUNNING;
        }
        try (channel) {
            InputStream fromServer = new BufferedInputStream(Channels.newInputStream(channel));
            OutputStream toServer = Channels.newOutputStream(channel);
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String prompt = Frames.DEFAULT_PROMPT;
            int status = Frames.STATUS_OK;
            while (true) {
                out.print(prompt);
                out.flush();
                String line = lines.readLine();
                if (line == null || line.strip().equals("exit") || line.strip().equals("quit")) {
                    if (line == null) {
                        out.println();
                    }
                    Frames.write(toServer, Frames.QUIT, "");
                    return status;
                }
                if (line.isBlank()) {
                    continue;
                }
                Frames.write(toServer, Frames.LINE, line);
                status = relay(fromServer, out, err);
                Frames.Frame next = status == Frames.STATUS_ERROR ? null : Frames.read(fromServer);
                if (next == null || next.type() != Frames.PROMPT) {
                    return status == Frames.STATUS_OK ? Frames.STATUS_ERROR : status;
                }
                prompt = next.payload();
            }
        }
    }

    /** Copies output frames to {@code out}/{@code err} until the status frame. */
    private static int relay(InputStream in, PrintStream out, PrintStream err) throws IOException {
        for (Frames.Frame frame; (frame = Frames.read(in)) != null; ) {
            switch (frame.type()) {
                case Frames.STDOUT -> { out.print(frame.payload()); out.flush(); }
                case Frames.STDERR -> { err.print(frame.payload()); err.flush(); }
                case Frames.STATUS -> { return parseStatus(frame.payload(), err); }
                default -> { } // unknown types are ignored for forward compatibility
            }
        }
        err.println("ampgate: the gateway closed the connection before the command finished");
        return Frames.STATUS_ERROR;
    }

    private static int parseStatus(String payload, PrintStream err) {
        try {
            return Integer.parseInt(payload.strip());
        } catch (NumberFormatException e) {
            err.println("ampgate: malformed status from the gateway: " + payload);
            return Frames.STATUS_ERROR;
        }
    }

    /** Connects, or prints why the gateway is not running and returns {@code null}. */
    private static SocketChannel connect(Path socket, PrintStream err) throws IOException {
        if (Files.exists(socket)) {
            try {
                return SocketChannel.open(UnixDomainSocketAddress.of(socket));
            } catch (ConnectException e) {
                // a stale socket file: nothing listens on it
            }
        }
        err.println("ampgate: the gateway is not running (no shell socket at " + socket + ")");
        return null;
    }
}
