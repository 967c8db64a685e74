package io.ampgate.store.site;

/**
 * How a station must prove who it is when it connects (the OCPP 1.6 security profiles). The store
 * keeps the password hash it is given, an opaque text: hashing and checking passwords is the
 * caller's business, and the password itself is never stored.
 *
 * @param stationId the station, which must exist when this is saved
 * @param profile the security profile, {@link #UNSECURED} to {@link #TLS_CLIENT_CERTIFICATE}
 * @param passwordHash the hash of the station's Basic-auth password (its OCPP AuthorizationKey),
 *     at most 500 characters, or {@code null} while none is set
 */
public record StationSecurity(String stationId, int profile, String passwordHash) {

    /** Profile 0: no authentication, plain WebSocket. */
    public static final int UNSECURED = 0;
    /** Profile 1: HTTP Basic authentication, plain WebSocket. */
    public static final int BASIC = 1;
    /** Profile 2: HTTP Basic authentication over TLS. */
    public static final int TLS_BASIC = 2;
    /** Profile 3: TLS with a client certificate that names the station. */
    public static final int TLS_CLIENT_CERTIFICATE = 3;

    /** Checks the fields. */
    public StationSecurity {
        stationId = Check.id(stationId, "station id");
        if (profile < UNSECURED || profile > TLS_CLIENT_CERTIFICATE) {
            throw new IllegalArgumentException("station " + stationId + ": security profile must be 0 to 3, not " + profile);
        }
        if (passwordHash != null) {
            passwordHash = Check.required(passwordHash, "passwordHash", 500);
        }
    }

    /**
     * Whether the station logs in with HTTP Basic authentication (profiles 1 and 2).
     *
     * @return {@code true} for profiles 1 and 2
     */
    public boolean usesBasicAuth() {
        return profile == BASIC || profile == TLS_BASIC;
    }

    /**
     * Whether the station may only connect over TLS (profiles 2 and 3).
     *
     * @return {@code true} for profiles 2 and 3
     */
    public boolean requiresTls() {
        return profile == TLS_BASIC || profile == TLS_CLIENT_CERTIFICATE;
    }
}
