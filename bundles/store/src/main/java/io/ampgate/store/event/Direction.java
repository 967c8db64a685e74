package io.ampgate.store.event;

/** Which way an OCPP frame went, seen from the gateway. */
public enum Direction {
    /** From the station to the gateway. */
    IN,
    /** From the gateway to the station. */
    OUT
}
