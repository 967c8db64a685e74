package io.ampgate.simulator.site;

import java.util.Locale;

/** The grid signal's level, and the value of the register that carries it. */
public enum GridLevel {
    FAVORABLE(0), CONSTRAINED(1), LOST(2);

    private final int register;

    GridLevel(int register) {
        this.register = register;
    }

    /** The holding register's value: 0 favorable, 1 constrained, 2 lost. */
    public int register() {
        return register;
    }

    /** A level by its name, in any case. */
    public static GridLevel parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("grid signal level is favorable, constrained or lost, not '" + name + "'");
        }
    }
}
