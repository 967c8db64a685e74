package io.ampgate.store.site;

import java.time.Instant;

/**
 * An account of the web console. The store keeps the password hash it is given: hashing and
 * checking passwords is the caller's business.
 *
 * @param id the store's id, 0 for an account not stored yet
 * @param name the login name, unique, required, at most 100 characters
 * @param email the email, unique regardless of case, required, at most 200 characters
 * @param passwordHash the password hash, required, at most 500 characters
 * @param role what the account may do
 * @param enabled whether it may log in
 * @param lastLogin when it last logged in, or {@code null}
 */
public record Operator(long id, String name, String email, String passwordHash, Role role, boolean enabled,
        Instant lastLogin) {

    /** What an operator may do; each role may also do everything of the roles below it. */
    public enum Role {
        /** Everything, including other operators' accounts and the gateway's configuration. */
        ADMINISTRATOR,
        /** Registers and configures stations, meters and zones; updates firmware; diagnostics. */
        INSTALLER,
        /** Runs the site: badges, charge users, card lists, remote start and stop, views. */
        OPERATOR,
        /** Looks only: live status, sessions, measurements. */
        VIEWER
    }

    /** Checks and normalises the fields. */
    public Operator {
        Check.nonNegative(id, "id");
        name = Check.required(name, "name", 100);
        email = Check.required(email, "email", 200);
        passwordHash = Check.required(passwordHash, "passwordHash", 500);
        Check.notNull(role, "role");
        lastLogin = Check.millis(lastLogin);
    }

    /**
     * A copy with another id.
     *
     * @param newId the id
     * @return the copy
     */
    public Operator withId(long newId) {
        return new Operator(newId, name, email, passwordHash, role, enabled, lastLogin);
    }
}
