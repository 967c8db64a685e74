package io.ampgate.store.session;

/** How a charging session was started. */
public enum StartedBy {
    /** A badge presented at the station and authorized locally or by the gateway. */
    LOCAL_BADGE,
    /** An operator started it from the console (a remote start on someone's behalf). */
    REMOTE_OPERATOR,
    /** An external system started it through the gateway's interfaces (MQTT, REST, a CPO). */
    REMOTE_API,
    /** The station started it without authorization (free charging or plug and charge). */
    STATION,
    /** The station reported it afterwards, from the transactions it kept while offline. */
    OFFLINE_REPLAY
}
