package io.ampgate.store.site;

import java.util.List;

/**
 * A layout of the console's home page: named groups of connectors in order (by floor, by
 * customer...).
 *
 * @param id the store's id, 0 for a view not stored yet
 * @param name the name, unique, required, at most 100 characters
 * @param home whether the home page opens with this view; at most one view is
 * @param groups its groups, in display order
 */
public record SocketView(long id, String name, boolean home, List<SocketGroup> groups) {

    /** Checks the fields. */
    public SocketView {
        Check.nonNegative(id, "id");
        name = Check.required(name, "view name", 100);
        groups = Check.list(groups, "groups");
    }

    /**
     * A copy with another id.
     *
     * @param newId the id
     * @return the copy
     */
    public SocketView withId(long newId) {
        return new SocketView(newId, name, home, groups);
    }
}
