package io.ampgate.store.site;

/**
 * How the gateway sends current limits to a connector with OCPP smart charging.
 *
 * @param purpose the charging profile purpose used for the limits
 * @param profileId the charging profile id, {@code >= 1}
 * @param stackLevel the profile's stack level, {@code >= 0}
 * @param rateUnit whether limits are sent in amperes or in watts
 * @param sendNumberPhases whether the profile's periods carry {@code numberPhases} (some stations
 *     refuse profiles that have it, others need it)
 */
public record SmartChargingParams(Purpose purpose, int profileId, int stackLevel, RateUnit rateUnit,
        boolean sendNumberPhases) {

    /** The OCPP charging profile purpose. */
    public enum Purpose {
        /** A profile for the running transaction only ({@code TxProfile}). */
        TX_PROFILE,
        /** The default profile of every transaction on the connector ({@code TxDefaultProfile}). */
        TX_DEFAULT_PROFILE
    }

    /** The unit of the limits in a charging profile. */
    public enum RateUnit {
        /** Amperes per phase. */
        A,
        /** Watts. */
        W
    }

    /** Checks the fields. */
    public SmartChargingParams {
        Check.notNull(purpose, "purpose");
        Check.notNull(rateUnit, "rateUnit");
        if (profileId < 1) {
            throw new IllegalArgumentException("profileId must be >= 1, not " + profileId);
        }
        if (stackLevel < 0) {
            throw new IllegalArgumentException("stackLevel must be >= 0, not " + stackLevel);
        }
    }

    /**
     * What suits most stations: a default profile with id 1 at stack level 0, in amperes, with
     * {@code numberPhases}.
     *
     * @return the defaults
     */
    public static SmartChargingParams defaults() {
        return new SmartChargingParams(Purpose.TX_DEFAULT_PROFILE, 1, 0, RateUnit.A, true);
    }
}
