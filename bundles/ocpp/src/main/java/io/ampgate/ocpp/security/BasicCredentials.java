package io.ampgate.ocpp.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The user and password of an HTTP Basic {@code Authorization} header (RFC 7617), as a station
 * logs in with security profiles 1 and 2: user = its identity, password = its AuthorizationKey.
 *
 * <p>The decoded bytes become characters one to one (ISO-8859-1), not UTF-8: some stations send
 * their key as the raw bytes it stands for, and UTF-8 would turn every invalid sequence of such
 * random bytes into the same replacement character, so different keys could read alike. One to
 * one keeps every byte; for the ASCII that identities and new passwords are limited to, both
 * charsets read the same.
 *
 * @param user the text before the first {@code ':'}
 * @param password the text after it, possibly empty
 */
public record BasicCredentials(String user, String password) {

    /** Checks that both parts are there. */
    public BasicCredentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /**
     * Reads an {@code Authorization} header.
     *
     * @param authorizationHeader the header's value, or {@code null} when there was none
     * @return the credentials; empty if there are none, the scheme is not Basic, the Base64 is
     *     malformed or the decoded text has no {@code ':'}
     */
    public static Optional<BasicCredentials> parse(String authorizationHeader) {
        if (authorizationHeader == null) {
            return Optional.empty();
        }
        String header = authorizationHeader.strip();
        int space = header.indexOf(' ');
        if (space < 0 || !header.substring(0, space).toLowerCase(Locale.ROOT).equals("basic")) {
            return Optional.empty();
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(header.substring(space + 1).strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String text = new String(decoded, StandardCharsets.ISO_8859_1);
        int colon = text.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        return Optional.of(new BasicCredentials(text.substring(0, colon), text.substring(colon + 1)));
    }

    /** Leaves the password out, so that logging the credentials never logs it. */
    @Override
    public String toString() {
        return "BasicCredentials[user=" + user + ", password=(" + password.length() + " characters)]";
    }
}
