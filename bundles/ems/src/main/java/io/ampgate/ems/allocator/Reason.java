package io.ampgate.ems.allocator;

/** Why a connector got the current it got. */
public enum Reason {
    /** Charging at its maximum (the least of the connector, station and strategy bounds). */
    AT_MAX,
    /**
     * Charging, held below its maximum by a zone on one site phase ({@link Setpoint#zone()}, {@link
     * Setpoint#phase()}) that is full: the zone's current there is shared out.
     */
    LIMITED_BY_ZONE,
    /**
     * 0 A: its minimum does not fit under a zone on one phase ({@link Setpoint#zone()}, {@link
     * Setpoint#phase()}) after the connectors ahead of it in the queue; it waits.
     */
    WAITING_FOR_POWER,
    /** 0 A: a zone on its path ({@link Setpoint#zone()}) already has its most sessions. */
    SESSION_LIMIT,
    /** 0 A: not charging, and a strategy denies admission of a new session. */
    NOT_ADMITTED,
    /** 0 A: its bounds leave no current at or above its minimum (maximum below minimum, or 0). */
    NO_CURRENT_IN_BOUNDS,
    /** Not manageable: counted at its maximum, never given a setpoint. */
    UNMANAGEABLE
}
