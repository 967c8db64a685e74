package io.ampgate.ocpp.central;

import io.ampgate.core.locallist.LocalListRules;
import io.ampgate.ocpp.LocalLists;
import io.ampgate.store.site.Badge;
import io.ampgate.store.site.BadgeRepository;
import io.ampgate.store.site.CardList;
import io.ampgate.store.site.CardListRepository;
import io.ampgate.store.site.LocalListEntry;
import io.ampgate.store.site.Station;
import io.ampgate.store.site.StationRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The entries a station should hold: every badge (default list) or a card list's members, through {@link LocalListRules}. */
final class DesiredLists {

    private static final int PAGE = 1000;

    /**
     * @param name the card list's name or {@link LocalLists#DEFAULT}
     * @param cardListId the card list, or {@code null} for the default list
     * @param cardListVersion its version, or {@code null}
     * @param entries the entries, by idTag
     */
    record Desired(String name, Long cardListId, Integer cardListVersion, List<LocalListEntry> entries) {
    }

    private final BadgeRepository badges;
    private final CardListRepository cardLists;
    private final StationRepository stations;
    private final Clock clock;

    DesiredLists(BadgeRepository badges, CardListRepository cardLists, StationRepository stations, Clock clock) {
        this.badges = badges;
        this.cardLists = cardLists;
        this.stations = stations;
        this.clock = clock;
    }

    Desired of(String stationId, Long cardListId) {
        String zone = stations.find(stationId).map(Station::zoneId).orElse(null);
        Instant now = clock.instant();
        List<LocalListEntry> entries = new ArrayList<>();
        if (cardListId == null) {
            for (int offset = 0;; offset += PAGE) {
                List<Badge> page = badges.list(offset, PAGE);
                page.forEach(b -> LocalListRules.entry(b, stationId, zone, now).ifPresent(entries::add));
                if (page.size() < PAGE) {
                    break;
                }
            }
            return new Desired(LocalLists.DEFAULT, null, null, sorted(entries));
        }
        CardList list = cardLists.find(cardListId)
                .orElseThrow(() -> new IllegalStateException("card list " + cardListId + " no longer exists"));
        for (long member : list.members()) {
            badges.find(member).flatMap(b -> LocalListRules.entry(b, stationId, zone, now)).ifPresent(entries::add);
        }
        return new Desired(list.name(), list.id(), list.version(), sorted(entries));
    }

    private static List<LocalListEntry> sorted(List<LocalListEntry> entries) {
        entries.sort(Comparator.comparing(LocalListEntry::idTag));
        return entries;
    }
}
