package io.ampgate.store.site;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The accounts of the web console. */
@ProviderType
public interface OperatorRepository {

    /**
     * Adds an account (id 0) or replaces the stored one with the same id.
     *
     * @param operator the account
     * @return the account as stored, with its id
     * @throws IllegalArgumentException if the name, or the email regardless of case, is already
     *     used by another account, or the id is unknown
     */
    Operator save(Operator operator);

    /**
     * One account.
     *
     * @param id the id
     * @return the account, or empty
     */
    Optional<Operator> find(long id);

    /**
     * The account with a login name (exact).
     *
     * @param name the login name
     * @return the account, or empty
     */
    Optional<Operator> findByName(String name);

    /**
     * The account with an email, regardless of case.
     *
     * @param email the email
     * @return the account, or empty
     */
    Optional<Operator> findByEmail(String email);

    /**
     * Every account, by name.
     *
     * @return the accounts
     */
    List<Operator> list();

    /**
     * Records a successful login.
     *
     * @param id the account
     * @param at when
     * @return {@code false} if there is no such account
     */
    boolean recordLogin(long id, Instant at);

    /**
     * Removes an account.
     *
     * @param id the account
     * @return {@code false} if there was no such account
     */
    boolean delete(long id);
}
