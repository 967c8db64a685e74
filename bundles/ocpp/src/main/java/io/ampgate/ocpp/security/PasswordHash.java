package io.ampgate.ocpp.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, slow hashes of station passwords, stored instead of the passwords:
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} with the JDK's PBKDF2WithHmacSHA256, a 16-byte
 * random salt and a 32-byte hash, both in Base64.
 *
 * <p>Cost: {@value #ITERATIONS} iterations took 7.4 ms per hash on the 2-core development machine
 * (AMD EPYC, JDK 25; 30,000 took 5.5 ms, 50,000 took 9.2 ms). 2,000 stations reconnecting at once
 * cost about 15 s of CPU, under 8 s on both cores. More is not needed: a station password is a key
 * of at least 16 characters, not a word a person picks, and the hash only has to make a stolen
 * database useless. The count is part of each hash, so raising it later leaves stored hashes valid.
 */
public final class PasswordHash {
    /** The first field of every hash this class writes. */
    public static final String SCHEME = "pbkdf2-sha256";
    /** The PBKDF2 iterations of new hashes. */
    public static final int ITERATIONS = 40_000;
    /** The fewest characters of a new password (the OCPP 1.6 security whitepaper's 16 bytes). */
    public static final int MIN_LENGTH = 16;
    /** The most characters of a new password (the whitepaper's 40, the 20-byte key in hex). */
    public static final int MAX_LENGTH = 40;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    // what verify accepts, so that a damaged or planted hash cannot make a check run for minutes
    private static final int MAX_ITERATIONS = 1_000_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {}

    /**
     * Hashes a password with a new random salt.
     *
     * @param password the password, not empty; not changed
     * @return the self-describing hash to store
     * @throws IllegalArgumentException if the password is empty
     */
    public static String hash(char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("a password is required");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        try {
            return SCHEME + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$"
                    + b64.encodeToString(derive(password, salt, ITERATIONS, HASH_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot hash with PBKDF2WithHmacSHA256: " + e.getMessage(), e);
        }
    }

    /**
     * Checks a password against a stored hash, in time that does not depend on how much of it
     * matches.
     *
     * @param password the password given
     * @param stored a hash written by {@link #hash}
     * @return whether it is the password; {@code false} for an empty password and for a stored
     *     text that is not such a hash
     */
    public static boolean verify(char[] password, String stored) {
        if (password == null || password.length == 0 || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (iterations < 1 || iterations > MAX_ITERATIONS || salt.length < 8 || expected.length < 16
                    || expected.length > 64) {
                return false;
            }
            return MessageDigest.isEqual(derive(password, salt, iterations, expected.length), expected);
        } catch (IllegalArgumentException | GeneralSecurityException e) { // NumberFormatException, bad Base64
            return false;
        }
    }

    /**
     * What is wrong with a new station password (the OCPP AuthorizationKey), if anything. The rules:
     * <ul>
     * <li>{@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters: the OCPP 1.6 security whitepaper
     *     asks for at least 16 bytes and holds at most 40 hex digits; stations may refuse shorter
     *     keys, and a profile-1 station sends its key in clear text, so 8 is not offered;</li>
     * <li>printable ASCII without the space ({@code !} to {@code ~}): every station can store and
     *     send it, UTF-8 and ISO-8859-1 agree on it, and no blank is lost when it is typed;</li>
     * <li>a key of hex digits only has an even number of 32 to 40 of them: stations read such a
     *     key as the 16 to 20 bytes it spells (see {@link AuthorizationKey}).</li>
     * </ul>
     * Messages never repeat the password.
     *
     * @param candidate the proposed password
     * @return what is wrong, or empty if it is acceptable
     */
    public static Optional<String> problem(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return Optional.of("a password is required");
        }
        int length = candidate.length();
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Optional.of("the password has " + length + " characters; it must have " + MIN_LENGTH + " to "
                    + MAX_LENGTH);
        }
        for (int i = 0; i < length; i++) {
            char c = candidate.charAt(i);
            if (c < '!' || c > '~') {
                return Optional.of("character " + (i + 1) + " of the password is not allowed: use printable ASCII"
                        + " letters, digits and symbols, no spaces");
            }
        }
        if (AuthorizationKey.hexDigitsOnly(candidate) && (length < 32 || length % 2 != 0)) {
            return Optional.of("a password of hexadecimal digits only is read by stations as bytes: it must have"
                    + " 32, 34, 36, 38 or 40 digits");
        }
        return Optional.empty();
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int bytes)
            throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } finally {
            spec.clearPassword();
        }
    }
}
