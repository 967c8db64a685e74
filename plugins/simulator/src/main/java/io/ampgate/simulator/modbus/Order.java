package io.ampgate.simulator.modbus;

/** The order of the 16-bit words of a value over several registers; bytes in a word are big-endian. */
public enum Order {
    /** Most significant word first ("big-endian"). */
    ABCD,
    /** Least significant word first ("word-swapped"). */
    CDAB
}
