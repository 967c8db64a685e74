package io.ampgate.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A session's standard output or error: buffers bytes and sends them as frames of one type,
 * cutting long text into chunks only between UTF-8 characters.
 */
final class FrameOutputStream extends OutputStream {

    /** Sends one frame; implementations write it whole. */
    @FunctionalInterface
    interface Sink {
        void send(byte type, byte[] payload, int off, int len) throws IOException;
    }

    static final int CHUNK = 8192;

    private final Sink sink;
    private final byte type;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    FrameOutputStream(Sink sink, byte type) {
        this.sink = sink;
        this.type = type;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        buffer.write(b);
        if (buffer.size() >= CHUNK) {
            emit(false);
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        buffer.write(b, off, len);
        if (buffer.size() >= CHUNK) {
            emit(false);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        emit(true);
    }

    /** Sends full chunks, and with {@code all} the rest too; keeps what is not sent (drops all if sending fails). */
    private void emit(boolean all) throws IOException {
        byte[] bytes = buffer.toByteArray();
        buffer.reset();
        int pos = 0;
        while (bytes.length - pos >= CHUNK || (all && pos < bytes.length)) {
            int end = Math.min(pos + CHUNK, bytes.length);
            while (end < bytes.length && end > pos + 1 && (bytes[end] & 0xC0) == 0x80) {
                end--; // never start the next chunk with a UTF-8 continuation byte
            }
            sink.send(type, bytes, pos, end - pos);
            pos = end;
        }
        buffer.write(bytes, pos, bytes.length - pos);
    }
}
