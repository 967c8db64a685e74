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

    /** A CALL kept as text (a tenth of its parsed tree's memory) with the answer sent. */
    private record Answered(String action, String payload, String answer) {

        boolean repeats(Frame.Call call) {
            return action.equals(call.action()) && payload.equals(call.payload().toString());
        }
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
        return seen != null && seen.repeats(call) ? Optional.of(seen.answer) : Optional.empty();
    }

    /** Whether the id was used for another CALL recently. */
    boolean conflicts(Frame.Call call) {
        Answered seen = byId.get(call.messageId());
        return seen != null && !seen.repeats(call);
    }

    /** Remembers the answer to a CALL. A conflicting CALL does not replace the one it repeats. */
    void answered(Frame.Call call, String answer) {
        byId.putIfAbsent(call.messageId(), new Answered(call.action(), call.payload().toString(), answer));
    }
}
