package io.ampgate.shell.protocol;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProtocolException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The wire format of the local shell socket, shared by the gateway (server) and {@code bin/ampgate} (client).
 *
 * <p>Every message is one frame: {@code [1 byte type][4 byte big-endian payload length][payload, UTF-8]}.
 * A payload holds at most {@link #MAX_PAYLOAD} bytes; a longer frame is refused (the server answers an
 * {@code E} frame and status {@value #STATUS_ERROR}, then closes the connection).
 *
 * <table>
 *   <caption>Frame types</caption>
 *   <tr><th>type</th><th>direction</th><th>payload</th></tr>
 *   <tr><td>{@code X}</td><td>client to server</td><td>one command line to execute; the server answers it, then
 *       closes the connection</td></tr>
 *   <tr><td>{@code L}</td><td>client to server</td><td>one line in interactive mode; the server answers it, then
 *       sends a prompt and waits for the next line</td></tr>
 *   <tr><td>{@code Q}</td><td>client to server</td><td>empty; ends the session</td></tr>
 *   <tr><td>{@code O}</td><td>server to client</td><td>standard output text</td></tr>
 *   <tr><td>{@code E}</td><td>server to client</td><td>standard error text</td></tr>
 *   <tr><td>{@code S}</td><td>server to client</td><td>exit status in decimal; ends the answer to one command:
 *       {@value #STATUS_OK} success, {@value #STATUS_FAILED} the command failed, {@value #STATUS_ERROR}
 *       protocol error</td></tr>
 *   <tr><td>{@code P}</td><td>server to client</td><td>the prompt to show (interactive mode, after {@code S})</td></tr>
 * </table>
 *
 * <p>The server always writes each frame whole; text is cut only between characters.
 * This package is plain Java (no OSGi) so the launcher can use it from the bundle jar on its class path.
 */
public final class Frames {

    public static final byte EXEC = 'X';
    public static final byte LINE = 'L';
    public static final byte QUIT = 'Q';
    public static final byte STDOUT = 'O';
    public static final byte STDERR = 'E';
    public static final byte STATUS = 'S';
    public static final byte PROMPT = 'P';

    public static final int STATUS_OK = 0;
    public static final int STATUS_FAILED = 1;
    public static final int STATUS_ERROR = 2;

    /** The prompt that a client shows before the server has sent one. */
    public static final String DEFAULT_PROMPT = "ampgate> ";

    /** The largest payload accepted, in bytes (1 MiB). */
    public static final int MAX_PAYLOAD = 1 << 20;

    /** One received frame. */
    public record Frame(byte type, String payload) {
        @Override
        public String toString() {
            return (char) type + "[" + payload + "]";
        }
    }

    private Frames() {}

    public static void write(OutputStream out, byte type, String payload) throws IOException {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        write(out, type, bytes, 0, bytes.length);
    }

    /** Writes one frame with a single write call, then flushes. */
    public static void write(OutputStream out, byte type, byte[] payload, int off, int len) throws IOException {
        if (len > MAX_PAYLOAD) {
            throw new ProtocolException(tooLarge((char) type, len));
        }
        byte[] frame = new byte[5 + len];
        ByteBuffer.wrap(frame).put(type).putInt(len).put(payload, off, len);
        out.write(frame);
        out.flush();
    }

    /**
     * Reads one frame.
     *
     * @return the frame, or {@code null} when the stream ends cleanly between frames
     * @throws EOFException when the stream ends inside a frame
     * @throws ProtocolException when the announced payload is negative or larger than {@link #MAX_PAYLOAD}
     */
    public static Frame read(InputStream in) throws IOException {
        int type = in.read();
        if (type < 0) {
            return null;
        }
        byte[] header = in.readNBytes(4);
        if (header.length < 4) {
            throw new EOFException("truncated frame '" + (char) type + "': the stream ended after "
                    + header.length + " of 4 length bytes");
        }
        int len = ByteBuffer.wrap(header).getInt();
        if (len < 0 || len > MAX_PAYLOAD) {
            throw new ProtocolException(tooLarge((char) type, Integer.toUnsignedLong(len)));
        }
        byte[] payload = in.readNBytes(len);
        if (payload.length < len) {
            throw new EOFException("truncated frame '" + (char) type + "': the stream ended after "
                    + payload.length + " of " + len + " payload bytes");
        }
        return new Frame((byte) type, new String(payload, StandardCharsets.UTF_8));
    }

    private static String tooLarge(char type, long len) {
        return "frame '" + type + "' of " + len + " bytes exceeds the limit of " + MAX_PAYLOAD + " bytes";
    }
}
