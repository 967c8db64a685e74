package io.ampgate.ocpp.central;

import io.ampgate.ocpp.link.LinkListener;
import io.ampgate.ocpp.rpc.Frame;
import io.ampgate.store.event.Direction;
import io.ampgate.store.event.MessageType;
import io.ampgate.store.event.OcppFrame;
import io.ampgate.store.event.OcppLogRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps every frame in and out in the store, per station. Frames are queued (never blocking a
 * station's conversation) and written in batches by {@link #flush}; when the database cannot keep
 * up and the queue is full, frames are dropped and counted rather than slowing the stations down.
 * Retention: {@link #purge} deletes frames older than the retention and beyond the per-station count.
 */
final class MessageLog {

    private static final Logger LOG = Logger.getLogger(MessageLog.class.getName());
    static final int BATCH = 500;

    private final OcppLogRepository repository;
    private final Clock clock;
    private final BlockingQueue<OcppFrame> queue;
    private final AtomicLong dropped = new AtomicLong();

    MessageLog(OcppLogRepository repository, Clock clock, int capacity) {
        this.repository = repository;
        this.clock = clock;
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    /** The listener for one station's link. */
    LinkListener listenerFor(String stationId) {
        return (inbound, frame, action, text) -> add(stationId, inbound, frame, action, text);
    }

    void add(String stationId, boolean inbound, Frame frame, String action, String text) {
        OcppFrame entry = new OcppFrame(clock.instant(), stationId, inbound ? Direction.IN : Direction.OUT,
                type(frame), action == null ? null : truncate(action, 64), messageId(frame), text,
                frame instanceof Frame.CallError error ? error.code().name() : null);
        if (!queue.offer(entry)) {
            dropped.incrementAndGet();
        }
    }

    private static MessageType type(Frame frame) {
        return switch (frame) {
            case Frame.Call c -> MessageType.CALL;
            case Frame.CallResult r -> MessageType.CALLRESULT;
            case Frame.CallError e -> MessageType.CALLERROR;
            case null -> MessageType.CALLERROR; // a text that was no frame: kept as an error entry
        };
    }

    private static String messageId(Frame frame) {
        return frame == null ? "-" : frame.messageId();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** Writes what is queued; returns how many frames were written. */
    int flush() {
        int written = 0;
        List<OcppFrame> batch = new ArrayList<>(BATCH);
        while (queue.drainTo(batch, BATCH) > 0) {
            try {
                repository.appendAll(batch);
                written += batch.size();
            } catch (RuntimeException e) {
                dropped.addAndGet(batch.size());
                LOG.log(Level.WARNING, "could not store " + batch.size() + " OCPP frames", e);
            }
            batch.clear();
        }
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            LOG.warning(() -> lost + " OCPP frames were not logged (the message log could not keep up)");
        }
        return written;
    }

    /** Applies the retention. */
    void purge(Duration keepFor, int keepPerStation) {
        try {
            repository.purgeBefore(clock.instant().minus(keepFor));
            repository.keepNewest(keepPerStation);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not purge the OCPP message log", e);
        }
    }
}
