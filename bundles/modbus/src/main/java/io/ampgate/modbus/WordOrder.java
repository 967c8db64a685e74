package io.ampgate.modbus;

/**
 * The order of the 16-bit words of a value that spans several registers. Bytes inside a register
 * are big-endian, as Modbus defines.
 */
public enum WordOrder {
    /** The most significant word at the lowest address ("big-endian"): Eastron, Socomec, Janitza, SunSpec. */
    ABCD,
    /** The least significant word at the lowest address ("word-swapped"): Carlo Gavazzi INT32, some chargers. */
    CDAB
}
