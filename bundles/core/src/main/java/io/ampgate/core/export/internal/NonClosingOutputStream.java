package io.ampgate.core.export.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** The caller's stream for a library that closes what it writes to: closing only flushes. */
final class NonClosingOutputStream extends FilterOutputStream {

    NonClosingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
