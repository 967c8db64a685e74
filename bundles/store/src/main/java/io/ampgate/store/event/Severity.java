package io.ampgate.store.event;

/** How much an event needs an operator's attention, from least to most. */
public enum Severity {
    /** For the record: nothing to do. */
    INFO,
    /** Something degraded or unusual that may need a look. */
    WARNING,
    /** Something failed and needs an operator (an alert). */
    ALARM;

    /**
     * Whether this severity is at least another.
     *
     * @param other the severity to compare with
     * @return {@code true} if this is {@code other} or more severe
     */
    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
