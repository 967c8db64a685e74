package io.ampgate.ocpp.central;

import io.ampgate.store.event.Severity;
import io.ampgate.store.site.CardList;
import io.ampgate.store.site.CardListRepository;
import io.ampgate.store.site.HeldCardList;
import java.util.Optional;

/**
 * Compares the local authorization list version a station reports (GetLocalListVersion, after each
 * reconnect) with what the store recorded it holds. A station whose list differs (it was reset, or
 * an update got lost) is forgotten as a holder, so that the list is sent to it again in full; an
 * outdated one is reported.
 */
final class LocalListCheck {

    private final CardListRepository cardLists;
    private final Notifier notifier;

    LocalListCheck(CardListRepository cardLists, Notifier notifier) {
        this.cardLists = cardLists;
        this.notifier = notifier;
    }

    void reported(String stationId, int version) {
        Optional<HeldCardList> held = cardLists.held(stationId);
        if (held.isEmpty()) {
            if (version > 0) {
                notifier.record(stationId, Severity.INFO, "local-list",
                        "Holds local list version " + version + ", which this gateway did not send");
            }
            return;
        }
        int recorded = held.get().version();
        if (version != recorded) {
            cardLists.clearHeld(stationId);
            notifier.record(stationId, Severity.WARNING, "local-list", "Holds local list version " + version
                    + " instead of " + recorded + "; the list will be sent again in full");
            return;
        }
        int current = cardLists.find(held.get().cardListId()).map(CardList::version).orElse(recorded);
        if (current > recorded) {
            notifier.record(stationId, Severity.INFO, "local-list",
                    "Local list version " + recorded + " is outdated (current " + current + ")");
        }
    }
}
