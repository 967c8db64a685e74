package io.ampgate.store.site;

import java.time.Instant;

/**
 * The energy a badge may still charge, in Wh, and how it is topped up.
 *
 * @param unlimited whether the badge charges without a credit (then every other field is 0 or
 *     {@code null})
 * @param remainingWh the energy left; may fall below 0 while a session ends
 * @param rechargeWh the energy added by each automatic recharge, {@code >= 0}; 0: no recharge
 * @param rechargeEveryDays days between automatic recharges, {@code >= 1} when {@code rechargeWh > 0},
 *     otherwise 0
 * @param maxWh the most credit recharges may build up to, or {@code null} for no cap
 * @param lastRecharge when it was last recharged automatically, or {@code null}
 */
public record EnergyCredit(boolean unlimited, long remainingWh, long rechargeWh, int rechargeEveryDays,
        Long maxWh, Instant lastRecharge) {

    private static final EnergyCredit UNLIMITED = new EnergyCredit(true, 0, 0, 0, null, null);

    /** Checks the fields. */
    public EnergyCredit {
        Check.nonNegative(rechargeWh, "rechargeWh");
        Check.nonNegative(rechargeEveryDays, "rechargeEveryDays");
        if ((rechargeWh > 0) != (rechargeEveryDays > 0)) {
            throw new IllegalArgumentException("an automatic recharge needs both rechargeWh and rechargeEveryDays > 0, not "
                    + rechargeWh + " Wh every " + rechargeEveryDays + " days");
        }
        if (maxWh != null) {
            Check.nonNegative(maxWh, "maxWh");
        }
        if (unlimited && (remainingWh != 0 || rechargeWh != 0 || maxWh != null || lastRecharge != null)) {
            throw new IllegalArgumentException("an unlimited credit has no amounts");
        }
        lastRecharge = Check.millis(lastRecharge);
    }

    /**
     * No credit: the badge charges as much as it likes.
     *
     * @return the unlimited credit
     */
    public static EnergyCredit unlimitedCredit() {
        return UNLIMITED;
    }

    /**
     * A fixed credit without automatic recharge.
     *
     * @param wh the energy allowed
     * @return the credit
     */
    public static EnergyCredit of(long wh) {
        return new EnergyCredit(false, wh, 0, 0, null, null);
    }
}
