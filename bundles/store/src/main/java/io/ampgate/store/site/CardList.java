package io.ampgate.store.site;

import java.time.Instant;
import java.util.Set;

/**
 * A named list of badges that stations are given as their OCPP local authorization list. Its
 * version goes up by one on every change of the list or of one of its badges, so a station that
 * holds an older version needs the list again.
 *
 * @param id the store's id, 0 for a list not stored yet
 * @param name the name, unique, required, at most 100 characters
 * @param description free text, at most 500 characters ({@code null} becomes {@code ""})
 * @param version the version, {@code >= 0}; set by the store (1 when added)
 * @param created when it was added; set by the store
 * @param members the ids of its badges
 */
public record CardList(long id, String name, String description, int version, Instant created, Set<Long> members) {

    /** Checks and normalises the fields. */
    public CardList {
        Check.nonNegative(id, "id");
        name = Check.required(name, "name", 100);
        description = Check.text(description, "description", 500);
        Check.nonNegative(version, "version");
        created = Check.millis(created);
        members = Check.set(members, "members");
    }

    /**
     * A new list, not stored yet.
     *
     * @param name the name
     * @param members the ids of its badges
     * @return the list
     */
    public static CardList of(String name, Set<Long> members) {
        return new CardList(0, name, "", 0, null, members);
    }
}
