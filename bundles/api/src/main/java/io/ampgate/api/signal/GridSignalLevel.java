package io.ampgate.api.signal;

/** The state of the grid as the grid signal tells it. */
public enum GridSignalLevel {
    /** The grid has room: the site's standard rules apply. */
    FAVORABLE,
    /** The grid is constrained: reduce limits, cap the number of sessions or use a reduced mode. */
    CONSTRAINED,
    /** The signal is lost (source silent or unreadable): apply the conservative fallback. */
    LOST
}
