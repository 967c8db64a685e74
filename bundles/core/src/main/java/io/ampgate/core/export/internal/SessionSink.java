package io.ampgate.core.export.internal;

import java.io.IOException;

/** A file format: told the rows one by one, newest first, then the totals. */
interface SessionSink {

    void row(ExportRow row) throws IOException;

    /** Writes the totals and whatever ends the file; flushes, never closes the stream. */
    void finish(Totals totals) throws IOException;
}
