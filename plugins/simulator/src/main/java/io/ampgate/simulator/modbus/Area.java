package io.ampgate.simulator.modbus;

/** The four data areas of a Modbus unit, and the function that reads each. */
public enum Area {
    /** Read/write bits: read with 01, written with 05 and 15. */
    COILS(1),
    /** Read-only bits: read with 02. */
    DISCRETE_INPUTS(2),
    /** Read/write registers: read with 03, written with 06 and 16. */
    HOLDING_REGISTERS(3),
    /** Read-only registers: read with 04. */
    INPUT_REGISTERS(4);

    private final int readFunction;

    Area(int readFunction) {
        this.readFunction = readFunction;
    }

    /** @return the function code that reads it (1 to 4) */
    public int readFunction() {
        return readFunction;
    }

    /** @return whether it holds bits rather than 16-bit registers */
    public boolean bits() {
        return this == COILS || this == DISCRETE_INPUTS;
    }

    /**
     * The area a function code reads or writes.
     *
     * @param functionCode 1 to 6, 15 or 16
     * @return the area
     * @throws IllegalArgumentException for another code
     */
    public static Area of(int functionCode) {
        return switch (functionCode) {
            case 1, 5, 15 -> COILS;
            case 2 -> DISCRETE_INPUTS;
            case 3, 6, 16 -> HOLDING_REGISTERS;
            case 4 -> INPUT_REGISTERS;
            default -> throw new IllegalArgumentException("function code " + functionCode + " has no data area");
        };
    }
}
