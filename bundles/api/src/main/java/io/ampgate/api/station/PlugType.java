package io.ampgate.api.station;

/** The plug or socket type of a connector. */
public enum PlugType {
    /** IEC 62196-2 type 1 (SAE J1772), AC single phase. */
    TYPE_1(false),
    /** IEC 62196-2 type 2 (Mennekes), AC single or three phase. */
    TYPE_2(false),
    /** IEC 62196-2 type 3A (Scame), AC single phase, light vehicles. */
    TYPE_3A(false),
    /** IEC 62196-2 type 3C (Scame), AC single or three phase. */
    TYPE_3C(false),
    /** Domestic socket type E/F (Schuko), AC single phase, mode 1 or 2. */
    TYPE_E_SCHUKO(false),
    /** Combined Charging System (Combo 1 or Combo 2), DC. */
    CCS(true),
    /** CHAdeMO, DC. */
    CHADEMO(true);

    private final boolean dc;

    PlugType(boolean dc) {
        this.dc = dc;
    }

    /**
     * Whether the connector delivers direct current; DC chargers are usually limited in watts.
     *
     * @return {@code true} for {@link #CCS} and {@link #CHADEMO}
     */
    public boolean isDc() {
        return dc;
    }
}
