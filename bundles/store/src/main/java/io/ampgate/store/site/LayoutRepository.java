package io.ampgate.store.site;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The operator's home-page layouts: socket views with their ordered socket groups. */
@ProviderType
public interface LayoutRepository {

    /**
     * Adds a view (id 0) or replaces the stored one with the same id, groups included. A view
     * saved as the home view takes that place from any other.
     *
     * @param view the view
     * @return the view as stored, with its id
     * @throws IllegalArgumentException if the name is used by another view, the id is unknown or a
     *     connector does not exist
     */
    SocketView save(SocketView view);

    /**
     * One view.
     *
     * @param id the id
     * @return the view, or empty
     */
    Optional<SocketView> find(long id);

    /**
     * The view the home page opens with.
     *
     * @return the home view, or empty if none is marked
     */
    Optional<SocketView> home();

    /**
     * Every view, by name.
     *
     * @return the views
     */
    List<SocketView> list();

    /**
     * Removes a view and its groups.
     *
     * @param id the view
     * @return {@code false} if there was no such view
     */
    boolean delete(long id);
}
