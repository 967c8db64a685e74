package io.ampgate.strategy.greenup;

/** The traffic-light colour of the site. */
public enum Colour {
    /** I &lt; I_chg: sessions continue, new sessions start. */
    GREEN,
    /** I_chg &lt;= I &lt; I_max: sessions continue, no new session starts. */
    YELLOW,
    /** I &gt;= I_max: no new session, sessions are reduced and, at the end, stopped. */
    RED;

    /**
     * The colour of a current without hysteresis.
     *
     * @param amps the measured current
     * @param chargingCurrent I_chg
     * @param maxCurrent I_max
     * @return the colour
     */
    public static Colour of(double amps, double chargingCurrent, double maxCurrent) {
        if (amps >= maxCurrent) {
            return RED;
        }
        return amps >= chargingCurrent ? YELLOW : GREEN;
    }

    /**
     * The colour after this one for a new measurement: the current must pass a threshold by the
     * hysteresis band to leave this colour, in either direction.
     *
     * @param amps the measured current
     * @param hysteresisA the band in A
     * @param chargingCurrent I_chg
     * @param maxCurrent I_max
     * @return the new colour
     */
    public Colour next(double amps, double hysteresisA, double chargingCurrent, double maxCurrent) {
        Colour up = of(amps - hysteresisA, chargingCurrent, maxCurrent);
        if (up.ordinal() > ordinal()) {
            return up;
        }
        Colour down = of(amps + hysteresisA, chargingCurrent, maxCurrent);
        return down.ordinal() < ordinal() ? down : this;
    }
}
