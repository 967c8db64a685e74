package io.ampgate.store.event;

/** The kind of an OCPP-J frame. */
public enum MessageType {
    /** A request (message type 2). */
    CALL,
    /** A successful answer to a request (message type 3). */
    CALLRESULT,
    /** A failed answer to a request (message type 4). */
    CALLERROR
}
