package io.ampgate.api.auth;

/** The verdict on a badge, as OCPP 1.6 names it ({@code AuthorizationStatus}). */
public enum AuthorizationStatus {
    /** It may charge. */
    ACCEPTED("Accepted"),
    /** It may not charge now: blocked, outside its schedule, or out of energy credit. */
    BLOCKED("Blocked"),
    /** It is outside its validity. */
    EXPIRED("Expired"),
    /** It is unknown, or not allowed at this station, zone or connector. */
    INVALID("Invalid"),
    /** It is already charging elsewhere and the site allows one session per badge. */
    CONCURRENT_TX("ConcurrentTx");

    private final String ocpp;

    AuthorizationStatus(String ocpp) {
        this.ocpp = ocpp;
    }

    /**
     * The OCPP 1.6 name.
     *
     * @return e.g. {@code "ConcurrentTx"}
     */
    public String ocpp() {
        return ocpp;
    }

    /**
     * Whether the badge may charge.
     *
     * @return {@code true} for {@link #ACCEPTED} only
     */
    public boolean isAccepted() {
        return this == ACCEPTED;
    }
}
