package io.ampgate.modbus;

/** How the registers of a value are read as a number or a text. */
public enum DataType {
    U16(1), S16(1), U32(2), S32(2), U64(4), S64(4), FLOAT32(2), FLOAT64(4),
    /** ASCII text, two characters a register, trailing NULs and spaces removed; the register gives its length. */
    STRING(0),
    /** One coil or discrete input (0 or 1), or one bit of a register (the register gives which). */
    BITS(1);

    private final int words;

    DataType(int words) {
        this.words = words;
    }

    /** @return how many registers a value of this type spans; 0 for {@link #STRING}, whose length varies */
    public int words() {
        return words;
    }
}
