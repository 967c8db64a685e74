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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries a station should hold: every badge (default list) or a card list's members, through
 * {@link LocalListRules}. The badges are read at most every {@link #FRESH_FOR} for the syncs (a
 * sync round over many stations reads them once), and afresh when someone asks.
 */
final class DesiredLists {

    static final Duration FRESH_FOR = Duration.ofSeconds(2);
    private static final int PAGE = 1000;

    private record Snapshot(Map<Long, Badge> byId, Instant read) {
    }

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
    private volatile Snapshot snapshot;

    DesiredLists(BadgeRepository badges, CardListRepository cardLists, StationRepository stations, Clock clock) {
        this.badges = badges;
        this.cardLists = cardLists;
        this.stations = stations;
        this.clock = clock;
    }

    /**
     * @param fresh whether to read the badges now rather than use those read in the last {@link #FRESH_FOR}
     */
    Desired of(String stationId, Long cardListId, boolean fresh) {
        String zone = stations.find(stationId).map(Station::zoneId).orElse(null);
        Instant now = clock.instant();
        Map<Long, Badge> all = badges(now, fresh);
        List<LocalListEntry> entries = new ArrayList<>();
        if (cardListId == null) {
            all.values().forEach(b -> LocalListRules.entry(b, stationId, zone, now).ifPresent(entries::add));
            return new Desired(LocalLists.DEFAULT, null, null, sorted(entries));
        }
        CardList list = cardLists.find(cardListId)
                .orElseThrow(() -> new IllegalStateException("card list " + cardListId + " no longer exists"));
        for (long member : list.members()) {
            Badge b = all.get(member);
            if (b != null) {
                LocalListRules.entry(b, stationId, zone, now).ifPresent(entries::add);
            }
        }
        return new Desired(list.name(), list.id(), list.version(), sorted(entries));
    }

    private Map<Long, Badge> badges(Instant now, boolean fresh) {
        Snapshot s = snapshot;
        if (fresh || s == null || !now.isBefore(s.read().plus(FRESH_FOR))) {
            Map<Long, Badge> byId = new HashMap<>();
            for (int offset = 0;; offset += PAGE) {
                List<Badge> page = badges.list(offset, PAGE);
                page.forEach(b -> byId.put(b.id(), b));
                if (page.size() < PAGE) {
                    break;
                }
            }
            s = new Snapshot(byId, now);
            snapshot = s;
        }
        return s.byId();
    }

    private static List<LocalListEntry> sorted(List<LocalListEntry> entries) {
        entries.sort(Comparator.comparing(LocalListEntry::idTag));
        return entries;
    }
}
