package io.ampgate.ocpp.link;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Message ids for the CALLs the gateway sends: unique for the life of the process across every
 * connection, short on the wire, and unlikely to meet an id of an earlier run (random start).
 */
public final class MessageIds {

    private final AtomicLong next;

    /** Ids starting at a random point. */
    public MessageIds() {
        this(new SecureRandom().nextLong() >>> 20);
    }

    /** Ids starting at {@code start} (tests). */
    public MessageIds(long start) {
        this.next = new AtomicLong(start);
    }

    /** The next id. */
    public String next() {
        return Long.toString(next.getAndIncrement() & Long.MAX_VALUE, 36);
    }
}
