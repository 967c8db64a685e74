package io.ampgate.store.session;

/** Who or what ended a charging session; the OCPP {@link StopReason} says how. */
public enum StoppedBy {
    /** The driver, with a badge at the station. */
    BADGE,
    /** The driver at the car: the cable was unplugged or the car stopped charging. */
    EV,
    /** An operator, from the console. */
    OPERATOR,
    /** An external system through the gateway's interfaces. */
    REMOTE_API,
    /** The energy manager, e.g. to shed load. */
    ENERGY_MANAGER,
    /** The charge user's credit ran out. */
    CREDIT_EXHAUSTED,
    /** The station itself: a fault, a reset, a power loss or an emergency stop. */
    STATION,
    /** The gateway, e.g. when it closed a session that a station forgot after a reboot. */
    SYSTEM
}
