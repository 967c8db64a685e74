package io.ampgate.ocpp.server;

/** Decides whether a station may connect; called on Jetty's thread for each upgrade request. */
@FunctionalInterface
public interface Admission {

    /** The verdict for one request. */
    Verdict admit(Knock knock);
}
