package io.ampgate.ocpp.security;

/**
 * What the {@link Handshake} does with a station for which the gateway stores no security
 * settings: refuse it, or check it like a station with the given profile and password.
 *
 * @param accepted whether such stations may connect at all
 * @param profile the security profile they are held to, 0 to 3
 * @param passwordHash for profiles 1 and 2: the hash of the site-wide password they log in with
 *     ({@link AuthorizationKey#hash}); {@code null} lets none in with those profiles
 */
public record UnknownStations(boolean accepted, int profile, String passwordHash) {

    /** Checks the profile and the hash. */
    public UnknownStations {
        if (profile < 0 || profile > 3) {
            throw new IllegalArgumentException("the security profile of unknown stations must be 0 to 3, not " + profile);
        }
        if (passwordHash != null && passwordHash.isBlank()) {
            throw new IllegalArgumentException("the password hash of unknown stations is blank: give a hash or none");
        }
    }

    /**
     * Unknown stations are refused (HTTP 404).
     *
     * @return the policy
     */
    public static UnknownStations refused() {
        return new UnknownStations(false, 0, null);
    }

    /**
     * Unknown stations are checked against a profile.
     *
     * @param profile the profile, 0 to 3
     * @param passwordHash the site-wide password hash for profiles 1 and 2, or {@code null}
     * @return the policy
     */
    public static UnknownStations accepted(int profile, String passwordHash) {
        return new UnknownStations(true, profile, passwordHash);
    }
}
