package io.ampgate.store.site;

import java.util.Collection;
import java.util.Set;

/**
 * Where a badge may be used: everywhere, or only on the listed items. An empty list with
 * {@code all == false} allows nothing (deleting the last allowed station does not open the badge
 * to every station).
 *
 * @param all whether every item is allowed ({@code only} is then empty)
 * @param only the allowed items when {@code all} is {@code false}
 * @param <T> station ids, zone ids or {@link ConnectorRef}s
 */
public record Scope<T>(boolean all, Set<T> only) {

    /** Checks and copies the fields. */
    public Scope {
        only = Check.set(only, "only");
        if (all && !only.isEmpty()) {
            throw new IllegalArgumentException("a scope that allows all lists no items, not " + only);
        }
    }

    /**
     * Every item.
     *
     * @param <T> the item type
     * @return the scope
     */
    public static <T> Scope<T> everything() {
        return new Scope<>(true, Set.of());
    }

    /**
     * Only these items.
     *
     * @param items the allowed items
     * @param <T> the item type
     * @return the scope
     */
    public static <T> Scope<T> only(Collection<T> items) {
        return new Scope<>(false, Set.copyOf(Check.notNull(items, "items")));
    }

    /**
     * Whether an item is allowed.
     *
     * @param item the item
     * @return {@code true} if {@code all} or listed
     */
    public boolean allows(T item) {
        return all || only.contains(item);
    }
}
