package io.ampgate.store.event;

/** What an event is about. */
public enum EventSource {
    /** A charging station; the source id is its identity. */
    STATION,
    /** A meter; the source id is the meter's id. */
    METER,
    /** The gateway itself (energy manager, storage, plugins, grid signal); the source id names the part. */
    SYSTEM
}
