package io.ampgate.store.site;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The people who charge. */
@ProviderType
public interface ChargeUserRepository {

    /**
     * Adds a person (id 0) or replaces the stored one with the same id.
     *
     * @param user the person
     * @return the person as stored, with its id
     * @throws IllegalArgumentException if the id is unknown
     */
    ChargeUser save(ChargeUser user);

    /**
     * One person.
     *
     * @param id the id
     * @return the person, or empty
     */
    Optional<ChargeUser> find(long id);

    /**
     * Everyone, by surname and name.
     *
     * @return the people
     */
    List<ChargeUser> list();

    /**
     * Removes a person; their badges stay, without a charge user.
     *
     * @param id the person
     * @return {@code false} if there was no such person
     */
    boolean delete(long id);
}
