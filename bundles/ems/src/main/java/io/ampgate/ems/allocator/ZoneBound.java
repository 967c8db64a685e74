package io.ampgate.ems.allocator;

/** What bounds a zone's allocated total on one site phase. */
public enum ZoneBound {
    /** The zone is full: the total reaches its cap. */
    CAP,
    /**
     * Unmanageable connectors alone exceed the cap: every managed connector under it that loads this
     * phase gets 0 A, and the total shown (theirs) is above the cap.
     */
    UNMANAGEABLE_OVER_CAP,
    /**
     * Headroom left (or no cap): the connectors under the zone are held by their own maxima, by
     * another zone, or there are none.
     */
    HEADROOM
}
