package io.ampgate.modbus;

/** The Modbus function codes a register table uses: four to read, three to write. */
public enum FunctionCode {
    READ_COILS(1, true, false),
    READ_DISCRETE_INPUTS(2, true, false),
    READ_HOLDING_REGISTERS(3, false, false),
    READ_INPUT_REGISTERS(4, false, false),
    WRITE_SINGLE_COIL(5, true, true),
    WRITE_SINGLE_REGISTER(6, false, true),
    WRITE_MULTIPLE_REGISTERS(16, false, true);

    private final int code;
    private final boolean bits;
    private final boolean write;

    FunctionCode(int code, boolean bits, boolean write) {
        this.code = code;
        this.bits = bits;
        this.write = write;
    }

    /** @return the code on the wire, 1 to 16 */
    public int code() {
        return code;
    }

    /** @return whether it addresses single bits (coils, discrete inputs) rather than 16-bit registers */
    public boolean bits() {
        return bits;
    }

    /** @return whether it writes */
    public boolean write() {
        return write;
    }

    /**
     * The function with a code.
     *
     * @param code the code, e.g. 3 or 4
     * @return the function
     * @throws IllegalArgumentException naming the codes there are
     */
    public static FunctionCode of(int code) {
        for (FunctionCode f : values()) {
            if (f.code == code) {
                return f;
            }
        }
        throw new IllegalArgumentException("function code " + code + " is not one of 1, 2, 3, 4 (read), 5, 6, 16 (write)");
    }
}
