package io.ampgate.modbus.meter;

/**
 * The value names a meter driver's register table uses, so that {@link MeterReadings} can build a
 * reading without driver code. Units after the register's scale: V, A, W, Wh.
 */
public final class Channels {
    public static final String VOLTAGE_L1 = "voltage.l1";
    public static final String VOLTAGE_L2 = "voltage.l2";
    public static final String VOLTAGE_L3 = "voltage.l3";
    public static final String CURRENT_L1 = "current.l1";
    public static final String CURRENT_L2 = "current.l2";
    public static final String CURRENT_L3 = "current.l3";
    public static final String POWER_L1 = "power.l1";
    public static final String POWER_L2 = "power.l2";
    public static final String POWER_L3 = "power.l3";
    /** Total active power; when a table has none, the sum of the phases is used. */
    public static final String POWER_TOTAL = "power.total";
    /** Imported active energy, Wh (mandatory for a meter). */
    public static final String ENERGY_IMPORT = "energy.import";
    /** Exported active energy, Wh. */
    public static final String ENERGY_EXPORT = "energy.export";

    private Channels() {
    }
}
