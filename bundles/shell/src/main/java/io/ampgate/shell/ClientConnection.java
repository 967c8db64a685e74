package io.ampgate.shell;

import io.ampgate.shell.protocol.Frames;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ProtocolException;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.osgi.service.log.Logger;

/** One client of the shell socket: its own Gogo session, fed by the frames the client sends. */
final class ClientConnection implements Runnable {

    private final SocketChannel channel;
    private final CommandProcessor processor;
    private final Logger logger;
    private final OutputStream toClient;

    ClientConnection(SocketChannel channel, CommandProcessor processor, Logger logger) {
        this.channel = channel;
        this.processor = processor;
        this.logger = logger;
        this.toClient = Channels.newOutputStream(channel);
    }

    @Override
    public void run() {
        FrameOutputStream out = new FrameOutputStream(this::send, Frames.STDOUT);
        FrameOutputStream err = new FrameOutputStream(this::send, Frames.STDERR);
        try (channel; CommandSession session = processor.createSession(InputStream.nullInputStream(), out, err)) {
            session.put("SCOPE", "ampgate:*");
            InputStream in = new BufferedInputStream(Channels.newInputStream(channel));
            try {
                for (Frames.Frame frame; (frame = Frames.read(in)) != null; ) {
                    switch (frame.type()) {
                        case Frames.EXEC -> { answer(session, frame.payload(), out, err); return; }
                        case Frames.LINE -> {
                            answer(session, frame.payload(), out, err);
                            send(Frames.PROMPT, Frames.DEFAULT_PROMPT);
                        }
                        case Frames.QUIT -> { return; }
                        default -> { refuse("unknown frame type '" + (char) frame.type() + "'"); return; }
                    }
                }
            } catch (ProtocolException e) {
                refuse(e.getMessage());
            }
        } catch (IOException e) {
            logger.debug("Shell client gone: {}", e.toString()); // it hung up, or the server is stopping
        } catch (RuntimeException e) {
            logger.error("Shell client failed", e);
        }
    }

    /** Closes the connection; a reader blocked on it wakes up. */
    void close() {
        try {
            channel.close();
        } catch (IOException e) {
            logger.debug("Closing a shell client: {}", e.toString());
        }
    }

    private void answer(CommandSession session, String line, OutputStream out, OutputStream err) throws IOException {
        PrintStream stdout = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, false, StandardCharsets.UTF_8);
        int status = Frames.STATUS_OK;
        try {
            Object result = session.execute(line);
            if (result != null) {
                stdout.println(session.format(result, Converter.INSPECT));
            }
        } catch (Exception | LinkageError e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            stderr.println(describe(e));
            status = Frames.STATUS_FAILED;
        }
        PrintStream console = session.getConsole();
        if (console != null) {
            console.flush();
        }
        stdout.flush();
        stderr.flush();
        send(Frames.STATUS, Integer.toString(status));
    }

    /** The message for the user; the class too (and a logged stack trace) when the failure looks like a bug. */
    private String describe(Throwable failure) {
        String message = failure.getMessage();
        boolean bug = message == null || message.isBlank() || failure instanceof Error
                || failure instanceof NullPointerException || failure instanceof ClassCastException
                || failure instanceof IndexOutOfBoundsException || failure instanceof ArithmeticException;
        if (!bug) {
            return message;
        }
        logger.warn("Shell command failed unexpectedly", failure);
        return failure.getClass().getName() + (message == null ? "" : ": " + message);
    }

    /** Answers a protocol error and ends the connection. */
    private void refuse(String reason) {
        logger.warn("Shell client refused: {}", reason);
        try {
            send(Frames.STDERR, "ampgate: protocol error: " + reason + System.lineSeparator());
            send(Frames.STATUS, Integer.toString(Frames.STATUS_ERROR));
        } catch (IOException e) {
            logger.debug("Shell client gone: {}", e.toString());
        }
    }

    private void send(byte type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        send(type, bytes, 0, bytes.length);
    }

    private void send(byte type, byte[] payload, int off, int len) throws IOException {
        synchronized (toClient) {
            Frames.write(toClient, type, payload, off, len);
        }
    }
}
