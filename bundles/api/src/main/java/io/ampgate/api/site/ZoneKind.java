package io.ampgate.api.site;

/** The kind of a zone in the site's electrical tree. */
public enum ZoneKind {
    /** The root: the site's main board and grid connection. The only kind without a parent. */
    SITE,
    /** A sub-distribution board with its own protective device. */
    PANEL,
    /** A group of stations sharing a feeder or a contractual limit. */
    GROUP
}
