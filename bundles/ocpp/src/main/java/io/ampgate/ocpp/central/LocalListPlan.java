package io.ampgate.ocpp.central;

import io.ampgate.ocpp.message.UpdateType;
import io.ampgate.store.site.LocalListEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to send a station so that it holds the desired list: nothing, Differentials of what changed
 * (when it holds a known version of ours and the change is smaller than the list), or a Full
 * update; each SendLocalList carries at most {@code maxPerMessage} entries, so a long Full goes out
 * as a Full with the first part followed by Differentials.
 */
final class LocalListPlan {

    /**
     * One SendLocalList.
     *
     * @param type Full or Differential
     * @param upserted entries to add or change (all of them in a Full)
     * @param removed idTags to remove (only in a Differential)
     */
    record Batch(UpdateType type, List<LocalListEntry> upserted, List<String> removed) {
        int size() {
            return upserted.size() + removed.size();
        }
    }

    /** The entries that differ between what a station holds and what it should hold. */
    record Changes(List<LocalListEntry> upserted, List<String> removed) {
        int size() {
            return upserted.size() + removed.size();
        }
    }

    private LocalListPlan() {
    }

    static Changes changes(List<LocalListEntry> held, List<LocalListEntry> desired) {
        Map<String, LocalListEntry> before = byTag(held);
        Map<String, LocalListEntry> after = byTag(desired);
        List<LocalListEntry> upserted = after.values().stream()
                .filter(e -> !Objects.equals(before.get(key(e)), e)).toList();
        List<String> removed = before.values().stream().filter(e -> !after.containsKey(key(e)))
                .map(LocalListEntry::idTag).toList();
        return new Changes(upserted, removed);
    }

    /**
     * The messages to send.
     *
     * @param holdsKnownVersion whether the station holds a version of ours ({@code held} is what it holds)
     * @param maxPerMessage the station's SendLocalListMaxLength, {@code >= 1}
     * @return the batches in order; empty if the station holds the desired list
     */
    static List<Batch> batches(boolean holdsKnownVersion, List<LocalListEntry> held, List<LocalListEntry> desired,
            int maxPerMessage) {
        if (holdsKnownVersion) {
            Changes changes = changes(held, desired);
            if (changes.size() == 0) {
                return List.of();
            }
            if (changes.size() < desired.size()) {
                return differentials(changes.upserted(), changes.removed(), maxPerMessage);
            }
        }
        List<LocalListEntry> all = desired.stream().sorted(Comparator.comparing(LocalListPlan::key)).toList();
        List<Batch> batches = new ArrayList<>();
        int first = Math.min(all.size(), maxPerMessage);
        batches.add(new Batch(UpdateType.FULL, all.subList(0, first), List.of()));
        batches.addAll(differentials(all.subList(first, all.size()), List.of(), maxPerMessage));
        return batches;
    }

    private static List<Batch> differentials(List<LocalListEntry> upserted, List<String> removed, int max) {
        List<Batch> batches = new ArrayList<>();
        for (int i = 0; i < upserted.size(); i += max) {
            batches.add(new Batch(UpdateType.DIFFERENTIAL, upserted.subList(i, Math.min(upserted.size(), i + max)),
                    List.of()));
        }
        for (int i = 0; i < removed.size(); i += max) {
            batches.add(new Batch(UpdateType.DIFFERENTIAL, List.of(), removed.subList(i, Math.min(removed.size(), i + max))));
        }
        return batches;
    }

    private static Map<String, LocalListEntry> byTag(List<LocalListEntry> entries) {
        Map<String, LocalListEntry> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(key(e), e));
        return map;
    }

    /** OCPP compares idTags regardless of case. */
    private static String key(LocalListEntry e) {
        return io.ampgate.store.site.Badge.uidKey(e.idTag());
    }
}
