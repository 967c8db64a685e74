package io.ampgate.ocpp.security;

import java.util.HexFormat;

/**
 * A station's Basic-auth password, the OCPP AuthorizationKey, in the one form that is hashed and
 * checked. The OCPP 1.6 security whitepaper sets the key as hex digits (at most 40: a 20-byte key);
 * some stations send those digits as their password, others send the bytes the digits spell. So a
 * key of 32 to 40 hex digits (an even number, 16 to 20 bytes) stands for its bytes, whichever form
 * arrives, and any other key stands for itself: one hash, one check per connection, both kinds of
 * station. Bytes become characters one to one (ISO-8859-1), as {@link BasicCredentials} reads them.
 * No key that {@link PasswordHash#problem} accepts is read differently by the two kinds of station.
 */
public final class AuthorizationKey {
    private static final int MIN_HEX_DIGITS = 32;
    private static final int MAX_HEX_DIGITS = 40;

    private AuthorizationKey() {}

    /**
     * The hash to store for a new key.
     *
     * @param key the key as it is set on the station (ChangeConfiguration AuthorizationKey)
     * @return its hash
     * @throws IllegalArgumentException with {@link PasswordHash#problem}'s message if the key is
     *     not acceptable
     */
    public static String hash(String key) {
        PasswordHash.problem(key).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        return PasswordHash.hash(secret(key));
    }

    /**
     * Whether the password a station sent is its key.
     *
     * @param sent the password from the Basic-auth header, bytes as ISO-8859-1 characters
     * @param storedHash the hash stored for the station
     * @return whether it matches; {@code false} for a missing password or hash
     */
    public static boolean matches(String sent, String storedHash) {
        return sent != null && PasswordHash.verify(secret(sent), storedHash);
    }

    /** What is hashed for a key: the bytes of 32 to 40 hex digits, else the key itself. */
    static char[] secret(String key) {
        int digits = key.length();
        if (digits < MIN_HEX_DIGITS || digits > MAX_HEX_DIGITS || digits % 2 != 0 || !hexDigitsOnly(key)) {
            return key.toCharArray();
        }
        byte[] bytes = HexFormat.of().parseHex(key);
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            chars[i] = (char) (bytes[i] & 0xff);
        }
        return chars;
    }

    static boolean hexDigitsOnly(String text) {
        return !text.isEmpty() && text.chars().allMatch(HexFormat::isHexDigit);
    }
}
