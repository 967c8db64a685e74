package io.ampgate.ocpp.link;

import io.ampgate.ocpp.rpc.Frame;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The last CALLs a station sent, with their answers, to recognise a CALL sent again: a station that
 * lost our answer (a reconnect, a flaky link) may repeat the same message id. Used by one link's
 * inbound queue only, so not thread-safe.
 */
final class RecentCalls {

    private record Answered(Frame.Call call, String answer) {
    }

    private final Map<String, Answered> byId;

    RecentCalls(int capacity) {
        this.byId = new LinkedHashMap<>(capacity * 2, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Answered> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The answer already sent for this very CALL (same id, action and payload), if any. */
    Optional<String> check(Frame.Call call) {
        Answered seen = byId.get(call.messageId());
        return seen != null && seen.call.equals(call) ? Optional.of(seen.answer) : Optional.empty();
    }

    /** Whether the id was used for another CALL recently. */
    boolean conflicts(Frame.Call call) {
        Answered seen = byId.get(call.messageId());
        return seen != null && !seen.call.equals(call);
    }

    /** Remembers the answer to a CALL. A conflicting CALL does not replace the one it repeats. */
    void answered(Frame.Call call, String answer) {
        byId.putIfAbsent(call.messageId(), new Answered(call, answer));
    }
}
